/**
 * Runs one import: the same file again changes nothing (its hash is in import_run); otherwise
 * every row is validated first and, when any is bad, nothing is written and all problems are
 * reported (ImportRejectedError) — unless acceptValid, which writes the valid rows and reports
 * the rest. The write, its import_run and audit entries are one transaction: the database audits
 * every row the import writes, before and after (rp.import_actor, migration 1763800014600), and a
 * row that would link the two datasets refuses the whole file.
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { writeAudit } from '../audit/audit.js';
import { brokenConstraint } from '../common/db-errors.js';
import type { Dataset } from '../../common/domain.js';
import { isDataException } from '../db/availability.js';
import { hashFile } from '../tables/file-hash.js';
import { refuseFormulaCells } from '../tables/formula-cells.js';
import { findRunByHash, finishRun, startRun } from '../tables/import-run.queries.js';
import type { ImportHandler, ImportOptions } from './import-handler.js';
import { ImportRejectedError, type RowError } from '../tables/row-errors.js';
import { readTable, requireReadableFile, type Table } from '../tables/table-reader.js';

export interface RunImportInput extends ImportOptions {
  file: string;
  actor: string;
  acceptValid?: boolean;
}

export interface ImportResult {
  status: 'geïmporteerd' | 'ongewijzigd';
  importId: number;
  rowsTotal: number;
  rowsWritten: number;
  rowsRejected: number;
  /** Rejected rows (only when acceptValid let the valid ones through). */
  errors: RowError[];
}

const KIND_LABELS: Record<string, string> = { profiles: 'Ontwikkelprofielen', boundaries: 'Gebiedsgrenzen' };

/** The kind does not belong in the dataset asked for (reference data is published only). */
export class ImportDatasetError extends Error {
  constructor(
    readonly kind: string,
    readonly dataset: Dataset,
  ) {
    super(
      `${KIND_LABELS[kind] ?? kind} horen niet bij de fictieve voorbeelddata (${dataset}): ` +
        'het zijn gepubliceerde gegevens die beide datasets delen; importeer zonder --demo',
    );
    this.name = 'ImportDatasetError';
  }
}

export async function runImport<T>(
  db: DataSource,
  handler: ImportHandler<T>,
  input: RunImportInput,
): Promise<ImportResult> {
  if (handler.datasets && !handler.datasets.includes(input.dataset))
    throw new ImportDatasetError(handler.kind, input.dataset);
  requireReadableFile(input.file);
  const fileHash = hashFile(input.file);
  const previous = await findRunByHash(db, handler.kind, fileHash, input.dataset);
  if (previous) {
    return {
      status: 'ongewijzigd',
      importId: previous.id,
      rowsTotal: previous.rows_total,
      rowsWritten: 0,
      rowsRejected: 0,
      errors: [],
    };
  }
  input.progress?.('lezen', 0, 1);
  const read: Table = handler.tabular === false ? { columns: [], rows: [] } : await readTable(input.file);
  const { table, errors: formulaErrors } = refuseFormulaCells(read);
  const checked = await handler.prepare({ ...input, db, table });
  const prepared = {
    ...checked,
    errors: [...formulaErrors, ...checked.errors].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column)),
  };
  const total = checked.total ?? read.rows.length;
  if (prepared.errors.length > 0 && !input.acceptValid)
    throw new ImportRejectedError(path.basename(input.file), prepared.errors, total);
  return writeRun(db, handler, input, fileHash, prepared, total).catch((error: unknown) => {
    // A value that passed row validation but not the database (too large, an odd character), or
    // a row that would link published data to fictional data: the transaction rolled back, so
    // the file is refused like any other bad delivery.
    const refuse = (reason: string) =>
      new ImportRejectedError(path.basename(input.file), [{ line: 1, column: '-', reason }], total);
    if (isDataException(error))
      throw refuse('een waarde in het bestand is ongeldig of te groot voor de database; er is niets geschreven');
    const datasetRule = brokenConstraint(error);
    if (datasetRule) throw refuse(`${datasetRule.message} (${input.dataset}); er is niets geschreven`);
    throw error;
  });
}

async function writeRun<T>(
  db: DataSource,
  handler: ImportHandler<T>,
  input: RunImportInput,
  fileHash: string,
  prepared: { records: T[]; errors: RowError[] },
  total: number,
): Promise<ImportResult> {
  return db.transaction(async (manager) => {
    const fileName = path.basename(input.file);
    // Transaction-local: the audit triggers record each row this transaction writes, by this actor.
    await manager.query(`SELECT set_config('rp.import_actor', $1, true)`, [input.actor]);
    const importId = await startRun(manager, {
      kind: handler.kind,
      fileName,
      fileHash,
      dataset: input.dataset,
      actor: input.actor,
    });
    const context = { ...input, importId, sourceUrl: input.sourceUrl ?? `import:${importId}/${fileName}` };
    const written = await handler.write(manager, prepared.records, context);
    await handler.after?.(manager, prepared.records, context);
    const rejected = new Set(prepared.errors.map((e) => e.line)).size;
    await finishRun(manager, importId, { total, written, rejected });
    await writeAudit(manager, {
      actor: input.actor,
      action: 'import',
      entity: 'import_run',
      entityId: importId,
      before: null,
      after: { kind: handler.kind, file: fileName, fileHash, dataset: input.dataset, total, written, rejected },
    });
    return {
      status: 'geïmporteerd',
      importId,
      rowsTotal: total,
      rowsWritten: written,
      rowsRejected: rejected,
      errors: prepared.errors,
    };
  });
}
