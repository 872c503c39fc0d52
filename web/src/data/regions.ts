/**
 * Region boundaries for the map's own boundary layers (they work without a basemap).
 * Served today by `regions { geometry(tolerance) }`.
 */
import { gql, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import type { Level } from '../state/view.js';

export interface RegionBoundary {
  id: number;
  code: string;
  name: string;
  isRandstad: boolean;
  provincieCode: string | null;
  geometry: Geometry;
}

interface BoundariesData {
  regions: { totalCount: number; nodes: RegionBoundary[] };
}

export const REGION_BOUNDARIES: TypedDocumentNode<BoundariesData, { kind: Level; tolerance: number; first: number }> = gql`
  query RegionBoundaries($kind: RegionKind!, $tolerance: Float!, $first: Int!) {
    regions(kind: $kind, first: $first) {
      totalCount
      nodes { id code name isRandstad provincieCode geometry(tolerance: $tolerance) }
    }
  }
`;

/** Simplification per level: coarse for provinces, finer for the small gemeenten. */
const TOLERANCE: Record<Level, number> = { provincie: 0.002, corop: 0.0015, arbeidsmarktregio: 0.0015, gemeente: 0.0008 };

export interface BoundariesResult {
  regions: RegionBoundary[];
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

export function toFeatureCollection(regions: RegionBoundary[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: regions.map((r) => ({ type: 'Feature', id: r.id, geometry: r.geometry, properties: { code: r.code, name: r.name } })),
  };
}
