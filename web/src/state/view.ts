/**
 * The view: everything a shared link must reproduce (level, metric, dates, filters, layers,
 * map position, selected region, open panel). The URL is its home; see url-state.ts.
 */
import type { ClassMethod } from '../map/classify.js';

// The six sectors, their names and the two datasets are the domain's one vocabulary (the same
// lists feed the database constraints and the GraphQL enums); the web app does not keep a copy.
export { DATASETS, SECTORS, SECTOR_LABELS, type Dataset, type Sector } from '../../../common/domain.js';
import type { Dataset, Sector } from '../../../common/domain.js';

export const LEVELS = ['provincie', 'corop', 'arbeidsmarktregio', 'gemeente'] as const;
export type Level = (typeof LEVELS)[number];

export const METRICS = ['fte', 'aandeel', 'per1000', 'verandering', 'groei'] as const;
export type Metric = (typeof METRICS)[number];

export const LAYERS = ['rijkskantoren', 'rop', 'masterplan', 'stations'] as const;
export type LayerId = (typeof LAYERS)[number];

export const PANELS = ['kaart', 'kandidaten', 'monitors', 'planner'] as const;
export type Panel = (typeof PANELS)[number];

export interface MapPosition {
  lng: number;
  lat: number;
  zoom: number;
}

export interface View {
  level: Level;
  metric: Metric;
  /** Reference date (peildatum, YYYY-MM-DD); null = the newest available. */
  date: string | null;
  /** Earlier date for compare mode and change metrics; null = no comparison. */
  compare: string | null;
  sector: Sector | null;
  /** Ministry (organisation id), from 2025 on. */
  ministry: number | null;
  dataset: Dataset;
  classMethod: ClassMethod;
  classes: number;
  layers: LayerId[];
  position: MapPosition;
  selected: string | null;
  panel: Panel;
  /** The candidate search that ran (features/candidates/search-url.ts); null = none. */
  search: string | null;
}

/**
 * The default position stands for "the whole country": the map fits NL_BOUNDS to its frame
 * (MapView), so South Limburg and the Wadden islands are in view on any screen and in every export.
 */
export const DEFAULT_POSITION: MapPosition = { lng: 5.3, lat: 52.15, zoom: 6.1 };

/** The land of the Netherlands, west to east and south to north (Cadzand, Vaals, Rottumeroog). */
export const NL_BOUNDS: [[number, number], [number, number]] = [
  [3.35, 50.74],
  [7.23, 53.56],
];

export const DEFAULT_VIEW: View = {
  level: 'provincie',
  metric: 'fte',
  date: null,
  compare: null,
  sector: null,
  ministry: null,
  dataset: 'gepubliceerd',
  classMethod: 'kwantielen',
  classes: 5,
  layers: ['rijkskantoren', 'rop'],
  position: DEFAULT_POSITION,
  selected: null,
  panel: 'kaart',
  search: null,
};

export const LEVEL_LABELS: Record<Level, string> = {
  provincie: 'Provincie',
  corop: 'COROP-gebied',
  arbeidsmarktregio: 'Arbeidsmarktregio',
  gemeente: 'Gemeente',
};

export const METRIC_LABELS: Record<Metric, string> = {
  fte: 'fte',
  aandeel: 'Aandeel in landelijk totaal (%)',
  per1000: 'fte per 1.000 inwoners',
  verandering: 'Verandering sinds vergelijkingsdatum (fte)',
  groei: 'Groei t.o.v. landelijke groei (procentpunt)',
};

export const LAYER_LABELS: Record<LayerId, string> = {
  rijkskantoren: 'Rijkskantoren',
  rop: 'Rijksontmoetingspleinen',
  masterplan: 'Masterplanprojecten',
  stations: 'Treinstations',
};

/** Metrics that compare two dates need a comparison date. */
export function needsCompare(metric: Metric): boolean {
  return metric === 'verandering' || metric === 'groei';
}
