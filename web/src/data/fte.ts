/**
 * Published fte figures per region with the server's derived metrics (share, per 1.000
 * inhabitants, change, growth against national): the choropleth's data.
 * NEEDS API (branch api): fteAggregate and peildatums — names as on branch api today. Until the
 * API is merged useRegionFigures reports 'ontbreekt' and the map says so.
 */
import { gql, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { AggregateRow, Figure } from '../lib/metrics.js';
import type { Dataset, Level, Sector, View } from '../state/view.js';
import { useCapabilities, type Availability } from './capabilities.js';

interface FigureVars {
  level: Level;
  peildatum: string | null;
  comparePeildatum: string | null;
  sector: Sector | null;
  organisationId: number | null;
  dataset: Dataset;
}

interface AggregateData {
  fteAggregate: {
    level: Level;
    peildatum: string;
    comparePeildatum: string | null;
    isDemo: boolean;
    national: { fte: Figure; asWritten: string | null; sources: string[]; change: { pct: Figure } };
    regions: AggregateRow[];
    sources: { url: string; title: string | null }[];
  };
}

const FIGURE = 'value missingReason';

export const FTE_AGGREGATE: TypedDocumentNode<AggregateData, FigureVars> = gql`
  query FteAggregate($level: RegionKind!, $peildatum: LocalDate, $comparePeildatum: LocalDate, $sector: Sector, $organisationId: Int, $dataset: Dataset!) {
    fteAggregate(level: $level, peildatum: $peildatum, comparePeildatum: $comparePeildatum, sector: $sector, organisationId: $organisationId, dataset: $dataset) {
      level peildatum comparePeildatum isDemo
      national { fte { ${FIGURE} } asWritten sources change { pct { ${FIGURE} } } }
      regions {
        code name basis asWritten sources
        fte { ${FIGURE} }
        shareOfNationalPct { ${FIGURE} }
        ftePer1000Inhabitants { ${FIGURE} }
        change { absolute { ${FIGURE} } pct { ${FIGURE} } }
        growthVsNationalPctPoints { ${FIGURE} }
      }
      sources { url title }
    }
  }
`;

export const PEILDATUMS: TypedDocumentNode<{ peildatums: string[] }, { dataset: Dataset }> = gql`
  query Peildatums($dataset: Dataset!) { peildatums(dataset: $dataset) }
`;

/** Reference dates with figures in the dataset, newest first (empty without the API). */
export function usePeildatums(dataset: Dataset): string[] {
  const caps = useCapabilities();
  const { data } = useQuery(PEILDATUMS, { variables: { dataset }, skip: !caps.has('figures') });
  return data?.peildatums ?? [];
}

export interface FiguresResult {
  availability: Availability;
  /** Reference dates with figures, newest first. */
  dates: string[];
  /** The date actually shown (the view's, or the newest). */
  date: string | null;
  rows: AggregateRow[] | null;
  nationalSources: string[];
  loading: boolean;
  error: string | null;
}

const variablesFor = (view: View): FigureVars => ({
  level: view.level, peildatum: view.date, comparePeildatum: view.compare, sector: view.sector, organisationId: view.ministry, dataset: view.dataset,
});

/**
 * Starts loading the figures at boot, before the capability check and the map have finished:
 * on a server without this API the request fails and is ignored (the hook then reports 'ontbreekt').
 */
export function prefetchFigures(client: ApolloClient, view: View): void {
  void client.query({ query: FTE_AGGREGATE, variables: variablesFor(view) }).catch(() => undefined);
  void client.query({ query: PEILDATUMS, variables: { dataset: view.dataset } }).catch(() => undefined);
}

export function useRegionFigures(view: View): FiguresResult {
  const caps = useCapabilities();
  const availability = caps.availability('figures');
  const ready = availability === 'beschikbaar';
  const dates = useQuery(PEILDATUMS, { variables: { dataset: view.dataset }, skip: !ready });
  const list = dates.data?.peildatums ?? [];
  // Without a chosen date the server answers for the newest one: no wait for the date list.
  const { data, previousData, loading, error } = useQuery(FTE_AGGREGATE, {
    variables: variablesFor(view),
    skip: !ready,
  });
  // While another date or sector loads, keep showing the previous answer of the same level
  // (its codes match the boundaries); after a level change show nothing stale.
  const shown = data ?? (previousData?.fteAggregate.level === view.level ? previousData : undefined);
  const date = view.date ?? shown?.fteAggregate.peildatum ?? list[0] ?? null;
  // "No figures in this dataset" is an answer, not an error (the server refuses a missing date).
  const empty = dates.data !== undefined && list.length === 0;
  const failure = dates.error ?? (empty ? undefined : error);
  return {
    availability,
    dates: list,
    date,
    rows: shown?.fteAggregate.regions ?? null,
    nationalSources: shown?.fteAggregate.national.sources ?? [],
    loading: dates.loading || loading,
    error: failure ? `Cijfers konden niet worden geladen: ${failure.message}` : null,
  };
}
