/**
 * The data version: what tile caches and ETags key on, so that a write makes them stale.
 *
 * Two sources, combined into one string:
 * - the database counter `data_version.version`, bumped at commit by a trigger on every table
 *   whose content reaches tiles, OGC API or exports (migration 1763800003000) — this catches
 *   writes from anywhere: the API, `npm run import`, seeds, psql, and other instances;
 * - a local counter that code in this process bumps through `invalidateTiles()` right after a
 *   write, so its own next request never waits for the re-check interval.
 * The database counter is read at most once per `recheckMs` (default 1 s): a cached tile then
 * costs no query, and a write elsewhere shows within a second.
 */
import { DataSource } from 'typeorm';
import type { Queryable } from './sql.js';
import { queryOne, sql } from './sql.js';

const DEFAULT_RECHECK_MS = 1000;

let localVersion = 0;

interface Checked {
  version: string;
  at: number;
  local: number;
}

/** Keyed by the database (handleKey), so tests with two backends in one process stay apart. */
const checked = new WeakMap<object, Checked>();

/**
 * What caches key a database handle on: a DataSource and every view of it (the pool guard gives
 * each request and surface its own view, db/pool-guard.ts) share their driver, so they share one
 * entry; any other handle (a transaction's manager) is its own.
 */
export function handleKey(db: object): object {
  return db instanceof DataSource ? db.driver : db;
}

/** Call after any write that tiles, OGC or exports show. Cheap; never throws. */
export function invalidateTiles(): void {
  localVersion += 1;
}

export interface DataVersionOptions {
  recheckMs?: number;
  now?: () => number;
}

/** "<database version>.<local version>"; changes whenever the data may have changed. */
export async function dataVersion(db: Queryable, options: DataVersionOptions = {}): Promise<string> {
  const now = (options.now ?? Date.now)();
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const last = checked.get(handleKey(db));
  if (last && last.local === localVersion && now - last.at < recheckMs) return last.version;
  const local = localVersion;
  const row = await queryOne<{ version: string }>(db, 'SELECT version::text AS version FROM data_version');
  const version = `${row?.version ?? '0'}.${local}`;
  checked.set(handleKey(db), { version, at: now, local });
  return version;
}

/**
 * The database counter as a column of another statement (a list whose items read versioned
 * results), so the version costs no round trip of its own: `(SELECT …) AS data_version`.
 */
export const DATA_VERSION_COLUMN = sql`(SELECT version::text FROM data_version) AS data_version`;

/**
 * Call just before sending a statement with DATA_VERSION_COLUMN; the function it returns turns
 * the value read into the same version string as dataVersion (the local counter as it was when
 * the statement left, so a write in between is never missed) and remembers it as checked.
 */
export function dataVersionRead(db: Queryable, now: () => number = Date.now): (read: string | null) => string {
  const at = now();
  const local = localVersion;
  return (read) => {
    const version = `${read ?? '0'}.${local}`;
    const last = checked.get(handleKey(db));
    if (!last || last.at <= at) checked.set(handleKey(db), { version, at, local });
    return version;
  };
}
