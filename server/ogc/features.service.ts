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
  /** OGC datetime matched no peildatum: the answer has no features. */
  empty?: boolean;
}

/** Query parameters that choose the data of a collection (not the page). */
export function dataParamNames(collection: Collection): string[] {
  return [...(acceptsDataset(collection) ? ['dataset'] : []), ...(collection.regionLevel ? FIGURE_PARAMS : [])];
}

/** A collection with rows of both datasets and no fixed one takes the dataset parameter. */
export function acceptsDataset(collection: Collection): boolean {
  return collection.hasDatasets && !collection.fixedDataset;
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
  const asked = acceptsDataset(collection) ? enumParam(query, 'dataset', DATASETS) : undefined;
  const dataset = collection.fixedDataset ?? asked ?? 'gepubliceerd';
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
  if (options.data.empty) return { features: [] };
  const dataset = collection.hasDatasets && !collection.regionLevel ? options.data.dataset : undefined;
  const rows = await selectFeatures(
    db,
    collection.source,
    { dataset, bbox: options.bbox, id: options.id, viewer: options.viewer },
    options,
  );
  const features: Feature<Geometry | null>[] = rows.map((row) => ({
    type: 'Feature',
    id: collection.source.numericId ? Number(row.id) : row.id,
    geometry: row.geometry as Geometry | null,
    properties: row.properties,
  }));
  if (!collection.regionLevel) return { features };
  const figures = await regionFigures(db, {
    level: collection.regionLevel,
    dataset: options.data.dataset,
    ...options.data.figures,
  });
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
      valuePrecision: figure?.valuePrecision ?? null,
      valueAsWritten: figure?.valueAsWritten ?? null,
      status: figure?.status ?? null,
      basis: figure?.basis ?? null,
      fteAsWritten: figure?.fteAsWritten ?? null,
      sources: figure?.sources ?? [],
    };
  }
  return { features, figures };
}

export async function countMatched(
  db: Queryable,
  collection: Collection,
  options: Pick<ReadOptions, 'data' | 'bbox' | 'viewer'>,
): Promise<number> {
  if (options.data.empty) return 0;
  const dataset = collection.hasDatasets && !collection.regionLevel ? options.data.dataset : undefined;
  return countFeatures(db, collection.source, { dataset, bbox: options.bbox, viewer: options.viewer });
}
