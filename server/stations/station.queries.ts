/**
 * Railway station searches. Points in EPSG:4326; distances as geography in metres on the
 * GiST index idx_station_geog (geom::geography); polygon, bbox and region on idx_station_geom.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../graphql/connection.js';
import type { LonLat } from '../graphql/geometry.input.js';
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
