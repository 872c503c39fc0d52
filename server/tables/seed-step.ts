/**
 * One seed step: a set of project files loaded as a unit. Its import_run records the files'
 * hash, so an unchanged step is skipped (idempotent) and a changed one replaces, in one
 * transaction, exactly the rows its earlier runs wrote.
 */
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { hashFiles } from './file-hash.js';
import { findRunByHash, finishRun, runIdsOfKind, startRun } from './import-run.queries.js';

export interface SeedStep {
  /** import_run.kind, e.g. 'seed:fte-gepubliceerd'. */
  kind: string;
  files: string[];
  /** Extra input that changes the result (e.g. configuration), mixed into the hash. */
  salt?: string;
  /** Database state the result depends on (e.g. which gemeenten exist), mixed into the hash. */
  stateSalt?(db: DataSource | EntityManager): Promise<string>;
  /** Removes what earlier runs of this step wrote (their import ids). */
  clear?(manager: EntityManager, previousRunIds: number[]): Promise<void>;
  /** Writes the rows, tagging them with importId; returns how many. */
  load(manager: EntityManager, importId: number): Promise<number>;
}

export type SeedStepResult = { kind: string; status: 'geladen' | 'ongewijzigd'; rows: number };

export async function stepHash(db: DataSource | EntityManager, step: SeedStep): Promise<string> {
  return hashFiles(step.files, `${step.salt ?? ''}|${(await step.stateSalt?.(db)) ?? ''}`);
}

export async function isStepCurrent(db: DataSource | EntityManager, step: SeedStep): Promise<boolean> {
  return (await findRunByHash(db, step.kind, await stepHash(db, step), 'gepubliceerd')) !== undefined;
}

/**
 * Salt for steps that place rows on gemeenten: after coarse fallback boundaries (no gemeenten)
 * the step runs again once the CBS gemeenten are there.
 */
export async function gemeenteState(db: DataSource | EntityManager): Promise<string> {
  const [row] = (await db.query(
    `SELECT count(*)::int AS n, max(year) AS year FROM region WHERE kind = 'gemeente'`,
  )) as { n: number; year: number | null }[];
  return `gemeenten:${row?.n ?? 0}:${row?.year ?? ''}`;
}

export async function runSeedStep(db: DataSource, step: SeedStep): Promise<SeedStepResult> {
  const fileHash = await stepHash(db, step);
  const previous = await findRunByHash(db, step.kind, fileHash, 'gepubliceerd');
  if (previous) return { kind: step.kind, status: 'ongewijzigd', rows: previous.rows_written };
  return db.transaction(async (manager) => {
    const previousIds = await runIdsOfKind(manager, step.kind);
    if (previousIds.length > 0) await step.clear?.(manager, previousIds);
    const fileName = step.files.map((f) => path.basename(f)).join(', ');
    const importId = await startRun(manager, {
      kind: step.kind,
      fileName,
      fileHash,
      dataset: 'gepubliceerd',
      actor: 'seed',
    });
    const rows = await step.load(manager, importId);
    await finishRun(manager, importId, { total: rows, written: rows, rejected: 0 });
    return { kind: step.kind, status: 'geladen', rows };
  });
}
