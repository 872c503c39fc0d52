/**
 * Data of the point layers: rijkskantoren, rijksontmoetingspleinen (open/gepland), masterplan
 * projects and railway stations. Each becomes GeoJSON for a clustered MapLibre source; precision
 * and dataset travel along so the map can draw a gemeente-precise site hollow and label demo data.
 */
import { useQuery } from '@apollo/client/react';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { useMemo } from 'react';
import { graphql } from '../gql/index.js';
import type { Dataset, LayerId } from '../state/view.js';

export const SITES = graphql(`
  query MapSites($kind: SiteKind!, $dataset: Dataset!) {
    sites(filter: { kinds: [$kind], dataset: $dataset }, first: 500) { nodes { ...SitePoint } }
  }
`);

export const MASTERPLAN_POINTS = graphql(`
  query MapMasterplanProjects($dataset: Dataset!) {
    masterplanProjects(filter: { dataset: $dataset }, first: 500) { nodes { ...ProjectPoint } }
  }
`);

export const STATIONS = graphql(`
  query MapStations { stations(first: 500) { nodes { ...StationPoint } } }
`);

export interface PointLayerData {
  geojson: FeatureCollection<Point> | null;
  error: string | null;
}

/** One point node as a popup reads it: any fields, a location (absent for unplaced projects). */
type PointNode = { location?: Geometry | null; locationPrecision?: string | null; dataset?: string };

export function usePointLayer(layer: LayerId, visible: boolean, dataset: Dataset): PointLayerData {
  const isSite = layer === 'rijkskantoren' || layer === 'rop';
  const kind = layer === 'rop' ? 'rijksontmoetingsplein' : 'rijkskantoor';
  const sites = useQuery(SITES, { variables: { kind, dataset }, skip: !visible || !isSite });
  const projects = useQuery(MASTERPLAN_POINTS, { variables: { dataset }, skip: !visible || layer !== 'masterplan' });
  const stations = useQuery(STATIONS, { skip: !visible || layer !== 'stations' });
  const nodes: readonly PointNode[] | undefined = isSite
    ? sites.data?.sites.nodes
    : layer === 'masterplan'
      ? projects.data?.masterplanProjects.nodes
      : stations.data?.stations.nodes;
  const geojson = useMemo(() => (nodes ? toPoints(nodes) : null), [nodes]);
  const error = sites.error ?? projects.error ?? stations.error;
  return { geojson, error: error ? error.message : null };
}

/** Nodes without a location (a masterplan project not yet placed) are left out, not guessed. */
export function toPoints(nodes: readonly PointNode[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const node of nodes) {
    const { location, ...properties } = node;
    if (!location || location.type !== 'Point') continue;
    features.push({
      type: 'Feature',
      geometry: location,
      properties: {
        ...properties,
        gemeentePrecisie: node.locationPrecision === 'gemeente',
        demo: node.dataset === 'demo',
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
