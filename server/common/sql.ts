/**
 * The one way to send SQL. A statement built from parts is a pg-sql2 fragment (`sql\`…\``):
 * its template text is code, every value goes through `sql.value` and becomes a `$n` parameter,
 * and interpolating a plain string throws at run time — input can never become SQL text. A fixed
 * statement with no parts may still be passed as constant text with its parameters.
 * pg-sql2 5.0.1 declares engines node >= 22 but runs on Node 20 (test/unit/safe-sql.test.ts).
 */
import { sql, type SQL, type SQLRawValue } from 'pg-sql2';
import type { DataSource, EntityManager } from 'typeorm';

export { sql, type SQL };

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** A value of any type as a parameter (dates, json objects: pg serialises them as before). */
export function val(value: unknown): SQL {
  return sql.value(value as SQLRawValue);
}

/** Conditions joined with AND, each in parentheses; none means every row. */
export function whereAll(conditions: readonly SQL[]): SQL {
  if (conditions.length === 0) return sql`TRUE`;
  return sql.join(
    conditions.map((c) => sql`(${c})`),
    ' AND ',
  );
}

/** Text and values of a fragment; a plain string is refused (pg-sql2 throws). */
export function compileSql(query: SQL): { text: string; values: unknown[] } {
  const { text, values } = sql.compile(query);
  return { text, values };
}

/**
 * Rows of a statement: a fragment, or constant text with `$n` parameters. A long fixed statement
 * whose only parts are identifiers (sql.identifier) may keep its `$n` and pass `params`; such a
 * fragment must then hold no sql.value, or the two numberings would clash.
 */
export async function queryRows<T>(db: Queryable, query: SQL | string, params: unknown[] = []): Promise<T[]> {
  if (typeof query === 'string') return (await db.query(query, params)) as T[];
  const { text, values } = compileSql(query);
  if (values.length > 0 && params.length > 0)
    throw new Error('queryRows: sql.value and $n parameters in one statement');
  return (await db.query(text, values.length > 0 ? values : params)) as T[];
}

export async function queryOne<T>(db: Queryable, query: SQL | string, params: unknown[] = []): Promise<T | undefined> {
  const rows = await queryRows<T>(db, query, params);
  return rows[0];
}

/** numeric columns arrive from pg as strings; null stays null (a missing figure is not zero). */
export function toNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** ASC or DESC as SQL; anything but 'DESC' sorts ascending (the GraphQL enum allows only these two). */
export function direction(value: 'ASC' | 'DESC'): SQL {
  return value === 'DESC' ? sql`DESC` : sql`ASC`;
}
