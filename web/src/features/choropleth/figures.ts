/**
 * Published fte figures per region with the server's derived metrics (share, per 1.000
 * inhabitants, change, growth against national): the choropleth's data. The map page owns the
 * query; the fields come from the MetricRow fragment that the metric picker reads.
 */
import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { AggregateRow } from '../../lib/metrics.js';
import type { Dataset, View } from '../../state/view.js';

export const FTE_AGGREGATE = graphql(`
  query FteAggregate(
    $level: RegionKind!, $peildatum: LocalDate, $comparePeildatum: LocalDate, $sector: Sector, $organisationId: Int, $dataset: Dataset!
  ) {
    fteAggregate(
      level: $level, peildatum: $peildatum, comparePeildatum: $comparePeildatum, sector: $sector,
      organisationId: $organisationId, dataset: $dataset
    ) {
      level peildatum comparePeildatum isDemo
      national { sources }
      regions { ...MetricRow }
    }
  }
`);

export const PEILDATUMS = graphql(`
  query Peildatums($dataset: Dataset!) { peildatums(dataset: $dataset) }
`);

/** Reference dates with figures in the dataset, newest first; null until they are known. */
export function usePeildatums(dataset: Dataset): string[] | null {
  const { data } = useQuery(PEILDATUMS, { variables: { dataset } });
  return data?.peildatums ?? null;
}

export interface FiguresResult {
  /** Reference dates with figures, newest first. */
  dates: string[];
  /** The date actually shown (the view's, or the newest). */
  date: string | null;
  rows: AggregateRow[] | null;
  nationalSources: string[];
  loading: boolean;
  error: string | null;
}

const variablesFor = (view: View) => ({
  level: view.level, peildatum: view.date, comparePeildatum: view.compare, sector: view.sector,
  organisationId: view.ministry, dataset: view.dataset,
});

/** Starts loading the figures at boot, before React and the map have started. */
export function prefetchFigures(client: ApolloClient, view: View): void {
  void client.query({ query: FTE_AGGREGATE, variables: variablesFor(view) }).catch(() => undefined);
  void client.query({ query: PEILDATUMS, variables: { dataset: view.dataset } }).catch(() => undefined);
}

export function useRegionFigures(view: View): FiguresResult {
  const dates = useQuery(PEILDATUMS, { variables: { dataset: view.dataset } });
  const list = dates.data?.peildatums ?? [];
  // Without a chosen date the server answers for the newest one: no wait for the date list.
  const { data, previousData, loading, error } = useQuery(FTE_AGGREGATE, { variables: variablesFor(view) });
  // While another date or sector loads, keep showing the previous answer of the same level
  // (its codes match the boundaries); after a level change show nothing stale.
  const shown = data ?? (previousData?.fteAggregate.level === view.level ? previousData : undefined);
  const date = view.date ?? shown?.fteAggregate.peildatum ?? list[0] ?? null;
  // "No figures in this dataset" is an answer, not an error (the server refuses a missing date).
  const empty = dates.data !== undefined && list.length === 0;
  const failure = dates.error ?? (empty ? undefined : error);
  return {
    dates: list,
    date,
    rows: shown?.fteAggregate.regions ?? null,
    nationalSources: shown?.fteAggregate.national.sources ?? [],
    loading: dates.loading || loading,
    error: failure ? `Cijfers konden niet worden geladen: ${failure.message}` : null,
  };
}
