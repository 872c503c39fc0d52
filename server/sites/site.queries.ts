/**
 * SQL for sites. Points are stored in EPSG:4326 and measured as geography (metres), matching
 * the GiST index idx_site_geog on (geom::geography).
 */
import type { Queryable } from '../common/sql.js';
import { queryOne, queryRows, sql, val } from '../common/sql.js';

export interface SiteRow {
  id: number;
  kind: string;
  name: string;
  address: string | null;
  city: string | null;
  gemeente_code: string | null;
  location_precision: string;
  gross_floor_area_m2: string | null;
  workplaces: number | null;
  tenure: string | null;
  in_use_since: string | null;
  rop_status: string | null;
  rop_opened_on: string | null;
  source_url: string;
  note: string | null;
  dataset: string;
  version: number;
  import_id: number | null;
  geojson: string;
}

export const SITE_COLUMNS = sql`s.id, s.kind, s.name, s.address, s.city, s.gemeente_code, s.location_precision,
  s.gross_floor_area_m2, s.workplaces, s.tenure, s.in_use_since, s.rop_status, s.rop_opened_on,
  s.source_url, s.note, s.dataset, s.version, s.import_id, ST_AsGeoJSON(s.geom, 6) AS geojson`;

export interface NewSite {
  kind: string;
  name: string;
  address?: string | null;
  city?: string | null;
  gemeenteCode?: string | null;
  geometryJson: string;
  locationPrecision: string;
  grossFloorAreaM2?: number | null;
  workplaces?: number | null;
  tenure?: string | null;
  inUseSince?: string | null;
  ropStatus?: string | null;
  ropOpenedOn?: string | null;
  sourceUrl: string;
  note?: string | null;
  dataset?: string;
  importId?: number | null;
}

export async function insertSite(db: Queryable, site: NewSite): Promise<SiteRow> {
  const row = await queryOne<SiteRow>(
    db,
    sql`INSERT INTO site AS s (kind, name, address, city, gemeente_code, geom, location_precision, gross_floor_area_m2,
       workplaces, tenure, in_use_since, rop_status, rop_opened_on, source_url, note, dataset, import_id)
     VALUES (${val(site.kind)}, ${val(site.name)}, ${val(site.address ?? null)}, ${val(site.city ?? null)},
       ${val(site.gemeenteCode ?? null)}, ST_SetSRID(ST_GeomFromGeoJSON(${val(site.geometryJson)}), 4326),
       ${val(site.locationPrecision)}, ${val(site.grossFloorAreaM2 ?? null)}, ${val(site.workplaces ?? null)},
       ${val(site.tenure ?? null)}, ${val(site.inUseSince ?? null)}, ${val(site.ropStatus ?? null)},
       ${val(site.ropOpenedOn ?? null)}, ${val(site.sourceUrl)}, ${val(site.note ?? null)},
       ${val(site.dataset ?? 'gepubliceerd')}, ${val(site.importId ?? null)})
     RETURNING ${SITE_COLUMNS}`,
  );
  return row!;
}

/** Sites within radiusM metres of a point, nearest first, each with its distance in metres. */
export async function sitesWithinDistance(
  db: Queryable,
  point: { lon: number; lat: number },
  radiusM: number,
  limit = 100,
): Promise<(SiteRow & { distance_m: number })[]> {
  return queryRows(
    db,
    sql`WITH origin AS (SELECT ST_SetSRID(ST_MakePoint(${val(point.lon)}, ${val(point.lat)}), 4326)::geography AS g)
     SELECT ${SITE_COLUMNS}, ST_Distance(s.geom::geography, origin.g) AS distance_m
       FROM site s, origin
      WHERE ST_DWithin(s.geom::geography, origin.g, ${val(radiusM)})
      ORDER BY distance_m, s.id
      LIMIT ${val(limit)}`,
  );
}
