/**
 * Reads of import_run: which delivery (file, by SHA-256 hash) brought data in, what became of
 * its rows, who ran it and when. Provenance for sites, regions and fte figures. No geometry.
 */
import type { Dataset } from '../../common/domain.js';
import type { ImportRunRow } from '../tables/import-run.queries.js';
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { listPage, type PageRows } from '../search/paging.js';

/** One row type for import_run, written by the importer and seeds (tables/import-run.queries.ts). */
export type { ImportRunRow };

const COLUMNS = sql`i.id, i.kind, i.file_name, i.file_hash, i.dataset, i.rows_total, i.rows_written, i.rows_rejected, i.actor, i.started_at, i.finished_at`;

/** Newest first, then by id. */
export async function searchImportRuns(
  db: Queryable,
  filter: { kind?: string; dataset?: Dataset },
  page: Page,
): Promise<PageRows<ImportRunRow>> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(sql`i.kind = ${val(filter.kind)}`);
  if (filter.dataset) conditions.push(sql`i.dataset = ${val(filter.dataset)}`);
  return listPage<ImportRunRow>(
    db,
    {
      columns: COLUMNS,
      from: sql`import_run i`,
      where: whereAll(conditions),
      orderBy: sql`i.started_at DESC, i.id DESC`,
    },
    page,
  );
}

export async function importRunsByIds(db: Queryable, ids: readonly number[]): Promise<ImportRunRow[]> {
  return queryRows<ImportRunRow>(db, sql`SELECT ${COLUMNS} FROM import_run i WHERE i.id = ANY(${val(ids)}::int[])`);
}
