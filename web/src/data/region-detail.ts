/**
 * One region for the detail panel: its name and boundary source (served today), and — NEEDS API
 * (branch api): Region.fte (per date and per sector) and Region.sites — its trend, sector
 * breakdown and sites, each figure with its sources. Field names as on branch api today.
 */
import { gql, type DocumentNode, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { Figure } from '../lib/metrics.js';
import { SECTORS, type Dataset, type Sector } from '../state/view.js';
import { useCapabilities, type Availability } from './capabilities.js';

export interface RegionBase {
  id: number;
  code: string;
  name: string;
  kind: string;
  year: number;
  isRandstad: boolean;
  isGrensregio: boolean;
  source: string;
}

/** One region figure as the panel lists it. */
export interface DatedFigure {
  key: string;
  fte: Figure;
  asWritten: string | null;
  sources: string[];
}

export interface RegionSite {
  id: number;
  kind: string;
  name: string;
  city: string | null;
  locationPrecision: 'adres' | 'gemeente';
  sourceUrl: string;
  dataset: Dataset;
}

export const REGION_BASE: TypedDocumentNode<{ region: RegionBase }, { code: string }> = gql`
  query RegionBase($code: String!) {
    region(code: $code) { id code name kind year isRandstad isGrensregio source }
  }
`;

const FTE_FIELDS = 'fte { value missingReason } asWritten sources';

/** Trend: one aliased Region.fte per reference date (d0, d1, …), in one request. */
export function trendQuery(dates: string[]): DocumentNode {
  const fields = dates.map((_, i) => `d${i}: fte(peildatum: $p${i}, dataset: $dataset, sector: $sector) { ${FTE_FIELDS} }`).join('\n');
  const vars = dates.map((_, i) => `$p${i}: LocalDate!`).join(', ');
  return gql(`query RegionTrend($code: String!, $dataset: Dataset!, $sector: Sector${vars ? `, ${vars}` : ''}) { region(code: $code) { id ${fields} } }`);
}

/** Sector breakdown: one aliased Region.fte per sector on one date. */
export const REGION_SECTORS: DocumentNode = gql(`
  query RegionSectors($code: String!, $dataset: Dataset!, $peildatum: LocalDate!) {
    region(code: $code) {
      id
      ${SECTORS.map((s) => `${s}: fte(peildatum: $peildatum, dataset: $dataset, sector: ${s}) { ${FTE_FIELDS} }`).join('\n')}
    }
  }
`);

export const REGION_SITES: TypedDocumentNode<{ region: { id: number; sites: { totalCount: number; nodes: RegionSite[] } } }, { code: string; dataset: Dataset }> = gql`
  query RegionSites($code: String!, $dataset: Dataset!) {
    region(code: $code) { id sites(filter: { dataset: $dataset }, first: 100) { totalCount nodes { id kind name city locationPrecision sourceUrl dataset } } }
  }
`;

export interface RegionDetail {
  base: RegionBase | null;
  trend: DatedFigure[] | null;
  sectors: (DatedFigure & { sector: Sector })[] | null;
  sites: RegionSite[] | null;
  extraAvailability: Availability;
  loading: boolean;
  error: string | null;
}

export function useRegionDetail(code: string, options: { dataset: Dataset; sector: Sector | null; peildatum: string | null; dates: string[] }): RegionDetail {
  const caps = useCapabilities();
  const extraAvailability = caps.availability('regionDetail');
  const ready = extraAvailability === 'beschikbaar';
  const base = useQuery(REGION_BASE, { variables: { code } });
  const dates = useMemo(() => [...options.dates].sort(), [options.dates]);
  const trendDoc = useMemo(() => trendQuery(dates), [dates]);
  const trendVars = Object.fromEntries([['code', code], ['dataset', options.dataset], ['sector', options.sector], ...dates.map((d, i) => [`p${i}`, d])]);
  const trend = useQuery(trendDoc, { variables: trendVars, skip: !ready || dates.length === 0 });
  const sectors = useQuery(REGION_SECTORS, { variables: { code, dataset: options.dataset, peildatum: options.peildatum }, skip: !ready || !options.peildatum });
  const sites = useQuery(REGION_SITES, { variables: { code, dataset: options.dataset }, skip: !ready });
  const error = base.error ?? trend.error ?? sectors.error ?? sites.error;
  const region = (doc: unknown) => (doc as { region?: Record<string, DatedFigure> } | undefined)?.region;
  return {
    base: base.data?.region ?? null,
    trend: region(trend.data) ? dates.map((d, i) => ({ ...region(trend.data)![`d${i}`]!, key: d })) : null,
    sectors: region(sectors.data) ? SECTORS.map((s) => ({ ...region(sectors.data)![s]!, key: s, sector: s })) : null,
    sites: sites.data?.region.sites.nodes ?? null,
    extraAvailability,
    loading: base.loading || trend.loading || sectors.loading || sites.loading,
    error: error ? error.message : null,
  };
}
