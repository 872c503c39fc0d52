/** The data version: re-read from the database at most once per interval, at once after invalidateTiles(). */
import { describe, expect, it } from 'vitest';
import { dataVersion, dataVersionRead, invalidateTiles } from '../../server/common/data-version.js';
import type { Queryable } from '../../server/common/sql.js';

/** Stands in for the database: only the one-row counter query. */
function fakeDb() {
  const db = {
    version: 7,
    reads: 0,
    query: (async () => {
      db.reads += 1;
      return [{ version: String(db.version) }];
    }) as Queryable['query'],
  };
  return db;
}

describe('dataVersion', () => {
  it('reads the database counter at most once per recheck interval', async () => {
    const db = fakeDb();
    let now = 1000;
    const options = { recheckMs: 500, now: () => now };
    const first = await dataVersion(db, options);
    expect(first).toMatch(/^7\.\d+$/);
    db.version = 8;
    now += 100;
    expect(await dataVersion(db, options)).toBe(first);
    expect(db.reads).toBe(1);
    now += 500;
    expect(await dataVersion(db, options)).toMatch(/^8\./);
    expect(db.reads).toBe(2);
  });

  it('changes at once after invalidateTiles(), without waiting for the interval', async () => {
    const db = fakeDb();
    const options = { recheckMs: 60_000 };
    const before = await dataVersion(db, options);
    invalidateTiles();
    const after = await dataVersion(db, options);
    expect(after).not.toBe(before);
    expect(db.reads).toBe(2);
  });
});

describe('dataVersionRead (the counter read inside another statement)', () => {
  it('gives the same version string as dataVersion and counts as a check', async () => {
    const db = fakeDb();
    const options = { recheckMs: 60_000 };
    const read = dataVersionRead(db);
    const version = read('7');
    expect(version).toBe(await dataVersion(db, options));
    expect(db.reads).toBe(0); // the value read with the other statement was remembered
  });

  it('keeps the local counter of when the statement left: a write meanwhile is not hidden', async () => {
    const db = fakeDb();
    const read = dataVersionRead(db);
    invalidateTiles(); // a write in this process while the statement was under way
    const during = read('7');
    expect(await dataVersion(db, { recheckMs: 60_000 })).not.toBe(during);
    expect(db.reads).toBe(1);
  });

  it('reads an absent counter as 0, as dataVersion does', () => {
    expect(dataVersionRead(fakeDb())(null)).toMatch(/^0\.\d+$/);
  });
});
