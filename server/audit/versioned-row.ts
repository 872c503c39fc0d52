/**
 * Row writes shared by every audited mutation: insert, lock-and-read, and the optimistic-lock
 * update `UPDATE … WHERE id = $1 AND version = $2 … version = version + 1`. A stale version
 * writes nothing and raises CONFLICT naming the current version. Call inside the transaction
 * that also writes the AuditEntry (see audit.ts), so a change and its record commit together.
 * Table, alias and column names come from each feature's constants, never from input.
 */
import { ConflictError, NotFoundError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { queryOne } from '../common/sql.js';
import { SqlParams } from '../search/sql-params.js';

export interface TableSpec {
  /** `site`; the alias (`s`) prefixes the returning columns. */
  table: string;
  alias: string;
  /** Columns to return, written with the alias, e.g. SITE_COLUMNS. */
  returning: string;
  /** Dutch name for messages, e.g. "Locatie". */
  what: string;
}

export interface ColumnValue {
  column: string;
  value: unknown;
  /** Wraps the placeholder, e.g. geometry: (p) => `ST_SetSRID(ST_GeomFromGeoJSON(${p}), 4326)`. */
  sql?: (placeholder: string) => string;
}

export interface VersionedRow {
  id: number;
  version: number;
}

function assignments(params: SqlParams, values: ColumnValue[]): { column: string; expression: string }[] {
  return values.map((v) => {
    const placeholder = params.add(v.value);
    return { column: v.column, expression: v.sql ? v.sql(placeholder) : placeholder };
  });
}

export async function insertRow<R>(db: Queryable, spec: TableSpec, values: ColumnValue[]): Promise<R> {
  const params = new SqlParams();
  const set = assignments(params, values);
  const row = await queryOne<R>(
    db,
    `INSERT INTO ${spec.table} AS ${spec.alias} (${set.map((s) => s.column).join(', ')})
     VALUES (${set.map((s) => s.expression).join(', ')}) RETURNING ${spec.returning}`,
    params.values,
  );
  return row!;
}

/** Reads a row and locks it for the rest of the transaction; NOT_FOUND when it does not exist. */
export async function lockRow<R>(db: Queryable, spec: TableSpec, id: number): Promise<R> {
  const row = await queryOne<R>(db, `SELECT ${spec.returning} FROM ${spec.table} ${spec.alias} WHERE ${spec.alias}.id = $1 FOR UPDATE`, [id]);
  if (!row) throw new NotFoundError(spec.what, id);
  return row;
}

/**
 * Updates the given columns when the stored version equals `version`, and bumps it.
 * Order: NOT_FOUND, then CONFLICT, then the caller's check, then the write.
 * The version is compared in the UPDATE itself, so even without the lock no stale write lands.
 */
export async function updateVersioned<R extends VersionedRow>(
  db: Queryable,
  spec: TableSpec,
  change: { id: number; version: number; values: ColumnValue[]; check?: (before: R) => void | Promise<void> },
): Promise<{ before: R; after: R }> {
  const { id, version, values } = change;
  const before = await lockRow<R>(db, spec, id);
  if (before.version !== version) throw new ConflictError(spec.what, id, before.version, version);
  // Rules about the whole record (a patch combined with what is stored) are checked here,
  // after the version and before anything is written.
  await change.check?.(before);
  const params = new SqlParams();
  const idParam = params.add(id);
  const versionParam = params.add(version);
  const set = assignments(params, values).map((s) => `${s.column} = ${s.expression}`);
  // Wrapped in a CTE so the driver hands back rows (TypeORM returns [rows, count] for a bare UPDATE).
  const after = await queryOne<R>(
    db,
    `WITH changed AS (
       UPDATE ${spec.table} AS ${spec.alias} SET ${[...set, 'version = version + 1'].join(', ')}
        WHERE ${spec.alias}.id = ${idParam}::int AND ${spec.alias}.version = ${versionParam}::int
        RETURNING ${spec.returning})
     SELECT * FROM changed`,
    params.values,
  );
  if (!after) {
    const current = await lockRow<R>(db, spec, id);
    throw new ConflictError(spec.what, id, current.version, version);
  }
  return { before, after };
}
