/**
 * Writes validated sites: upsert on (dataset, name, city). Location, in this order: the coordinate in
 * the row or found by geocodeRecords before the transaction ('adres'); otherwise a point on
 * the gemeente's surface (ST_PointOnSurface, 'gemeente'). Never an invented coordinate.
 * Organisations named as users are linked where they are known; the rest are reported.
 */
import type { EntityManager } from 'typeorm';
import type { Dataset } from '../../common/domain.js';
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

/**
 * Insert, or update the site with the same name and place in the same dataset — but only when
 * something differs, so re-importing what is already there (e.g. a GeoJSON export) leaves rows,
 * versions and provenance untouched. The dataset is part of the key and never updated: a demo
 * delivery that names a published site adds a fictional one beside it (issue 14). A site given
 * without a coordinate sits on its gemeente's surface.
 */
const UPSERT_SQL = `
  INSERT INTO site AS s (kind, name, address, city, gemeente_code, geom, location_precision, gross_floor_area_m2, workplaces,
    tenure, in_use_since, rop_status, rop_opened_on, source_url, note, dataset, import_id)
  SELECT $1, $2, $3, $4, $5,
         COALESCE(ST_SetSRID(ST_MakePoint($6::float8, $7::float8), 4326),
                  (SELECT ST_PointOnSurface(r.geom) FROM region r WHERE r.kind = 'gemeente' AND r.code = $5 ORDER BY r.year DESC LIMIT 1)),
         COALESCE($18::text, CASE WHEN $6::float8 IS NULL THEN 'gemeente' ELSE 'adres' END), $8, $9, $10, $11, $12, $13, $14, $15, $16, $17
  ON CONFLICT ON CONSTRAINT uq_site_dataset_name_city DO UPDATE SET
    kind = EXCLUDED.kind, address = EXCLUDED.address, gemeente_code = EXCLUDED.gemeente_code, geom = EXCLUDED.geom,
    location_precision = EXCLUDED.location_precision, gross_floor_area_m2 = EXCLUDED.gross_floor_area_m2, workplaces = EXCLUDED.workplaces,
    tenure = EXCLUDED.tenure, in_use_since = EXCLUDED.in_use_since, rop_status = EXCLUDED.rop_status, rop_opened_on = EXCLUDED.rop_opened_on,
    source_url = EXCLUDED.source_url, note = EXCLUDED.note, import_id = EXCLUDED.import_id, version = s.version + 1
  WHERE (s.kind, s.address, s.gemeente_code, s.location_precision, s.gross_floor_area_m2, s.workplaces, s.tenure, s.in_use_since,
         s.rop_status, s.rop_opened_on, s.source_url, s.note)
        IS DISTINCT FROM
        (EXCLUDED.kind, EXCLUDED.address, EXCLUDED.gemeente_code, EXCLUDED.location_precision, EXCLUDED.gross_floor_area_m2,
         EXCLUDED.workplaces, EXCLUDED.tenure, EXCLUDED.in_use_since, EXCLUDED.rop_status, EXCLUDED.rop_opened_on,
         EXCLUDED.source_url, EXCLUDED.note)
     -- a coordinate that came back through text may differ in its last bit: 1e-9° ≈ 0,1 mm
     OR NOT ST_DWithin(s.geom, EXCLUDED.geom, 1e-9)
  RETURNING s.id`;

/** Writes the records; answers how many sites were created or actually changed. */
export async function writeSites(
  manager: EntityManager,
  records: SiteRecord[],
  options: SiteWriteOptions,
): Promise<number> {
  let changed = 0;
  for (const record of records) {
    const point = record.point;
    const row = await queryOne<{ id: number }>(manager, UPSERT_SQL, [
      record.kind,
      record.name,
      record.address,
      record.city,
      record.gemeenteCode,
      point?.lon ?? null,
      point?.lat ?? null,
      record.grossFloorAreaM2,
      record.workplaces,
      record.tenure,
      record.inUseSince,
      record.ropStatus,
      record.ropOpenedOn,
      record.sourceUrl,
      record.note,
      options.dataset,
      options.importId,
      record.locationPrecision ?? null,
    ]);
    if (row) changed += 1;
    const id =
      row?.id ??
      (await queryOne<{ id: number }>(
        manager,
        'SELECT id FROM site WHERE dataset = $1 AND name = $2 AND city IS NOT DISTINCT FROM $3',
        [options.dataset, record.name, record.city],
      ))!.id;
    await linkOrganisations(manager, id, record, options);
  }
  return changed;
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

async function linkOrganisations(
  manager: EntityManager,
  siteId: number,
  record: SiteRecord,
  options: SiteWriteOptions,
): Promise<void> {
  if (!record.organisationsGiven) return; // a file without the column says nothing about them
  const ids = new Set<number>();
  for (const name of record.organisations) {
    const id = options.matchOrganisation?.(name) ?? null;
    if (id === null)
      options.warnings?.push(
        `regel ${record.line} (${record.name}): organisatie "${name}" niet gekoppeld (onbekend of sector niet evident)`,
      );
    else ids.add(id);
  }
  // Only the links that change are written, so the import's audit log lists real changes only.
  await manager.query('DELETE FROM site_organisation WHERE site_id = $1 AND organisation_id <> ALL($2::int[])', [
    siteId,
    [...ids],
  ]);
  if (ids.size > 0) {
    await manager.query(
      'INSERT INTO site_organisation (site_id, organisation_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING',
      [siteId, [...ids]],
    );
  }
}
