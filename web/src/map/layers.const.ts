/**
 * The map's layers as configuration (tilda-geo's sources.const idea); RegionLayer and PointLayer
 * are thin components that add what is described here.
 * - Region (choropleth) layers: class colours, hatching for regions without a figure, borders,
 *   and the hover/selection outline, all on one GeoJSON source whose features carry `cls`.
 * - Point layers: colour per layer, a second colour for planned meeting hubs, clustering at low
 *   zoom. A site placed only at municipality precision is drawn hollow (ring without fill)
 *   everywhere, and its popup says so.
 */
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from './maplibre.js';
import type { LayerId } from '../state/view.js';
import { HATCH_IMAGE } from './hatch.js';
import { MISSING_COLOR } from './palettes.js';

export const REGION_SOURCE = 'regions';

type RegionLayerSpec = Omit<FillLayerSpecification, 'source'> | Omit<LineLayerSpecification, 'source'>;

export interface RegionLayerConfig {
  layer: RegionLayerSpec;
  /** Hover and click on this layer pick a region. */
  interactive: boolean;
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Bottom to top. 'regions-fill' gets its colours per classification (RegionLayer sets fill-color). */
export const REGION_LAYERS: RegionLayerConfig[] = [
  {
    layer: {
      id: 'regions-fill',
      type: 'fill',
      filter: ['>=', ['get', 'cls'], 0],
      paint: { 'fill-color': MISSING_COLOR, 'fill-opacity': 0.85 },
    },
    interactive: true,
  },
  {
    // No figure: hatched, so "missing" can never be read as the palette's lightest class.
    layer: {
      id: 'regions-missing',
      type: 'fill',
      filter: ['<', ['get', 'cls'], 0],
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7 },
    },
    interactive: true,
  },
  {
    layer: { id: 'regions-line', type: 'line', paint: { 'line-color': '#154273', 'line-width': 0.8 } },
    interactive: false,
  },
  {
    layer: {
      id: 'regions-focus',
      type: 'line',
      paint: {
        'line-color': ['case', selected, '#000000', '#154273'],
        'line-width': ['case', selected, 3, hovered, 2.5, 0],
      },
    },
    interactive: false,
  },
];

export const REGION_FILL_LAYER = 'regions-fill';
export const INTERACTIVE_REGION_LAYERS = REGION_LAYERS.filter((c) => c.interactive).map((c) => c.layer.id);

export interface PointLayerConfig {
  id: LayerId;
  color: string | ExpressionSpecification;
  radius: number;
  /** Cluster up to this zoom; stations cluster longer because there are ~400. */
  clusterMaxZoom: number;
}

/** Rijkshuisstijl-derived, distinguishable for colour-blind readers together with shape/legend. */
export const POINT_COLORS = {
  rijkskantoor: '#154273', // lintblauw
  ropOpen: '#39870c', // groen
  ropGepland: '#e17000', // oranje
  masterplan: '#a90061', // violet
  station: '#333333',
};

export const POINT_LAYERS: Record<LayerId, PointLayerConfig> = {
  rijkskantoren: { id: 'rijkskantoren', color: POINT_COLORS.rijkskantoor, radius: 6, clusterMaxZoom: 8 },
  rop: {
    id: 'rop',
    color: [
      'case',
      ['==', ['get', 'ropStatus'], 'gepland'],
      POINT_COLORS.ropGepland,
      POINT_COLORS.ropOpen,
    ] as ExpressionSpecification,
    radius: 7,
    clusterMaxZoom: 7,
  },
  masterplan: { id: 'masterplan', color: POINT_COLORS.masterplan, radius: 5, clusterMaxZoom: 8 },
  stations: { id: 'stations', color: POINT_COLORS.station, radius: 3.5, clusterMaxZoom: 9 },
};

export const sourceId = (id: LayerId) => `punten-${id}`;
export const clusterLayerId = (id: LayerId) => `punten-${id}-cluster`;
/** One layer per digit position of the cluster count (0 = units). */
export const clusterCountLayerId = (id: LayerId, position: number) => `punten-${id}-aantal-${position}`;
export const pointLayerId = (id: LayerId) => `punten-${id}-punt`;
