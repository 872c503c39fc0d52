/**
 * Export files: a collection as GeoJSON or CSV, and the fte aggregate as CSV. Every file says
 * where its data comes from and whether it is published data or fictional demonstration data:
 * in GeoJSON as foreign members of the FeatureCollection, in CSV as columns on every row.
 *
 * Site exports use exactly the importer's property names (kind, name, address, …, sourceUrl,
 * note) with Point geometry at full precision, so a file re-imports without changes; the
 * dataset, the same for every feature of one file, travels at collection level.
 */
import type { Feature, Geometry } from 'geojson';
import type { Dataset } from '../../common/domain.js';
import type { Collection } from '../ogc/collections.model.js';
import type { DataParams, FeatureSet } from '../ogc/features.service.js';
import { toCsv, type Cell, type CsvDialect } from '../../common/csv.js';
import { DATASET_LABEL, type RegionFigures } from '../fte/region-figures.service.js';

const THIRD_PARTY_LABEL = 'open data van derden';

export interface Provenance {
  dataset: Dataset | null;
  gegevensstatus: string;
  sources: string[];
}

export function provenanceOf(collection: Collection, data: DataParams, set: FeatureSet): Provenance {
  const sources = new Set<string>();
  for (const feature of set.features) {
    const p = feature.properties ?? {};
    for (const value of [p.sourceUrl, p.boundarySource, ...(Array.isArray(p.sources) ? p.sources : [])]) {
      if (typeof value === 'string' && value !== '') sources.add(value);
    }
  }
  const dataset = collection.hasDatasets ? data.dataset : null;
  return {
    dataset,
    gegevensstatus: dataset ? DATASET_LABEL[dataset] : THIRD_PARTY_LABEL,
    sources: [...sources].sort(),
  };
}

export function geojsonExport(collection: Collection, data: DataParams, set: FeatureSet) {
  const provenance = provenanceOf(collection, data, set);
  const atCollectionLevel = Boolean(collection.source.datasetColumn);
  return {
    type: 'FeatureCollection',
    name: collection.id,
    title: collection.title,
    ...provenance,
    ...(set.figures
      ? {
          peildatum: set.figures.peildatum,
          sector: set.figures.sector ?? 'alle',
          metric: set.figures.metric,
          organisationId: set.figures.organisationId,
          comparePeildatum: set.figures.comparePeildatum,
        }
      : {}),
    generatedAt: new Date().toISOString(),
    features: set.features.map((f) => (atCollectionLevel ? withoutDataset(f) : f)),
  };
}

function withoutDataset(feature: Feature<Geometry | null>): Feature<Geometry | null> {
  const { dataset: _dataset, ...properties } = feature.properties ?? {};
  return { ...feature, properties };
}

/**
 * Dates as precise as their source ("2017", "2015-07", "2016-09-29"). In a CSV one such column
 * would open as numbers, dates and text mixed; there it becomes a full ISO date (the first day of
 * the period) and a column `…Precision` with jaar, maand or dag. GeoJSON keeps the source's form.
 */
const PARTIAL_DATE_COLUMNS = new Set(['inUseSince', 'ropOpenedOn']);
const PRECISION = { 4: 'jaar', 7: 'maand', 10: 'dag' } as Record<number, string>;
const FIRST_DAY = { 4: '-01-01', 7: '-01', 10: '' } as Record<number, string>;

function withPrecisionColumns(names: string[]): string[] {
  return names.flatMap((name) => (PARTIAL_DATE_COLUMNS.has(name) ? [name, `${name}Precision`] : [name]));
}

function splitPartialDates(properties: Record<string, Cell>): Record<string, Cell> {
  const out = { ...properties };
  for (const name of PARTIAL_DATE_COLUMNS) {
    const value = properties[name];
    if (typeof value !== 'string' || !(value.length in PRECISION)) continue;
    out[name] = `${value}${FIRST_DAY[value.length]}`;
    out[`${name}Precision`] = PRECISION[value.length];
  }
  return out;
}

/** Rows of a collection: id, its properties, lon/lat for points, and the provenance columns. */
export function csvExport(collection: Collection, data: DataParams, set: FeatureSet, dialect: CsvDialect): string {
  const provenance = provenanceOf(collection, data, set);
  const propertyNames = withPrecisionColumns(
    [...new Set(set.features.flatMap((f) => Object.keys(f.properties ?? {})))].filter((k) => k !== 'dataset'),
  );
  const hasPoints = set.features.some((f) => f.geometry?.type === 'Point') || !collection.regionLevel;
  const columns = ['id', ...propertyNames, ...(hasPoints ? ['lon', 'lat'] : []), 'dataset', 'gegevensstatus'];
  const rows = set.features.map((f) => {
    const point = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    return {
      id: f.id ?? null,
      ...splitPartialDates(f.properties as Record<string, Cell>),
      lon: point?.[0] ?? null,
      lat: point?.[1] ?? null,
      dataset: provenance.dataset,
      gegevensstatus: provenance.gegevensstatus,
    } as Record<string, Cell>;
  });
  return toCsv(columns, rows, dialect);
}

export const FTE_CSV_COLUMNS = [
  'code',
  'name',
  'level',
  'peildatum',
  'comparePeildatum',
  'sector',
  'organisationId',
  'metric',
  'fte',
  'value',
  'valueMissingReason',
  'valuePrecision',
  'valueAsWritten',
  'status',
  'basis',
  'fteAsWritten',
  'sources',
  'dataset',
  'gegevensstatus',
];

/** The fte aggregate the map shows for one level, reference date, sector and metric. */
export function fteCsv(figures: RegionFigures, dialect: CsvDialect): string {
  const rows = figures.figures.map((f) => ({
    code: f.code,
    name: f.name,
    level: figures.level,
    peildatum: figures.peildatum,
    comparePeildatum: figures.comparePeildatum,
    sector: figures.sector ?? 'alle',
    organisationId: figures.organisationId,
    metric: figures.metric,
    fte: f.fte,
    value: f.value,
    valueMissingReason: f.valueMissingReason,
    valuePrecision: f.valuePrecision,
    valueAsWritten: f.valueAsWritten,
    status: f.status,
    basis: f.basis,
    fteAsWritten: f.fteAsWritten,
    sources: f.sources,
    dataset: figures.dataset,
    gegevensstatus: DATASET_LABEL[figures.dataset],
  }));
  return toCsv(FTE_CSV_COLUMNS, rows, dialect);
}
