/**
 * TileJSON 3.0.0 for a tile layer, so MapLibre, QGIS and other dashboards can add it by URL.
 * The tile URL carries the validated parameters of the TileJSON request (level, peildatum, …).
 */
import { NETHERLANDS_EXTENT } from '../../geo/extent.js';
import type { TileLayer } from './tile-layers.js';

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;

const ATTRIBUTION = 'Rijkspresentie; grenzen: CBS gebiedsindelingen (PDOK); stations: Rijden de Treinen (CC0)';
/** Demo tiles carry fictional figures: their name, description and attribution say so (issue 16). */
export const FICTIONAL_LABEL = 'fictieve voorbeelddata';

function labels(layer: TileLayer, params: Record<string, string>) {
  if (params.dataset !== 'demo')
    return { name: `rijkspresentie-${layer.id}`, description: layer.description, attribution: ATTRIBUTION };
  return {
    name: `rijkspresentie-${layer.id}-fictief`,
    description: `${layer.description} — ${FICTIONAL_LABEL}, geen gepubliceerde cijfers`,
    attribution: `${FICTIONAL_LABEL} (fictief, niet gepubliceerd); ${ATTRIBUTION}`,
  };
}

export function tileJson(layer: TileLayer, root: string, params: Record<string, string>) {
  const query = new URLSearchParams(params).toString();
  const [minLon, minLat, maxLon, maxLat] = NETHERLANDS_EXTENT;
  return {
    tilejson: '3.0.0',
    ...labels(layer, params),
    version: '1.0.0',
    scheme: 'xyz',
    tiles: [`${root}/${layer.id}/{z}/{x}/{y}.mvt${query ? `?${query}` : ''}`],
    minzoom: MIN_ZOOM,
    maxzoom: MAX_ZOOM,
    bounds: [minLon, minLat, maxLon, maxLat],
    center: [(minLon + maxLon) / 2, (minLat + maxLat) / 2, 7],
    vector_layers: [
      {
        id: layer.id,
        description: labels(layer, params).description,
        minzoom: MIN_ZOOM,
        maxzoom: MAX_ZOOM,
        fields: layer.fields,
      },
    ],
  };
}
