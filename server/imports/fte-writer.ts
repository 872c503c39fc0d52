/**
 * Writes validated fte records in batches through jsonb_to_recordset (one statement per batch,
 * values as one parameter), upserting on the cell (uq_fte_cell) so a newer delivery replaces
 * the figure for its cell and every row carries the import_id of the delivery it came from.
 * Organisations named for the first time are created with the sector the delivery gives.
 */
import type { EntityManager } from 'typeorm';
import type { Dataset } from '../common/domain.js';
import { queryRows } from '../common/sql.js';
import type { FteRecord } from './fte-rows.js';

export const FTE_BATCH_SIZE = 5_000;

export interface FteWriteOptions {
  importId: number;
  dataset: Dataset;
  sourceUrl: string;
  onProgress?: (written: number, total: number) => void;
}

export async function writeFteRecords(manager: EntityManager, records: FteRecord[], options: FteWriteOptions): Promise<number> {
  const organisationIds = await ensureOrganisations(manager, records, options);
  for (let start = 0; start < records.length; start += FTE_BATCH_SIZE) {
    const batch = records.slice(start, start + FTE_BATCH_SIZE).map((r) => ({
      peildatum: r.peildatum, scope: r.scope, region_code: r.region_code, site_id: r.site_id, sector: r.sector,
      organisation_id: organisationIds.get(r.organisation.toLowerCase()), fte: r.fte, fte_as_written: r.fte_as_written,
    }));
    await manager.query(
      `INSERT INTO fte_count (peildatum, peildatum_basis, scope, region_code, site_id, sector, organisation_id, fte, fte_as_written, source_url, dataset, import_id)
       SELECT r.peildatum, 'stated', r.scope, r.region_code, r.site_id, r.sector, r.organisation_id, r.fte, r.fte_as_written, $2, $3, $4
         FROM jsonb_to_recordset($1::jsonb) AS r(peildatum date, scope text, region_code text, site_id int, sector text, organisation_id int, fte numeric, fte_as_written text)
       ON CONFLICT ON CONSTRAINT uq_fte_cell DO UPDATE
         SET fte = EXCLUDED.fte, fte_as_written = EXCLUDED.fte_as_written, source_url = EXCLUDED.source_url, import_id = EXCLUDED.import_id`,
      [JSON.stringify(batch), options.sourceUrl, options.dataset, options.importId],
    );
    options.onProgress?.(Math.min(start + FTE_BATCH_SIZE, records.length), records.length);
  }
  return records.length;
}

/** Ids of every organisation the records name, creating the unknown ones (one statement). */
async function ensureOrganisations(manager: EntityManager, records: FteRecord[], options: FteWriteOptions): Promise<Map<string, number>> {
  const named = new Map<string, { name: string; sector: string }>();
  for (const r of records) if (!named.has(r.organisation.toLowerCase())) named.set(r.organisation.toLowerCase(), { name: r.organisation, sector: r.sector });
  const list = [...named.values()];
  await manager.query(
    `INSERT INTO organisation (name, sector, source, dataset, import_id)
     SELECT o.name, o.sector, $2, $3, $4 FROM jsonb_to_recordset($1::jsonb) AS o(name text, sector text)
      WHERE NOT EXISTS (SELECT 1 FROM organisation e WHERE lower(e.name) = lower(o.name))`,
    [JSON.stringify(list), `levering (import ${options.importId})`, options.dataset, options.importId],
  );
  const rows = await queryRows<{ id: number; name: string }>(manager, `SELECT id, name FROM organisation WHERE lower(name) = ANY($1::text[])`, [[...named.keys()]]);
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}
