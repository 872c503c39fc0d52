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
  /** Removes what earlier runs of this step wrote (their import ids). */
  clear?(manager: EntityManager, previousRunIds: number[]): Promise<void>;
  /** Writes the rows, tagging them with importId; returns how many. */
  load(manager: EntityManager, importId: number): Promise<number>;
}

export type SeedStepResult = { kind: string; status: 'geladen' | 'ongewijzigd'; rows: number };

export function stepHash(step: SeedStep): string {
  return hashFiles(step.files, step.salt ?? '');
}

export async function isStepCurrent(db: DataSource | EntityManager, step: SeedStep): Promise<boolean> {
  return (await findRunByHash(db, step.kind, stepHash(step), 'gepubliceerd')) !== undefined;
}

export async function runSeedStep(db: DataSource, step: SeedStep): Promise<SeedStepResult> {
  const fileHash = stepHash(step);
  const previous = await findRunByHash(db, step.kind, fileHash, 'gepubliceerd');
  if (previous) return { kind: step.kind, status: 'ongewijzigd', rows: previous.rows_written };
  return db.transaction(async (manager) => {
    const previousIds = await runIdsOfKind(manager, step.kind);
    if (previousIds.length > 0) await step.clear?.(manager, previousIds);
    const fileName = step.files.map((f) => path.basename(f)).join(', ');
    const importId = await startRun(manager, { kind: step.kind, fileName, fileHash, dataset: 'gepubliceerd', actor: 'seed' });
    const rows = await step.load(manager, importId);
    await finishRun(manager, importId, { total: rows, written: rows, rejected: 0 });
    return { kind: step.kind, status: 'geladen', rows };
  });
}
