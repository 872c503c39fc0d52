/**
 * Reads of import_run: which delivery (file, by SHA-256 hash) brought data in, what became of
 * its rows, who ran it and when. Provenance for sites, regions and fte figures. No geometry.
 */
import type { Dataset } from '../../common/domain.js';
import type { ImportRunRow as ImporterRunRow } from '../tables/import-run.queries.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';

/** The importer's row (server/imports), with the times the API shows. */
export interface ImportRunRow extends ImporterRunRow {
  started_at: Date;
  finished_at: Date | null;
}

const COLUMNS = 'i.id, i.kind, i.file_name, i.file_hash, i.dataset, i.rows_total, i.rows_written, i.rows_rejected, i.actor, i.started_at, i.finished_at';

/** Newest first, then by id. */
export async function searchImportRuns(db: Queryable, filter: { kind?: string; dataset?: Dataset }, page: Page): Promise<PageRows<ImportRunRow>> {
  const params = new SqlParams();
  const conditions: string[] = [];
  if (filter.kind) conditions.push(`i.kind = ${params.add(filter.kind)}`);
  if (filter.dataset) conditions.push(`i.dataset = ${params.add(filter.dataset)}`);
  return listPage<ImportRunRow>(db, params, { columns: COLUMNS, from: 'import_run i', where: whereClause(conditions), orderBy: 'i.started_at DESC, i.id DESC' }, page);
}

export async function importRunsByIds(db: Queryable, ids: readonly number[]): Promise<ImportRunRow[]> {
  return queryRows<ImportRunRow>(db, `SELECT ${COLUMNS} FROM import_run i WHERE i.id = ANY($1::int[])`, [ids]);
}
