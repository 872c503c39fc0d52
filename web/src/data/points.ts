/**
 * Point layers: rijkskantoren, rijksontmoetingsplein (open/gepland), masterplan projects,
 * railway stations. NEEDS API (branch api): root fields sites, masterplanProjects, stations
 * (names and filters as on branch api today).
 * Each becomes GeoJSON for a clustered MapLibre source; precision and dataset travel along so
 * the map can draw a gemeente-precise site hollow and label demo data.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { useMemo } from 'react';
import type { Dataset, LayerId } from '../state/view.js';
import { useCapabilities, type Availability, type ServiceFeature } from './capabilities.js';

export interface SiteNode {
  id: number;
  kind: 'rijkskantoor' | 'rijksontmoetingsplein' | 'overig';
  name: string;
  address: string | null;
  city: string | null;
  locationPrecision: 'adres' | 'gemeente';
  ropStatus: 'open' | 'gepland' | null;
  ropOpenedOn: string | null;
  sourceUrl: string;
  dataset: 'gepubliceerd' | 'demo';
  location: Point;
}

export const SITES: TypedDocumentNode<{ sites: { nodes: SiteNode[] } }, { kind: string; dataset: Dataset }> = gql`
  query MapSites($kind: SiteKind!, $dataset: Dataset!) {
    sites(filter: { kinds: [$kind], dataset: $dataset }, first: 500) {
      nodes { id kind name address city locationPrecision ropStatus ropOpenedOn sourceUrl dataset location }
    }
  }
`;

export const MASTERPLAN_POINTS: TypedDocumentNode<{ masterplanProjects: { nodes: Record<string, unknown>[] } }, { dataset: Dataset }> = gql`
  query MapMasterplanProjects($dataset: Dataset!) {
    masterplanProjects(filter: { dataset: $dataset }, first: 500) {
      nodes { id name city kind status period plannedWorkplaces locationPrecision sourceUrl dataset location }
    }
  }
`;

export const STATIONS: TypedDocumentNode<{ stations: { nodes: Record<string, unknown>[] } }, Record<string, never>> = gql`
  query MapStations {
    stations(first: 500) { nodes { code name type sourceUrl location } }
  }
`;

const FEATURE: Record<LayerId, ServiceFeature> = { rijkskantoren: 'sites', rop: 'sites', masterplan: 'masterplan', stations: 'stations' };

export interface PointLayerData {
  availability: Availability;
  geojson: FeatureCollection<Point> | null;
  error: string | null;
}

export function usePointLayer(layer: LayerId, visible: boolean, dataset: Dataset): PointLayerData {
  const caps = useCapabilities();
  const availability = caps.availability(FEATURE[layer]);
  const skip = !visible || availability !== 'beschikbaar';
  const isSite = layer === 'rijkskantoren' || layer === 'rop';
  const sites = useQuery(SITES, { variables: { kind: layer === 'rop' ? 'rijksontmoetingsplein' : 'rijkskantoor', dataset }, skip: skip || !isSite });
  const projects = useQuery(MASTERPLAN_POINTS, { variables: { dataset }, skip: skip || layer !== 'masterplan' });
  const stations = useQuery(STATIONS, { skip: skip || layer !== 'stations' });
  const nodes: Record<string, unknown>[] | undefined = isSite
    ? (sites.data?.sites.nodes as unknown as Record<string, unknown>[] | undefined)
    : layer === 'masterplan' ? projects.data?.masterplanProjects.nodes : stations.data?.stations.nodes;
  const geojson = useMemo(() => (nodes ? toPoints(nodes) : null), [nodes]);
  const error = sites.error ?? projects.error ?? stations.error;
  return { availability, geojson, error: error ? error.message : null };
}

/** Nodes without a location (a masterplan project not yet placed) are left out, not guessed. */
export function toPoints(nodes: Record<string, unknown>[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const node of nodes) {
    const { location, ...properties } = node;
    if (!location || (location as Point).type !== 'Point') continue;
    features.push({ type: 'Feature', geometry: location as Point, properties: { ...properties, gemeentePrecisie: node.locationPrecision === 'gemeente', demo: node.dataset === 'demo' } });
  }
  return { type: 'FeatureCollection', features };
}
