/**
 * Region boundaries for the map's own boundary layers (they work without a basemap), at a
 * simplification per level. The map page owns this query; RegionLayer declares what it reads.
 */
import { useQuery } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { graphql } from '../../gql/index.js';
import type { RegionShapeFragment } from '../../gql/graphql.js';
import { toFeatureCollection } from '../../map/RegionLayer.js';
import type { Level } from '../../state/view.js';

export const REGION_BOUNDARIES = graphql(`
  query RegionBoundaries($kind: RegionKind!, $tolerance: Float!, $first: Int!) {
    regions(kind: $kind, first: $first) {
      totalCount
      nodes { ...RegionShape }
    }
  }
`);

/** Simplification per level: coarse for provinces, finer for the small gemeenten. */
const TOLERANCE: Record<Level, number> = {
  provincie: 0.002,
  corop: 0.0015,
  arbeidsmarktregio: 0.0015,
  gemeente: 0.0008,
};

export interface BoundariesResult {
  regions: RegionShapeFragment[];
  geojson: FeatureCollection | null;
  loading: boolean;
  error: string | null;
}

const variablesFor = (level: Level) => ({ kind: level, tolerance: TOLERANCE[level], first: 500 });

/** Starts loading the boundaries at boot, in parallel with the first render and the map's start. */
export function prefetchBoundaries(client: ApolloClient, level: Level): void {
  void client.query({ query: REGION_BOUNDARIES, variables: variablesFor(level) }).catch(() => undefined);
}

export function useRegionBoundaries(level: Level): BoundariesResult {
  const { data, loading, error } = useQuery(REGION_BOUNDARIES, {
    variables: variablesFor(level),
    fetchPolicy: 'cache-first',
  });
  const regions = data?.regions.nodes ?? [];
  const geojson = useMemo(() => (data ? toFeatureCollection(data.regions.nodes) : null), [data]);
  return { regions, geojson, loading, error: error ? `Grenzen konden niet worden geladen: ${error.message}` : null };
}
