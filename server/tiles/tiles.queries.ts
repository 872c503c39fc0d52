/**
 * SQL for vector tiles. Both encoders read the features of a tile from the same rows function
 * rp_tile_rows_<layer>(z, x, y, query_params) (migration 1763800003001); the layer name comes
 * from the TILE_LAYERS constant, never from input. Geometry arrives in EPSG:3857.
 *
 * - mvtFromDatabase: ST_AsMVT through rp_tile_<layer> (PostGIS built with protobuf).
 * - tileFeatures: the same features with geometry already in tile space (integer coordinates,
 *   extent 4096, y down), for the Node encoder where PostGIS lacks protobuf (PGlite). The steps
 *   follow ST_AsMVTGeom: drop points closer than half a tile unit, clip to the tile plus buffer,
 *   map to tile space, snap to the integer grid (no Douglas-Peucker beyond collinear points:
 *   ST_AsMVT keeps the same detail), and make polygons valid on that grid.
 */
import type { Queryable } from '../common/sql.js';
import { queryOne, queryRows, sql } from '../common/sql.js';
import type { TileLayerId } from './tile-layers.js';

export const EXTENT = 4096;
export const BUFFER = 64;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

export async function mvtFromDatabase(
  db: Queryable,
  layer: TileLayerId,
  tile: TileAddress,
  queryParams: unknown,
): Promise<Buffer> {
  const row = await queryOne<{ mvt: Buffer }>(
    db,
    sql`SELECT ${sql.identifier(`rp_tile_${layer}`)}($1, $2, $3, $4::json) AS mvt`,
    [tile.z, tile.x, tile.y, JSON.stringify(queryParams)],
  );
  return row?.mvt ?? Buffer.alloc(0);
}

export interface TileFeatureRow {
  id: number | null;
  props: Record<string, string | number | boolean>;
  /** GeoJSON geometry in tile coordinates. */
  geometry: { type: string; coordinates: unknown };
}

export async function tileFeatures(
  db: Queryable,
  layer: TileLayerId,
  tile: TileAddress,
  queryParams: unknown,
): Promise<TileFeatureRow[]> {
  return queryRows<TileFeatureRow>(
    db,
    sql`WITH b AS (
       SELECT ST_TileEnvelope($1, $2, $3) AS env
     ), k AS (
       SELECT env, ST_XMin(env) AS xmin, ST_YMax(env) AS ymax,
              (ST_XMax(env) - ST_XMin(env)) AS w, (ST_YMax(env) - ST_YMin(env)) AS h,
              least(ST_XMax(env) - ST_XMin(env), ST_YMax(env) - ST_YMin(env)) / $5 / 2 AS res
         FROM b
     ), f AS (
       SELECT r.id, r.props, r.geom, k.*, ST_RemoveRepeatedPoints(r.geom, k.res) AS thinned
         FROM ${sql.identifier(`rp_tile_rows_${layer}`)}($1, $2, $3, $4::json) r, k
     ), clipped AS (
       SELECT f.id, f.props, ST_GeometryType(f.geom) AS gtype,
              ST_Simplify(ST_SnapToGrid(ST_Affine(
                ST_ClipByBox2D(f.thinned, ST_Expand(f.env::box2d, f.res + f.w / $5 * $6)),
                $5 / f.w, 0, 0, -$5 / f.h, -f.xmin * $5 / f.w, f.ymax * $5 / f.h), 1), 0) AS g
         FROM f
        WHERE f.thinned IS NOT NULL
     ), valid AS (
       -- ST_MakeValid may put new vertices between grid points, which the encoder would round
       -- into degenerate or crossing rings: snap again and repair again, as ST_AsMVTGeom ends on
       -- integer coordinates (mvt-encode.ts drops whatever still collapses when rounded).
       SELECT c.id, c.props,
              CASE WHEN c.gtype IN ('ST_Polygon', 'ST_MultiPolygon')
                   THEN ST_CollectionExtract(ST_MakeValid(ST_SnapToGrid(ST_CollectionExtract(ST_MakeValid(c.g), 3), 1)), 3)
                   ELSE c.g END AS g
         FROM clipped c
        WHERE c.g IS NOT NULL AND NOT ST_IsEmpty(c.g)
     )
     SELECT v.id, v.props, ST_AsGeoJSON(v.g)::json AS geometry
       FROM valid v
      WHERE v.g IS NOT NULL AND NOT ST_IsEmpty(v.g)
      ORDER BY v.id NULLS LAST`,
    [tile.z, tile.x, tile.y, JSON.stringify(queryParams), EXTENT, BUFFER],
  );
}

/** True when this PostGIS can encode MVT itself (real PostGIS: yes; PGlite: no protobuf). */
export async function databaseEncodesMvt(db: Queryable): Promise<boolean> {
  try {
    await db.query(
      `SELECT ST_AsMVT(t) FROM (SELECT ST_AsMVTGeom(ST_MakePoint(1, 1), ST_MakeBox2D(ST_MakePoint(0, 0), ST_MakePoint(2, 2))) AS geom) t`,
    );
    return true;
  } catch (error) {
    if (/protobuf/i.test(error instanceof Error ? error.message : '')) return false;
    throw error;
  }
}
