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
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, val } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';

export interface FeatureSource {
  /**
   * FROM clause with alias, e.g. sql`site s`; a function of the viewer for rows that not everyone
   * may see (location cases: visible-cases.ts).
   */
  from: SQL | ((viewer: Viewer) => SQL);
  /** Expression of the feature id, e.g. sql`s.id`. */
  id: SQL;
  /** The id is an integer (sites, projects) rather than a code (regions, stations). */
  numericId: boolean;
  geom: SQL;
  /** json_build_object(...) of the properties; json keeps the key order for CSV columns. */
  properties: SQL;
  /** A fixed condition of the collection. */
  filter?: SQL;
  /** The dataset column, for sources that hold published and demonstration rows. */
  datasetColumn?: SQL;
  order: SQL;
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

function whereClause(source: FeatureSource, filter: FeatureFilter): SQL {
  const { dataset = null, bbox = null, id = null } = filter;
  const datasetCondition = source.datasetColumn
    ? sql`(${val(dataset)}::text IS NULL OR ${source.datasetColumn} = ${val(dataset)})`
    : sql`TRUE`;
  const bboxCondition = bbox
    ? sql`ST_Intersects(${source.geom}, ST_MakeEnvelope(${sql.join(
        bbox.map((n) => sql`${val(n)}::float8`),
        ', ',
      )}, 4326))`
    : sql`TRUE`;
  return sql`${source.filter ?? sql`TRUE`} AND ${datasetCondition} AND ${bboxCondition}
    AND (${val(id)}::text IS NULL OR ${source.id}::text = ${val(id)})`;
}

function fromClause(source: FeatureSource, filter: FeatureFilter): SQL {
  return typeof source.from === 'function' ? source.from(filter.viewer) : source.from;
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
    sql`SELECT ${source.id}::text AS id, ${source.properties} AS properties,
            ST_AsGeoJSON(${source.geom}, ${val(page.digits)}::int)::json AS geometry
       FROM ${fromClause(source, filter)}
      WHERE ${whereClause(source, filter)}
      ORDER BY ${source.order}
      LIMIT ${val(page.limit)}::int OFFSET ${val(page.offset)}::int`,
  );
}

/** How many features match the filter (OGC numberMatched). */
export async function countFeatures(db: Queryable, source: FeatureSource, filter: FeatureFilter): Promise<number> {
  const query = sql`SELECT count(*)::int AS n FROM ${fromClause(source, filter)} WHERE ${whereClause(source, filter)}`;
  const [row] = await queryRows<{ n: number }>(db, query);
  return row?.n ?? 0;
}
