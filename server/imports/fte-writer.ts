/**
 * Writes validated fte records in batches through json_to_recordset (one statement per batch,
 * values as one parameter), upserting on the cell (uq_fte_cell) so a newer delivery replaces
 * the figure for its cell and every row carries the import_id of the delivery it came from.
 * Organisations named for the first time are created with the sector the delivery gives.
 */
import type { EntityManager } from 'typeorm';
import type { Dataset } from '../../common/domain.js';
import { queryRows } from '../common/sql.js';
import type { FteRecord } from './fte-rows.js';

export const FTE_BATCH_SIZE = 10_000;

export interface FteWriteOptions {
  importId: number;
  dataset: Dataset;
  sourceUrl: string;
  onProgress?: (written: number, total: number) => void;
}

export async function writeFteRecords(
  manager: EntityManager,
  records: FteRecord[],
  options: FteWriteOptions,
): Promise<number> {
  const organisationIds = await ensureOrganisations(manager, records, options);
  for (let start = 0; start < records.length; start += FTE_BATCH_SIZE) {
    // One-letter keys and json (not jsonb): parsing is most of the cost on the embedded database.
    const batch = records.slice(start, start + FTE_BATCH_SIZE).map((r) => ({
      d: r.peildatum,
      s: r.scope,
      r: r.region_code,
      l: r.site_id,
      c: r.sector,
      o: organisationIds.get(r.organisation.toLowerCase()),
      f: r.fte,
      w: r.fte_as_written,
    }));
    await manager.query(
      `INSERT INTO fte_count (peildatum, peildatum_basis, scope, region_code, site_id, sector, organisation_id, fte, fte_as_written, source_url, dataset, import_id)
       SELECT r.d, 'stated', r.s, r.r, r.l, r.c, r.o, r.f, r.w, $2, $3, $4
         FROM json_to_recordset($1::json) AS r(d date, s text, r text, l int, c text, o int, f numeric, w text)
       ON CONFLICT ON CONSTRAINT uq_fte_cell DO UPDATE
         SET fte = EXCLUDED.fte, fte_as_written = EXCLUDED.fte_as_written, source_url = EXCLUDED.source_url, import_id = EXCLUDED.import_id`,
      [JSON.stringify(batch), options.sourceUrl, options.dataset, options.importId],
    );
    options.onProgress?.(Math.min(start + FTE_BATCH_SIZE, records.length), records.length);
  }
  return records.length;
}

/** Ids of every organisation the records name, creating the unknown ones (one statement). */
async function ensureOrganisations(
  manager: EntityManager,
  records: FteRecord[],
  options: FteWriteOptions,
): Promise<Map<string, number>> {
  const named = new Map<string, { name: string; sector: string }>();
  for (const r of records)
    if (!named.has(r.organisation.toLowerCase()))
      named.set(r.organisation.toLowerCase(), { name: r.organisation, sector: r.sector });
  const list = [...named.values()];
  await manager.query(
    `INSERT INTO organisation (name, sector, source, dataset, import_id)
     SELECT o.name, o.sector, $2, $3, $4 FROM jsonb_to_recordset($1::jsonb) AS o(name text, sector text)
      WHERE NOT EXISTS (SELECT 1 FROM organisation e WHERE lower(e.name) = lower(o.name))`,
    [JSON.stringify(list), `levering (import ${options.importId})`, options.dataset, options.importId],
  );
  const rows = await queryRows<{ id: number; name: string }>(
    manager,
    `SELECT id, name FROM organisation WHERE lower(name) = ANY($1::text[])`,
    [[...named.keys()]],
  );
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}
