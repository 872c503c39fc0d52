/**
 * Writes validated sites: upsert on (name, city). Location, in this order: the coordinate in
 * the row or found by geocodeRecords before the transaction ('adres'); otherwise a point on
 * the gemeente's surface (ST_PointOnSurface, 'gemeente'). Never an invented coordinate.
 * Organisations named as users are linked where they are known; the rest are reported.
 */
import type { EntityManager } from 'typeorm';
import type { Dataset } from '../common/domain.js';
import { queryOne } from '../common/sql.js';
import { isGeocodable, type Geocoder } from '../geocoding/geocoder.js';
import type { SiteRecord } from './site-rows.js';

export interface SiteWriteOptions {
  importId: number;
  dataset: Dataset;
  matchOrganisation?: (text: string) => number | null;
  /** Collects what could not be linked (unknown organisations), for the report. */
  warnings?: string[];
}

const UPSERT_SQL = `
  INSERT INTO site AS s (kind, name, address, city, gemeente_code, geom, location_precision, gross_floor_area_m2, workplaces,
    tenure, in_use_since, rop_status, rop_opened_on, source_url, note, dataset, import_id)
  SELECT $1, $2, $3, $4, $5,
         COALESCE(ST_SetSRID(ST_MakePoint($6::float8, $7::float8), 4326),
                  (SELECT ST_PointOnSurface(r.geom) FROM region r WHERE r.kind = 'gemeente' AND r.code = $5 ORDER BY r.year DESC LIMIT 1)),
         CASE WHEN $6::float8 IS NULL THEN 'gemeente' ELSE 'adres' END, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17
  ON CONFLICT ON CONSTRAINT uq_site_name_city DO UPDATE SET
    kind = EXCLUDED.kind, address = EXCLUDED.address, gemeente_code = EXCLUDED.gemeente_code, geom = EXCLUDED.geom,
    location_precision = EXCLUDED.location_precision, gross_floor_area_m2 = EXCLUDED.gross_floor_area_m2, workplaces = EXCLUDED.workplaces,
    tenure = EXCLUDED.tenure, in_use_since = EXCLUDED.in_use_since, rop_status = EXCLUDED.rop_status, rop_opened_on = EXCLUDED.rop_opened_on,
    source_url = EXCLUDED.source_url, note = EXCLUDED.note, dataset = EXCLUDED.dataset, import_id = EXCLUDED.import_id, version = s.version + 1
  RETURNING s.id`;

export async function writeSites(manager: EntityManager, records: SiteRecord[], options: SiteWriteOptions): Promise<number> {
  for (const record of records) {
    const point = record.point;
    const row = await queryOne<{ id: number }>(manager, UPSERT_SQL, [
      record.kind, record.name, record.address, record.city, record.gemeenteCode, point?.lon ?? null, point?.lat ?? null,
      record.grossFloorAreaM2, record.workplaces, record.tenure, record.inUseSince, record.ropStatus, record.ropOpenedOn,
      record.sourceUrl, record.note, options.dataset, options.importId,
    ]);
    await linkOrganisations(manager, row!.id, record, options);
  }
  return records.length;
}

/**
 * Asks the geocoder for each record without a coordinate but with a full address. Run it
 * before the write transaction: a network call must not hold the database (embedded mode has
 * one connection, and the cache writes through it).
 */
export async function geocodeRecords(records: SiteRecord[], geocoder: Geocoder | undefined): Promise<void> {
  if (!geocoder) return;
  for (const record of records) {
    if (record.point || !record.address) continue;
    const query = { address: record.address, city: record.city.replace(/\s*\(.*\)\s*$/, '') };
    if (!isGeocodable(query)) continue;
    const found = await geocoder.geocode(query);
    if (found) {
      record.point = { lon: found.lon, lat: found.lat };
      if (found.gemeenteCode) record.gemeenteCode = found.gemeenteCode;
    }
  }
}

async function linkOrganisations(manager: EntityManager, siteId: number, record: SiteRecord, options: SiteWriteOptions): Promise<void> {
  await manager.query('DELETE FROM site_organisation WHERE site_id = $1', [siteId]);
  const ids = new Set<number>();
  for (const name of record.organisations) {
    const id = options.matchOrganisation?.(name) ?? null;
    if (id === null) options.warnings?.push(`regel ${record.line} (${record.name}): organisatie "${name}" niet gekoppeld (onbekend of sector niet evident)`);
    else ids.add(id);
  }
  if (ids.size > 0) {
    await manager.query('INSERT INTO site_organisation (site_id, organisation_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING', [siteId, [...ids]]);
  }
}
