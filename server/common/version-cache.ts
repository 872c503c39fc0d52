/**
 * Results computed only from versioned tables (fte, regions, population, sites: see
 * VERSIONED_TABLES), kept until the data version changes.
 *
 * Why it is safe: a trigger bumps `data_version` in the same transaction as every write to those
 * tables, whoever writes (API, import CLI, psql, another instance). Each lookup first reads the
 * version from the database (one tiny statement, never the 1 s re-check the tile cache allows),
 * then computes with later statements; under READ COMMITTED those see at least the data of that
 * version, so an entry is never older than the version it is filed under.
 * Do not use it inside a write transaction: its own uncommitted writes bump the version only at
 * commit.
 */
import { dataVersion, handleKey } from './data-version.js';
import type { Queryable } from './sql.js';

interface Generation<T> {
  version: string;
  entries: Map<string, Promise<T>>;
}

export class VersionCache<T> {
  /** Per database handle, so two backends in one process (the tests) stay apart. */
  private readonly byDb = new WeakMap<object, Generation<T>>();

  /** maxEntries bounds memory when callers vary their keys (every peildatum, organisation…). */
  constructor(private readonly maxEntries = 256) {}

  /**
   * The value for `key` at the current data version, computing it (once, shared) when absent.
   * `version`: the version this request already read (requestDataVersion), to avoid a second read.
   */
  async get(db: Queryable, key: string, compute: () => Promise<T>, version?: Promise<string>): Promise<T> {
    const current = await (version ?? dataVersion(db, { recheckMs: 0 }));
    return this.at(db, current, key, compute);
  }

  private at(db: Queryable, version: string, key: string, compute: () => Promise<T>): Promise<T> {
    let generation = this.byDb.get(handleKey(db));
    if (generation?.version !== version) this.byDb.set(handleKey(db), (generation = { version, entries: new Map() }));
    const known = generation.entries.get(key);
    if (known) return known;
    const entries = generation.entries;
    if (entries.size >= this.maxEntries) entries.delete(entries.keys().next().value as string);
    const computed = compute();
    entries.set(key, computed);
    // A failure (database away, timeout) is not remembered: the next request tries again.
    computed.catch(() => {
      if (entries.get(key) === computed) entries.delete(key);
    });
    return computed;
  }
}
