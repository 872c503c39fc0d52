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

/** All dates of the dataset, and those on which a region of the level has a figure (the server decides). */
export const LEVEL_PEILDATUMS = graphql(`
  query LevelPeildatums($dataset: Dataset!, $level: RegionKind!) {
    peildatums(dataset: $dataset)
    atLevel: peildatums(dataset: $dataset, level: $level)
    demo: peildatums(dataset: demo)
  }
`);

/** Reference dates with figures in the dataset, newest first; null until they are known. */
export function usePeildatums(dataset: Dataset): string[] | null {
  const { data } = useQuery(PEILDATUMS, { variables: { dataset } });
  return data?.peildatums ?? null;
}

export interface FiguresResult {
  /** Reference dates with figures, newest first. */
  dates: string[];
  /** Of those, the dates on which at least one region of the level has a figure (null: not yet known). */
  levelDates: string[] | null;
  /** Whether this server holds the fictional demo dataset (to offer it when a level is empty). */
  demoAvailable: boolean;
  /** The date actually shown (the view's, or the newest with figures at the level). */
  date: string | null;
  rows: AggregateRow[] | null;
  nationalSources: string[];
  loading: boolean;
  error: string | null;
}

const variablesFor = (view: View, peildatum: string | null) => ({
  level: view.level,
  peildatum,
  comparePeildatum: view.compare,
  sector: view.sector,
  organisationId: view.ministry,
  dataset: view.dataset,
});

type LevelDates = { peildatums: string[]; atLevel: string[] };

/**
 * The date the map opens on when the view names none: the newest on which a region of the level
 * has a figure, so a first visitor sees figures; when the level has none at all, the newest date.
 */
export function openingDate(view: Pick<View, 'date'>, dates: LevelDates | undefined): string | null {
  if (view.date) return view.date;
  if (!dates) return null;
  return dates.atLevel[0] ?? dates.peildatums[0] ?? null;
}

/** Starts loading the dates and figures at boot, before React and the map have started. */
export function prefetchFigures(client: ApolloClient, view: View): void {
  const variables = { dataset: view.dataset, level: view.level };
  void client
    .query({ query: LEVEL_PEILDATUMS, variables })
    .then(({ data }) => {
      const peildatum = openingDate(view, data ?? undefined);
      if (peildatum) return client.query({ query: FTE_AGGREGATE, variables: variablesFor(view, peildatum) });
    })
    .catch(() => undefined);
}

export function useRegionFigures(view: View): FiguresResult {
  const dates = useQuery(LEVEL_PEILDATUMS, { variables: { dataset: view.dataset, level: view.level } });
  const list = dates.data?.peildatums ?? [];
  const peildatum = openingDate(view, dates.data);
  const { data, previousData, loading, error } = useQuery(FTE_AGGREGATE, {
    variables: variablesFor(view, peildatum),
    skip: peildatum === null,
  });
  // While another date or sector loads, keep showing the previous answer of the same level
  // (its codes match the boundaries); after a level change show nothing stale.
  const shown = data ?? (previousData?.fteAggregate.level === view.level ? previousData : undefined);
  const date = peildatum ?? shown?.fteAggregate.peildatum ?? null;
  // "No figures in this dataset" is an answer, not an error (the server refuses a missing date).
  const empty = dates.data !== undefined && list.length === 0;
  const failure = dates.error ?? (empty ? undefined : error);
  return {
    dates: list,
    levelDates: dates.data?.atLevel ?? null,
    demoAvailable: (dates.data?.demo.length ?? 0) > 0,
    date,
    rows: shown?.fteAggregate.regions ?? null,
    nationalSources: shown?.fteAggregate.national.sources ?? [],
    loading: dates.loading || loading,
    error: failure ? `Cijfers konden niet worden geladen: ${failure.message}` : null,
  };
}
