/**
 * Railway station searches. Points in EPSG:4326; distances as geography in metres on the
 * GiST index idx_station_geog (geom::geography); polygon, bbox and region on idx_station_geom.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import type { LonLat } from '../common/point.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';
import { distanceSql, nearestSql, spatialConditions, type SpatialFilter } from '../search/spatial.queries.js';

export interface StationRow {
  code: string;
  name: string;
  type: string;
  source_url: string;
  geojson: string;
  distance_m: number | null;
}

const COLUMNS = `st.code, st.name, st.type, st.source_url, ST_AsGeoJSON(st.geom, 6) AS geojson`;

export interface StationSearch {
  codes?: string[];
  types?: string[];
  search?: string;
  spatial: SpatialFilter;
}

export type StationOrderField = 'DISTANCE' | 'NAME' | 'CODE';

function conditions(params: SqlParams, f: StationSearch): string[] {
  const c = spatialConditions(params, 'st.geom', f.spatial);
  if (f.codes) c.push(`st.code = ANY(${params.add(f.codes)}::text[])`);
  if (f.types) c.push(`st.type = ANY(${params.add(f.types)}::text[])`);
  if (f.search) c.push(`st.name ILIKE '%' || ${params.add(escapeLike(f.search))} || '%'`);
  return c;
}

export async function searchStations(db: Queryable, f: StationSearch, order: { field: StationOrderField; direction: 'ASC' | 'DESC' }, page: Page): Promise<PageRows<StationRow>> {
  const params = new SqlParams();
  const distance = distanceSql(params, 'st.geom', f.spatial.nearby);
  const where = whereClause(conditions(params, f));
  const key = { DISTANCE: distance, NAME: 'st.name', CODE: 'st.code' }[order.field];
  return listPage<StationRow>(db, params, { columns: `${COLUMNS}, ${distance} AS distance_m`, from: 'station st', where, orderBy: `${key} ${order.direction}, st.code ${order.direction}` }, page);
}

/** The N stations nearest to a point (KNN, then exact geography distance). */
export async function nearestStations(db: Queryable, point: LonLat, count: number, f: StationSearch): Promise<StationRow[]> {
  const params = new SqlParams();
  const sql = nearestSql(params, { from: 'station st', alias: 'st', key: 'code', columns: COLUMNS, conditions: conditions(params, f), point, count });
  return queryRows<StationRow>(db, sql, params.values);
}

/**
 * The N nearest stations to each of many sites, in one statement: a LATERAL KNN (`<->` on
 * idx_station_geog) per site picks N + 10 candidates by spherical distance, which are then ranked
 * by exact spheroidal distance — the margin absorbs the < 0.5 % sphere/spheroid difference.
 */
export async function nearestStationsToSites(db: Queryable, siteIds: readonly number[], count: number): Promise<(StationRow & { site_id: number })[]> {
  return queryRows(
    db,
    `SELECT site_id, code, name, type, source_url, geojson, distance_m FROM (
       SELECT s.id AS site_id, c.*, row_number() OVER (PARTITION BY s.id ORDER BY c.distance_m, c.code) AS rank
         FROM site s
         CROSS JOIN LATERAL (
           SELECT ${COLUMNS}, ST_Distance(st.geom::geography, s.geom::geography) AS distance_m
             FROM station st ORDER BY st.geom::geography <-> s.geom::geography LIMIT $2::int + 10) c
        WHERE s.id = ANY($1::int[])) ranked
      WHERE rank <= $2::int
      ORDER BY site_id, rank`,
    [siteIds, count],
  );
}
