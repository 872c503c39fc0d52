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
import type { Queryable } from './sql.js';
import { queryOne } from './sql.js';

const DEFAULT_RECHECK_MS = 1000;

let localVersion = 0;

interface Checked {
  version: string;
  at: number;
  local: number;
}

/** Keyed by the database handle, so tests with two backends in one process stay apart. */
const checked = new WeakMap<object, Checked>();

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
  const last = checked.get(db);
  if (last && last.local === localVersion && now - last.at < recheckMs) return last.version;
  const local = localVersion;
  const row = await queryOne<{ version: string }>(db, 'SELECT version::text AS version FROM data_version');
  const version = `${row?.version ?? '0'}.${local}`;
  checked.set(db, { version, at: now, local });
  return version;
}
