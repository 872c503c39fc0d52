/**
 * Point layers as configuration (tilda-geo's sources.const idea): colour per layer, a second
 * colour for planned meeting hubs, clustering at low zoom. A site placed only at municipality
 * precision is drawn hollow (ring without fill) everywhere, and its popup says so.
 */
import type { ExpressionSpecification } from './maplibre.js';
import type { LayerId } from '../state/view.js';

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
    color: ['case', ['==', ['get', 'ropStatus'], 'gepland'], POINT_COLORS.ropGepland, POINT_COLORS.ropOpen] as ExpressionSpecification,
    radius: 7,
    clusterMaxZoom: 7,
  },
  masterplan: { id: 'masterplan', color: POINT_COLORS.masterplan, radius: 5, clusterMaxZoom: 8 },
  stations: { id: 'stations', color: POINT_COLORS.station, radius: 3.5, clusterMaxZoom: 9 },
};

export const sourceId = (id: LayerId) => `punten-${id}`;
export const clusterLayerId = (id: LayerId) => `punten-${id}-cluster`;
export const pointLayerId = (id: LayerId) => `punten-${id}-punt`;
