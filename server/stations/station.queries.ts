/**
 * Railway station searches. Points in EPSG:4326; distances as geography in metres on the
 * GiST index idx_station_geog (geom::geography); polygon, bbox and region on idx_station_geom.
 */
import type { Queryable, SQL } from '../common/sql.js';
import { direction, queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import type { LonLat } from '../common/point.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { listPage, type PageRows } from '../search/paging.js';
import { distanceSql, nearestSql, spatialConditions, type SpatialFilter } from '../search/spatial.queries.js';

export interface StationRow {
  code: string;
  name: string;
  type: string;
  source_url: string;
  geojson: string;
  distance_m: number | null;
}

const COLUMNS = sql`st.code, st.name, st.type, st.source_url, ST_AsGeoJSON(st.geom, 6) AS geojson`;

export interface StationSearch {
  codes?: string[];
  types?: string[];
  search?: string;
  spatial: SpatialFilter;
}

export type StationOrderField = 'DISTANCE' | 'NAME' | 'CODE';

function conditions(f: StationSearch): SQL[] {
  const c = spatialConditions(sql`st.geom`, f.spatial);
  if (f.codes) c.push(sql`st.code = ANY(${val(f.codes)}::text[])`);
  if (f.types) c.push(sql`st.type = ANY(${val(f.types)}::text[])`);
  if (f.search) c.push(sql`st.name ILIKE '%' || ${val(escapeLike(f.search))} || '%'`);
  return c;
}

export async function searchStations(
  db: Queryable,
  f: StationSearch,
  order: { field: StationOrderField; direction: 'ASC' | 'DESC' },
  page: Page,
): Promise<PageRows<StationRow>> {
  const distance = distanceSql(sql`st.geom`, f.spatial.nearby);
  const where = whereAll(conditions(f));
  const key = { DISTANCE: distance, NAME: sql`st.name`, CODE: sql`st.code` }[order.field];
  const dir = direction(order.direction);
  const columns = sql`${COLUMNS}, ${distance} AS distance_m`;
  return listPage<StationRow>(
    db,
    { columns, from: sql`station st`, where, orderBy: sql`${key} ${dir}, st.code ${dir}` },
    page,
  );
}

/** The N stations nearest to a point (KNN, then exact geography distance). */
export async function nearestStations(
  db: Queryable,
  point: LonLat,
  count: number,
  f: StationSearch,
): Promise<StationRow[]> {
  const query = nearestSql({
    from: sql`station st`,
    alias: 'st',
    key: 'code',
    columns: COLUMNS,
    conditions: conditions(f),
    point,
    count,
  });
  return queryRows<StationRow>(db, query);
}

/**
 * The N nearest stations to each of many sites, in one statement: a LATERAL KNN (`<->` on
 * idx_station_geog) per site picks N + 10 candidates by spherical distance, which are then ranked
 * by exact spheroidal distance — the margin absorbs the < 0.5 % sphere/spheroid difference.
 */
export async function nearestStationsToSites(
  db: Queryable,
  siteIds: readonly number[],
  count: number,
): Promise<(StationRow & { site_id: number })[]> {
  return queryRows(
    db,
    sql`SELECT site_id, code, name, type, source_url, geojson, distance_m FROM (
       SELECT s.id AS site_id, c.*, row_number() OVER (PARTITION BY s.id ORDER BY c.distance_m, c.code) AS rank
         FROM site s
         CROSS JOIN LATERAL (
           SELECT ${COLUMNS}, ST_Distance(st.geom::geography, s.geom::geography) AS distance_m
             FROM station st ORDER BY st.geom::geography <-> s.geom::geography LIMIT ${val(count)}::int + 10) c
        WHERE s.id = ANY(${val(siteIds)}::int[])) ranked
      WHERE rank <= ${val(count)}::int
      ORDER BY site_id, rank`,
  );
}
