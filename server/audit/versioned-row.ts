/**
 * Row writes shared by every audited mutation: insert, lock-and-read, and the optimistic-lock
 * update `UPDATE … WHERE id = $1 AND version = $2 … version = version + 1`. A stale version
 * writes nothing and raises CONFLICT naming the current version. Call inside the transaction
 * that also writes the AuditEntry (see audit.ts), so a change and its record commit together.
 * Table, alias and column names come from each feature's constants and are quoted as identifiers.
 */
import { ConflictError, NotFoundError } from '../common/errors.js';
import type { Queryable, SQL } from '../common/sql.js';
import { queryOne, sql, val } from '../common/sql.js';

export interface TableSpec {
  /** `site`; the alias (`s`) prefixes the returning columns. */
  table: string;
  alias: string;
  /** Columns to return, written with the alias, e.g. SITE_COLUMNS. */
  returning: SQL;
  /** Dutch name for messages, e.g. "Locatie". */
  what: string;
}

export interface ColumnValue {
  column: string;
  value: unknown;
  /** Wraps the value, e.g. geometry: (v) => sql`ST_SetSRID(ST_GeomFromGeoJSON(${v}), 4326)`. */
  sql?: (value: SQL) => SQL;
}

export interface VersionedRow {
  id: number;
  version: number;
}

function assignments(values: ColumnValue[]): { column: SQL; expression: SQL }[] {
  return values.map((v) => ({
    column: sql.identifier(v.column),
    expression: v.sql ? v.sql(val(v.value)) : val(v.value),
  }));
}

function tableAs(spec: TableSpec): SQL {
  return sql`${sql.identifier(spec.table)} AS ${sql.identifier(spec.alias)}`;
}

export async function insertRow<R>(db: Queryable, spec: TableSpec, values: ColumnValue[]): Promise<R> {
  const set = assignments(values);
  const row = await queryOne<R>(
    db,
    sql`INSERT INTO ${tableAs(spec)} (${sql.join(
      set.map((s) => s.column),
      ', ',
    )})
     VALUES (${sql.join(
       set.map((s) => s.expression),
       ', ',
     )}) RETURNING ${spec.returning}`,
  );
  return row!;
}

/** Reads a row and locks it for the rest of the transaction; NOT_FOUND when it does not exist. */
export async function lockRow<R>(db: Queryable, spec: TableSpec, id: number): Promise<R> {
  const row = await queryOne<R>(
    db,
    sql`SELECT ${spec.returning} FROM ${tableAs(spec)} WHERE ${sql.identifier(spec.alias, 'id')} = ${val(id)} FOR UPDATE`,
  );
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
  const set = assignments(values).map((s) => sql`${s.column} = ${s.expression}`);
  const alias = (column: string) => sql.identifier(spec.alias, column);
  // Wrapped in a CTE so the driver hands back rows (TypeORM returns [rows, count] for a bare UPDATE).
  const after = await queryOne<R>(
    db,
    sql`WITH changed AS (
       UPDATE ${tableAs(spec)} SET ${sql.join([...set, sql`version = version + 1`], ', ')}
        WHERE ${alias('id')} = ${val(id)}::int AND ${alias('version')} = ${val(version)}::int
        RETURNING ${spec.returning})
     SELECT * FROM changed`,
  );
  if (!after) {
    const current = await lockRow<R>(db, spec, id);
    throw new ConflictError(spec.what, id, current.version, version);
  }
  return { before, after };
}
