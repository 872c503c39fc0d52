/**
 * Region reads for the API: search (by kind, year, codes, name, Randstad flag and spatially),
 * lookups by id and by code for DataLoaders, geometry with simplification and bounding boxes.
 * Geometry in EPSG:4326; ST_Intersects and `&&` use idx_region_geom. All values are parameters.
 */
import type { BBox } from '../../geo/extent.js';
import type { RegionKind } from '../../common/domain.js';
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { listPage, type PageRows } from '../search/paging.js';
import { spatialConditions, type SpatialFilter } from '../search/spatial.queries.js';
import { REGION_COLUMNS, type RegionRow } from './region.queries.js';

export interface RegionSearch {
  kind?: RegionKind;
  year?: number;
  /** Without `year`: only the newest division year of the kind (decided in the same statement). */
  newestYear?: boolean;
  codes?: string[];
  search?: string;
  isRandstad?: boolean;
  spatial?: SpatialFilter;
}

/** One page of regions in a stable order (kind, code, year), with the total for the filter. */
/**
 * `count`: false when nothing reads the total (see ListSpec.count). `extra`: more columns read
 * with the page (e.g. DATA_VERSION_COLUMN when the items read versioned results).
 */
export async function searchRegions(
  db: Queryable,
  filter: RegionSearch,
  page: Page,
  count = true,
  extra?: SQL,
): Promise<PageRows<RegionRow>> {
  const conditions = spatialConditions(sql`r.geom`, filter.spatial ?? {});
  if (filter.kind) conditions.push(sql`r.kind = ${val(filter.kind)}`);
  if (filter.year !== undefined) conditions.push(sql`r.year = ${val(filter.year)}::int`);
  else if (filter.newestYear) {
    const ofKind = filter.kind ? sql` WHERE kind = ${val(filter.kind)}` : sql.blank;
    conditions.push(sql`r.year = (SELECT max(year) FROM region${ofKind})`);
  }
  if (filter.codes) conditions.push(sql`r.code = ANY(${val(filter.codes)}::text[])`);
  if (filter.search) conditions.push(sql`r.name ILIKE '%' || ${val(escapeLike(filter.search))} || '%'`);
  if (filter.isRandstad !== undefined) conditions.push(sql`r.is_randstad = ${val(filter.isRandstad)}::boolean`);
  return listPage<RegionRow>(
    db,
    {
      columns: extra ? sql`${REGION_COLUMNS}, ${extra}` : REGION_COLUMNS,
      from: sql`region r`,
      where: whereAll(conditions),
      orderBy: sql`r.kind, r.code, r.year`,
      count,
    },
    page,
  );
}

/** Escapes LIKE wildcards so a search for "50%" means the text, not a pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function regionsByIds(db: Queryable, ids: readonly number[]): Promise<RegionRow[]> {
  return queryRows<RegionRow>(db, sql`SELECT ${REGION_COLUMNS} FROM region r WHERE r.id = ANY(${val(ids)}::int[])`);
}

/** Each code in the newest division year that has it (or in the given year). */
export async function regionsByCodes(db: Queryable, codes: readonly string[], year?: number): Promise<RegionRow[]> {
  return queryRows<RegionRow>(
    db,
    sql`SELECT DISTINCT ON (r.code) ${REGION_COLUMNS} FROM region r
      WHERE r.code = ANY(${val(codes)}::text[]) AND (${val(year ?? null)}::int IS NULL OR r.year = ${val(year ?? null)})
      ORDER BY r.code, r.year DESC`,
  );
}

/**
 * GeoJSON for many regions in one statement. tolerance (degrees) simplifies with topology
 * preserved, 0 keeps the stored shape; decimals rounds coordinates to lighten the answer.
 */
export async function regionGeometryJson(
  db: Queryable,
  ids: readonly number[],
  options: { tolerance: number; decimals: number },
): Promise<Map<number, string>> {
  const rows = await queryRows<{ id: number; geojson: string }>(
    db,
    `SELECT id, ST_AsGeoJSON(ST_Multi(CASE WHEN $2::float8 > 0 THEN ST_SimplifyPreserveTopology(geom, $2) ELSE geom END), $3::int) AS geojson
       FROM region WHERE id = ANY($1::int[])`,
    [ids, options.tolerance, options.decimals],
  );
  return new Map(rows.map((row) => [row.id, row.geojson]));
}

/** Bounding boxes [minLon, minLat, maxLon, maxLat] of many regions. */
export async function regionBBoxes(db: Queryable, ids: readonly number[]): Promise<Map<number, BBox>> {
  const rows = await queryRows<{ id: number; x1: number; y1: number; x2: number; y2: number }>(
    db,
    `SELECT id, ST_XMin(geom) AS x1, ST_YMin(geom) AS y1, ST_XMax(geom) AS x2, ST_YMax(geom) AS y2 FROM region WHERE id = ANY($1::int[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, [r.x1, r.y1, r.x2, r.y2]]));
}

/** The gemeente (newest division year) that contains a point given as GeoJSON text. */
export async function gemeenteAt(db: Queryable, pointJson: string): Promise<string | null> {
  const [row] = await queryRows<{ code: string }>(
    db,
    `SELECT r.code FROM region r
      WHERE r.kind = 'gemeente' AND r.year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
        AND ST_Intersects(r.geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))
      ORDER BY r.code LIMIT 1`,
    [pointJson],
  );
  return row?.code ?? null;
}

/** Whether a CBS code exists in any division year (optionally of one kind). */
export async function regionCodeExists(db: Queryable, code: string, kind?: RegionKind): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM region WHERE code = $1 AND ($2::text IS NULL OR kind = $2)) AS found`,
    [code, kind ?? null],
  );
  return row?.found ?? false;
}
