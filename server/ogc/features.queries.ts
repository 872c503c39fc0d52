/**
 * SQL for feature collections (OGC API items and exports). One parameterised query shape for
 * every table-backed collection; the parts that differ per collection (table, id, properties,
 * a fixed filter) are constants in collections.ts, never input.
 *
 * Inputs: dataset (for sources that have one), bbox [minLon, minLat, maxLon, maxLat] in CRS84
 * (features whose geometry intersects it; features without geometry never match a bbox),
 * an id, the viewer (sources whose rows depend on who asks, the location cases, take their FROM
 * clause from it), limit and offset. Output: GeoJSON geometry (EPSG:4326 = CRS84 axis order
 * lon,lat, `digits` decimals) and properties as a json object in the source's column order.
 */
import type { BBox } from '../../geo/extent.js';
import type { Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';

export interface FeatureSource {
  /**
   * FROM clause with alias, e.g. "site s"; a function of the viewer for rows that not everyone
   * may see (location cases: visible-cases.ts).
   */
  from: string | ((viewer: Viewer) => string);
  /** Expression of the feature id, e.g. "s.id". */
  id: string;
  /** The id is an integer (sites, projects) rather than a code (regions, stations). */
  numericId: boolean;
  geom: string;
  /** json_build_object(...) of the properties; json keeps the key order for CSV columns. */
  properties: string;
  /** A fixed condition of the collection (constants only). */
  filter?: string;
  /** The dataset column, for sources that hold published and demonstration rows. */
  datasetColumn?: string;
  order: string;
}

export interface FeatureFilter {
  dataset?: Dataset;
  bbox?: BBox;
  id?: string;
  /** Who asks: decides which rows of a viewer-dependent source exist (required, no default). */
  viewer: Viewer;
}

export interface FeatureRow {
  id: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
}

function whereClause(source: FeatureSource): string {
  return [
    source.filter ?? 'true',
    // Sources without datasets still mention $1, so PostgreSQL can type every parameter.
    source.datasetColumn ? `($1::text IS NULL OR ${source.datasetColumn} = $1)` : '($1::text IS NULL OR true)',
    `($2::float8[] IS NULL OR ST_Intersects(${source.geom}, ST_MakeEnvelope($2[1], $2[2], $2[3], $2[4], 4326)))`,
    `($3::text IS NULL OR ${source.id}::text = $3)`,
  ].join(' AND ');
}

function fromClause(source: FeatureSource, filter: FeatureFilter): string {
  return typeof source.from === 'string' ? source.from : source.from(filter.viewer);
}

function filterParams(filter: FeatureFilter): unknown[] {
  return [filter.dataset ?? null, filter.bbox ?? null, filter.id ?? null];
}

/** One page of features in the collection's stable order. limit null = all (exports). */
export async function selectFeatures(
  db: Queryable,
  source: FeatureSource,
  filter: FeatureFilter,
  page: { limit: number | null; offset: number; digits: number },
): Promise<FeatureRow[]> {
  return queryRows<FeatureRow>(
    db,
    `SELECT ${source.id}::text AS id, ${source.properties} AS properties, ST_AsGeoJSON(${source.geom}, $4)::json AS geometry
       FROM ${fromClause(source, filter)}
      WHERE ${whereClause(source)}
      ORDER BY ${source.order}
      LIMIT $5 OFFSET $6`,
    [...filterParams(filter), page.digits, page.limit, page.offset],
  );
}

/** How many features match the filter (OGC numberMatched). */
export async function countFeatures(db: Queryable, source: FeatureSource, filter: FeatureFilter): Promise<number> {
  const sql = `SELECT count(*)::int AS n FROM ${fromClause(source, filter)} WHERE ${whereClause(source)}`;
  const [row] = await queryRows<{ n: number }>(db, sql, filterParams(filter));
  return row?.n ?? 0;
}
