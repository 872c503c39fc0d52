/**
 * import_run: one row per delivery or seed file that was written, with its SHA-256, counts,
 * actor and time. Rows written by it carry its id (import_id), so every figure traces back.
 */
import type { Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryOne, queryRows } from '../common/sql.js';

export interface ImportRunRow {
  id: number;
  kind: string;
  file_name: string;
  file_hash: string;
  dataset: Dataset;
  rows_total: number;
  rows_written: number;
  rows_rejected: number;
  actor: string;
  started_at: Date;
  /** null while the run is under way, or when it did not finish. */
  finished_at: Date | null;
}

/** The earlier run of this kind with the same file content (and dataset), if any. */
export async function findRunByHash(
  db: Queryable,
  kind: string,
  fileHash: string,
  dataset: Dataset,
): Promise<ImportRunRow | undefined> {
  return queryOne<ImportRunRow>(
    db,
    `SELECT id, kind, file_name, file_hash, dataset, rows_total, rows_written, rows_rejected, actor, started_at, finished_at
       FROM import_run WHERE kind = $1 AND file_hash = $2 AND dataset = $3 AND finished_at IS NOT NULL
      ORDER BY id DESC LIMIT 1`,
    [kind, fileHash, dataset],
  );
}

/** Ids of every earlier run of a kind (seeds replace what their earlier runs wrote). */
export async function runIdsOfKind(db: Queryable, kind: string): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, 'SELECT id FROM import_run WHERE kind = $1', [kind]);
  return rows.map((r) => r.id);
}

export async function startRun(
  db: Queryable,
  run: { kind: string; fileName: string; fileHash: string; dataset: Dataset; actor: string },
): Promise<number> {
  const row = await queryOne<{ id: number }>(
    db,
    `INSERT INTO import_run (kind, file_name, file_hash, dataset, rows_total, rows_written, rows_rejected, actor)
     VALUES ($1, $2, $3, $4, 0, 0, 0, $5) RETURNING id`,
    [run.kind, run.fileName, run.fileHash, run.dataset, run.actor],
  );
  return row!.id;
}

export async function finishRun(
  db: Queryable,
  id: number,
  counts: { total: number; written: number; rejected: number },
): Promise<void> {
  await db.query(
    `UPDATE import_run SET rows_total = $2, rows_written = $3, rows_rejected = $4, finished_at = now() WHERE id = $1`,
    [id, counts.total, counts.written, counts.rejected],
  );
}
