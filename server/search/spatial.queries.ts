/**
 * Spatial SQL fragments shared by the searches over sites, stations and regions.
 *
 * Inputs: the geometry column of the searched table (EPSG:4326) and checked arguments.
 * Output: WHERE conditions as pg-sql2 fragments (values as parameters), and the distance expression.
 * Distances are geography (metres on the WGS84 spheroid): `geom::geography` is exactly the
 * expression of the GiST indexes idx_site_geog and idx_station_geog, so ST_DWithin and the KNN
 * operator `<->` are index-backed; ST_Intersects and `&&` use the plain geometry indexes.
 */
import type { BBox } from '../../geo/extent.js';
import { sql, val, whereAll, type SQL } from '../common/sql.js';
import type { LonLat, Nearby } from '../common/point.js';

export interface SpatialFilter {
  nearby?: Nearby;
  /** A checked Polygon or MultiPolygon as GeoJSON text. */
  intersects?: string;
  bbox?: BBox;
  /** id of a region row: inside that region (boundary included). */
  withinRegionId?: number;
}

/** The geography of a lon/lat point, its coordinates as parameters. */
export function originSql(point: LonLat): SQL {
  return sql`ST_SetSRID(ST_MakePoint(${val(point.lon)}::float8, ${val(point.lat)}::float8), 4326)::geography`;
}

/** `geom`: the searched table's geometry column, e.g. sql`s.geom` (code, never input). */
export function spatialConditions(geom: SQL, filter: SpatialFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.nearby) {
    conditions.push(
      sql`ST_DWithin(${geom}::geography, ${originSql(filter.nearby)}, ${val(filter.nearby.radiusM)}::float8)`,
    );
  }
  if (filter.intersects) {
    conditions.push(sql`ST_Intersects(${geom}, ST_SetSRID(ST_GeomFromGeoJSON(${val(filter.intersects)}), 4326))`);
  }
  if (filter.bbox) {
    const [a, b, c, d] = filter.bbox.map((n) => sql`${val(n)}::float8`);
    conditions.push(sql`ST_Intersects(${geom}, ST_MakeEnvelope(${a!}, ${b!}, ${c!}, ${d!}, 4326))`);
  }
  if (filter.withinRegionId !== undefined) {
    conditions.push(
      sql`ST_Intersects(${geom}, (SELECT wr.geom FROM region wr WHERE wr.id = ${val(filter.withinRegionId)}::int))`,
    );
  }
  return conditions;
}

/** Metres from the search point to each row, or null when the search has no point. */
export function distanceSql(geom: SQL, point: LonLat | undefined): SQL {
  return point ? sql`ST_Distance(${geom}::geography, ${originSql(point)})` : sql`NULL::float8`;
}

export interface NearestSpec {
  /** sql`site s`: table and alias; the alias prefixes geom and key. */
  from: SQL;
  alias: string;
  key: string;
  columns: SQL;
  conditions: SQL[];
  point: LonLat;
  count: number;
}

/**
 * The N nearest rows: a KNN `<->` index scan picks N candidates by spherical distance, then
 * every row within the farthest candidate's exact (spheroidal) distance is measured and the
 * N nearest by that exact distance win — so the sphere/spheroid difference cannot drop a row.
 * The reach gets 1 m of slack: ST_DWithin and ST_Distance round differently, and a row exactly at
 * the reach must not fall out; extra rows only compete in the exact ordering.
 */
export function nearestSql(spec: NearestSpec): SQL {
  const { from } = spec;
  const geom = sql.identifier(spec.alias, 'geom');
  const key = sql.identifier(spec.alias, spec.key);
  const where = whereAll(spec.conditions);
  const origin = originSql(spec.point);
  const count = sql`${val(spec.count)}::int`;
  return sql`WITH knn AS (
      SELECT ${key} AS k, ST_Distance(${geom}::geography, ${origin}) AS d
        FROM ${from} WHERE ${where}
       ORDER BY ${geom}::geography <-> ${origin} LIMIT ${count}),
    reach AS (SELECT max(d) AS r FROM knn)
    SELECT ${spec.columns}, ST_Distance(${geom}::geography, ${origin}) AS distance_m
      FROM ${from}, reach
     WHERE ${where} AND ST_DWithin(${geom}::geography, ${origin}, reach.r + 1.0)
     ORDER BY distance_m, ${key} LIMIT ${count}`;
}
