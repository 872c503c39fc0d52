/**
 * Spatial SQL fragments shared by the searches over sites, stations and regions.
 *
 * Inputs: the geometry column of the searched table (EPSG:4326) and checked arguments.
 * Output: WHERE conditions with their values added to SqlParams, and the distance expression.
 * Distances are geography (metres on the WGS84 spheroid): `geom::geography` is exactly the
 * expression of the GiST indexes idx_site_geog and idx_station_geog, so ST_DWithin and the KNN
 * operator `<->` are index-backed; ST_Intersects and `&&` use the plain geometry indexes.
 */
import type { BBox } from '../../geo/extent.js';
import type { LonLat, Nearby } from '../common/point.js';
import type { SqlParams } from './sql-params.js';

export interface SpatialFilter {
  nearby?: Nearby;
  /** A checked Polygon or MultiPolygon as GeoJSON text. */
  intersects?: string;
  bbox?: BBox;
  /** id of a region row: inside that region (boundary included). */
  withinRegionId?: number;
}

/** The geography of a lon/lat point, as SQL with its values as parameters. */
export function originSql(params: SqlParams, point: LonLat): string {
  return `ST_SetSRID(ST_MakePoint(${params.add(point.lon)}::float8, ${params.add(point.lat)}::float8), 4326)::geography`;
}

export function spatialConditions(params: SqlParams, geom: string, filter: SpatialFilter): string[] {
  const conditions: string[] = [];
  if (filter.nearby) {
    conditions.push(`ST_DWithin(${geom}::geography, ${originSql(params, filter.nearby)}, ${params.add(filter.nearby.radiusM)}::float8)`);
  }
  if (filter.intersects) {
    conditions.push(`ST_Intersects(${geom}, ST_SetSRID(ST_GeomFromGeoJSON(${params.add(filter.intersects)}), 4326))`);
  }
  if (filter.bbox) {
    const [a, b, c, d] = filter.bbox.map((n) => `${params.add(n)}::float8`);
    conditions.push(`ST_Intersects(${geom}, ST_MakeEnvelope(${a}, ${b}, ${c}, ${d}, 4326))`);
  }
  if (filter.withinRegionId !== undefined) {
    conditions.push(`ST_Intersects(${geom}, (SELECT wr.geom FROM region wr WHERE wr.id = ${params.add(filter.withinRegionId)}::int))`);
  }
  return conditions;
}

/** Metres from the search point to each row, or null when the search has no point. */
export function distanceSql(params: SqlParams, geom: string, point: LonLat | undefined): string {
  return point ? `ST_Distance(${geom}::geography, ${originSql(params, point)})` : 'NULL::float8';
}

export interface NearestSpec {
  /** `site s`: table and alias; the alias prefixes geom and key. */
  from: string;
  alias: string;
  key: string;
  columns: string;
  conditions: string[];
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
export function nearestSql(params: SqlParams, spec: NearestSpec): string {
  const { alias: a, key, from } = spec;
  const where = spec.conditions.length ? spec.conditions.map((c) => `(${c})`).join(' AND ') : 'TRUE';
  const origin = originSql(params, spec.point);
  const count = `${params.add(spec.count)}::int`;
  return `WITH knn AS (
      SELECT ${a}.${key} AS k, ST_Distance(${a}.geom::geography, ${origin}) AS d
        FROM ${from} WHERE ${where}
       ORDER BY ${a}.geom::geography <-> ${origin} LIMIT ${count}),
    reach AS (SELECT max(d) AS r FROM knn)
    SELECT ${spec.columns}, ST_Distance(${a}.geom::geography, ${origin}) AS distance_m
      FROM ${from}, reach
     WHERE ${where} AND ST_DWithin(${a}.geom::geography, ${origin}, reach.r + 1.0)
     ORDER BY distance_m, ${a}.${key} LIMIT ${count}`;
}
