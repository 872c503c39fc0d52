/**
 * Reads a collection as GeoJSON features, for OGC API items and for exports: table rows from
 * features.queries.ts, and for region collections the figures of the core aggregation
 * (via fte/region-figures.service.ts) merged into each region's properties.
 */
import type { Feature, Geometry } from 'geojson';
import type { BBox } from '../../geo/extent.js';
import { DATASETS, SECTORS, type Dataset } from '../../common/domain.js';
import { dateParam, enumParam, intParam, type Query } from '../common/query-params.js';
import type { Queryable } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';
import { METRICS, regionFigures, type FigureQuery, type RegionFigures } from '../fte/region-figures.service.js';
import type { Collection } from './collections.model.js';
import { countFeatures, selectFeatures } from './features.queries.js';

export interface DataParams {
  dataset: Dataset;
  figures: Omit<FigureQuery, 'level' | 'dataset'>;
}

/** Query parameters that choose the data of a collection (not the page). */
export function dataParamNames(collection: Collection): string[] {
  return [...(collection.hasDatasets ? ['dataset'] : []), ...(collection.regionLevel ? FIGURE_PARAMS : [])];
}

/** The arguments of GraphQL's fteAggregate (besides level and dataset), as query parameters. */
export const FIGURE_PARAMS = ['peildatum', 'sector', 'metric', 'organisationId', 'comparePeildatum'];

export function parseFigureParams(query: Query): DataParams['figures'] {
  return {
    peildatum: dateParam(query, 'peildatum'),
    sector: enumParam(query, 'sector', SECTORS),
    metric: enumParam(query, 'metric', METRICS),
    organisationId: intParam(query, 'organisationId', { min: 1, max: 2_147_483_647 }),
    comparePeildatum: dateParam(query, 'comparePeildatum'),
  };
}

export function parseDataParams(query: Query, collection: Collection): DataParams {
  const dataset = (collection.hasDatasets ? enumParam(query, 'dataset', DATASETS) : undefined) ?? 'gepubliceerd';
  if (!collection.regionLevel) return { dataset, figures: {} };
  return { dataset, figures: parseFigureParams(query) };
}

export interface ReadOptions {
  data: DataParams;
  bbox?: BBox;
  id?: string;
  limit: number | null;
  offset: number;
  digits: number;
  /** Who asks: which location cases exist for them is decided by cases/visible-cases.queries.ts. */
  viewer: Viewer;
}

export interface FeatureSet {
  features: Feature<Geometry | null>[];
  /** Set for region collections: the reference date etc. the figures are for. */
  figures?: RegionFigures;
}

export async function readFeatures(db: Queryable, collection: Collection, options: ReadOptions): Promise<FeatureSet> {
  const dataset = collection.hasDatasets && !collection.regionLevel ? options.data.dataset : undefined;
  const rows = await selectFeatures(db, collection.source, { dataset, bbox: options.bbox, id: options.id, viewer: options.viewer }, options);
  const features: Feature<Geometry | null>[] = rows.map((row) => ({
    type: 'Feature',
    id: collection.source.numericId ? Number(row.id) : row.id,
    geometry: row.geometry as Geometry | null,
    properties: row.properties,
  }));
  if (!collection.regionLevel) return { features };
  const figures = await regionFigures(db, { level: collection.regionLevel, dataset: options.data.dataset, ...options.data.figures });
  const byCode = new Map(figures.figures.map((f) => [f.code, f]));
  for (const feature of features) {
    const figure = byCode.get(String(feature.id));
    feature.properties = {
      ...feature.properties,
      peildatum: figures.peildatum,
      dataset: figures.dataset,
      sector: figures.sector ?? 'alle',
      metric: figures.metric,
      organisationId: figures.organisationId,
      comparePeildatum: figures.comparePeildatum,
      fte: figure?.fte ?? null,
      value: figure?.value ?? null,
      valueMissingReason: figure?.valueMissingReason ?? null,
      status: figure?.status ?? null,
      basis: figure?.basis ?? null,
      fteAsWritten: figure?.fteAsWritten ?? null,
      sources: figure?.sources ?? [],
    };
  }
  return { features, figures };
}

export async function countMatched(db: Queryable, collection: Collection, options: Pick<ReadOptions, 'data' | 'bbox' | 'viewer'>): Promise<number> {
  const dataset = collection.hasDatasets && !collection.regionLevel ? options.data.dataset : undefined;
  return countFeatures(db, collection.source, { dataset, bbox: options.bbox, viewer: options.viewer });
}
