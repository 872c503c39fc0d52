/**
 * One region for the detail panel (the panel is opened by ?regio= and owns these queries): its
 * name and boundary source, its trend over the reference dates, its sector breakdown and its
 * sites, each figure with its sources.
 */
import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { parse, print } from 'graphql';
import { useMemo } from 'react';
import { graphql } from '../../gql/index.js';
import {
  DatedFigureFragmentDoc,
  type DatedFigureFragment,
  type RegionBaseQuery,
  type RegionSitesQuery,
} from '../../gql/graphql.js';
import { SECTORS, type Dataset, type Sector } from '../../state/view.js';
import type { DatedFigure } from './FigureItem.js';

export const REGION_BASE = graphql(`
  query RegionBase($code: String!) {
    region(code: $code) { id code name kind year isRandstad isGrensregio source }
  }
`);

/** Sector breakdown: Region.fte once per sector (the six of common/domain.ts) on one date. */
export const REGION_SECTORS = graphql(`
  query RegionSectors($code: String!, $dataset: Dataset!, $peildatum: LocalDate!) {
    region(code: $code) {
      id
      ministeries: fte(peildatum: $peildatum, dataset: $dataset, sector: ministeries) { ...DatedFigure }
      nationale_politie: fte(peildatum: $peildatum, dataset: $dataset, sector: nationale_politie) { ...DatedFigure }
      rechtspraak: fte(peildatum: $peildatum, dataset: $dataset, sector: rechtspraak) { ...DatedFigure }
      gevangeniswezen_dji: fte(peildatum: $peildatum, dataset: $dataset, sector: gevangeniswezen_dji) { ...DatedFigure }
      defensie: fte(peildatum: $peildatum, dataset: $dataset, sector: defensie) { ...DatedFigure }
      zbo: fte(peildatum: $peildatum, dataset: $dataset, sector: zbo) { ...DatedFigure }
    }
  }
`);

export const REGION_SITES = graphql(`
  query RegionSites($code: String!, $dataset: Dataset!) {
    region(code: $code) {
      id
      sites(filter: { dataset: $dataset }, first: 100) { totalCount nodes { id kind name city locationPrecision sourceUrl dataset } }
    }
  }
`);

type TrendData = { region: ({ id: number } & Record<`d${number}`, DatedFigureFragment>) | null };

/**
 * Trend: one aliased Region.fte per reference date (d0, d1, …) in one request. The only document
 * built at run time, because the number of dates is data; its fields are the generated DatedFigure
 * fragment, and test/unit/web-operations.test.ts validates it against the schema.
 */
export function trendQuery(dates: string[]): TypedDocumentNode<TrendData, Record<string, unknown>> {
  const fields = dates.map(
    (_, i) => `d${i}: fte(peildatum: $p${i}, dataset: $dataset, sector: $sector) { ...DatedFigure }`,
  );
  const vars = dates.map((_, i) => `, $p${i}: LocalDate!`).join('');
  const query = `query RegionTrend($code: String!, $dataset: Dataset!, $sector: Sector${vars}) { region(code: $code) { id ${fields.join(' ')} } }`;
  return parse(`${query}\n${print(DatedFigureFragmentDoc)}`) as TypedDocumentNode<TrendData, Record<string, unknown>>;
}

export interface RegionDetail {
  base: NonNullable<RegionBaseQuery['region']> | null;
  trend: DatedFigure[] | null;
  sectors: (DatedFigure & { sector: Sector })[] | null;
  sites: NonNullable<RegionSitesQuery['region']>['sites']['nodes'] | null;
  loading: boolean;
  error: string | null;
}

interface DetailOptions {
  dataset: Dataset;
  sector: Sector | null;
  peildatum: string | null;
  dates: string[];
}

export function useRegionDetail(code: string, options: DetailOptions): RegionDetail {
  const base = useQuery(REGION_BASE, { variables: { code } });
  const dates = useMemo(() => [...options.dates].sort(), [options.dates]);
  const trendDoc = useMemo(() => trendQuery(dates), [dates]);
  const trendVars = Object.fromEntries([
    ['code', code],
    ['dataset', options.dataset],
    ['sector', options.sector],
    ...dates.map((d, i) => [`p${i}`, d]),
  ]);
  const trend = useQuery(trendDoc, { variables: trendVars, skip: dates.length === 0 });
  const sectors = useQuery(REGION_SECTORS, {
    variables: { code, dataset: options.dataset, peildatum: options.peildatum ?? '' },
    skip: !options.peildatum,
  });
  const sites = useQuery(REGION_SITES, { variables: { code, dataset: options.dataset } });
  const error = base.error ?? trend.error ?? sectors.error ?? sites.error;
  const trendRegion = trend.data?.region;
  const sectorRegion = sectors.data?.region;
  return {
    base: base.data?.region ?? null,
    trend: trendRegion ? dates.map((d, i) => ({ ...trendRegion[`d${i}`], key: d })) : null,
    sectors: sectorRegion ? SECTORS.map((s) => ({ ...sectorRegion[s], key: s, sector: s })) : null,
    sites: sites.data?.region?.sites.nodes ?? null,
    loading: base.loading || trend.loading || sectors.loading || sites.loading,
    error: error ? error.message : null,
  };
}
