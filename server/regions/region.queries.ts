/**
 * Spatial and lookup SQL for regions. Geometry is stored in EPSG:4326; these functions return
 * GeoJSON (RFC 7946, WGS84). All values are parameters.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows, sql, val } from '../common/sql.js';
import type { RegionKind } from '../../common/domain.js';

export interface RegionRow {
  id: number;
  kind: RegionKind;
  code: string;
  name: string;
  year: number;
  provincie_code: string | null;
  corop_code: string | null;
  arbeidsmarktregio_code: string | null;
  is_randstad: boolean;
  is_grensregio: boolean;
  source: string;
}

export const REGION_COLUMNS = sql`r.id, r.kind, r.code, r.name, r.year, r.provincie_code, r.corop_code,
  r.arbeidsmarktregio_code, r.is_randstad, r.is_grensregio, r.source`;

/**
 * Inserts or replaces one region from a GeoJSON geometry (Polygon or MultiPolygon, SRID 4326).
 * ST_MakeValid repairs the tiny slivers some CBS 2024 files carry; CollectionExtract(…, 3) keeps
 * the polygons of what it returns.
 */
export async function upsertRegion(
  db: Queryable,
  region: {
    kind: RegionKind;
    code: string;
    name: string;
    year: number;
    geometryJson: string;
    source: string;
    importId: number | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO region (kind, code, name, year, geom, source, import_id)
     VALUES ($1, $2, $3, $4,
       ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326)), 3)), $6, $7)
     ON CONFLICT (kind, code, year) DO UPDATE
       SET name = EXCLUDED.name, geom = EXCLUDED.geom, source = EXCLUDED.source, import_id = EXCLUDED.import_id`,
    [region.kind, region.code, region.name, region.year, region.geometryJson, region.source, region.importId],
  );
}

/**
 * Derives which provincie, COROP-gebied and arbeidsmarktregio each region of a year lies in,
 * by testing a point on its surface. Shared boundaries cannot be compared: each CBS layer was
 * simplified on its own. Provinces get their own code as provincie_code for uniform queries.
 */
export async function deriveRegionMembership(db: Queryable, year: number): Promise<void> {
  await db.query(`UPDATE region SET provincie_code = code WHERE kind = 'provincie' AND year = $1`, [year]);
  await db.query(`UPDATE region SET corop_code = code WHERE kind = 'corop' AND year = $1`, [year]);
  await db.query(`UPDATE region SET arbeidsmarktregio_code = code WHERE kind = 'arbeidsmarktregio' AND year = $1`, [
    year,
  ]);
  for (const [parentKind, column] of [
    ['provincie', 'provincie_code'],
    ['corop', 'corop_code'],
    ['arbeidsmarktregio', 'arbeidsmarktregio_code'],
  ] as const) {
    await queryRows(
      db,
      sql`UPDATE region child SET ${sql.identifier(column)} = parent.code
         FROM region parent
        WHERE child.year = $1 AND parent.year = $1 AND parent.kind = $2 AND child.kind <> $2
          AND ST_Intersects(parent.geom, ST_PointOnSurface(child.geom))`,
      [year, parentKind],
    );
  }
}

/** Marks regions inside the Randstad (by province) and the configured border regions. */
export async function applyRegionFlags(
  db: Queryable,
  flags: { randstadProvinces: string[]; grensregioCodes: string[] },
): Promise<void> {
  await db.query(`UPDATE region SET is_randstad = (provincie_code = ANY($1::text[]))`, [flags.randstadProvinces]);
  await db.query(
    `UPDATE region SET is_grensregio = (code = ANY($1::text[]) OR corop_code = ANY($1::text[]) OR provincie_code = ANY($1::text[]))
      WHERE kind IN ('gemeente', 'corop') OR code = ANY($1::text[])`,
    [flags.grensregioCodes],
  );
}

export async function countRegions(db: Queryable): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, 'SELECT count(*)::int AS n FROM region');
  return row?.n ?? 0;
}

export interface RegionFilter {
  kind?: RegionKind;
  year?: number;
  codes?: string[];
}

/** One page of regions in a stable order (kind, code, year), with the total for the filter. */
export async function listRegions(
  db: Queryable,
  filter: RegionFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: RegionRow[]; total: number }> {
  const kind = val(filter.kind ?? null);
  const year = val(filter.year ?? null);
  const codes = val(filter.codes ?? null);
  const where = sql`(${kind}::text IS NULL OR r.kind = ${kind}) AND (${year}::int IS NULL OR r.year = ${year})
    AND (${codes}::text[] IS NULL OR r.code = ANY(${codes}))`;
  const rows = await queryRows<RegionRow>(
    db,
    sql`SELECT ${REGION_COLUMNS} FROM region r WHERE ${where} ORDER BY r.kind, r.code, r.year
      LIMIT ${val(page.limit)} OFFSET ${val(page.offset)}`,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM region r WHERE ${where}`);
  return { rows, total: count?.n ?? 0 };
}

/**
 * GeoJSON geometries for many regions at once (one statement per request, via DataLoader).
 * tolerance (degrees) simplifies with topology preserved; 0 returns the stored geometry.
 */
export async function regionGeometries(
  db: Queryable,
  ids: readonly number[],
  tolerance: number,
): Promise<Map<number, string>> {
  const rows = await queryRows<{ id: number; geojson: string }>(
    db,
    `SELECT id, ST_AsGeoJSON(CASE WHEN $2::float8 > 0 THEN ST_SimplifyPreserveTopology(geom, $2) ELSE geom END, 6) AS geojson
       FROM region WHERE id = ANY($1::int[])`,
    [ids, tolerance],
  );
  return new Map(rows.map((row) => [row.id, row.geojson]));
}
