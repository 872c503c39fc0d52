/**
 * A statement after a failed transaction gets its own result. On the embedded backend this needs
 * help (found by security-injection-sweep.test.ts): after a unique violation inside a transaction,
 * PGlite's socket server (@electric-sql/pglite-socket 0.2.11) sends one CommandComplete too many,
 * so the next statement on the single connection would receive an empty result (plain pg reports
 * "Received unexpected commandComplete message from backend"). createDataSource replaces the
 * connection after such a transaction (server/db/database.ts); without that this test fails.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { backends, connect } from '../support/backends.js';

describe.each(backends())('statement after a failed transaction on $name', (backend) => {
  let db: DataSource;
  const table = `rp_protocol_probe_${backend.name}`;

  beforeAll(async () => {
    db = await connect(backend);
    await db.query(`CREATE TABLE IF NOT EXISTS ${table} (v text UNIQUE)`);
    await db.query(`DELETE FROM ${table}`);
    await db.query(`INSERT INTO ${table} VALUES ('a'), ('b')`);
  });

  afterAll(async () => {
    await db?.query(`DROP TABLE IF EXISTS ${table}`);
    await db?.destroy();
  });

  const check = async () => {
    await expect(
      db.transaction(async (m) => m.query(`UPDATE ${table} SET v = 'a' WHERE v = $1`, ['b'])),
    ).rejects.toMatchObject({ driverError: { code: '23505' } });
    expect(await db.query(`SELECT 1 AS n`)).toEqual([{ n: 1 }]);
    expect(await db.query(`SELECT 2 AS n`)).toEqual([{ n: 2 }]);
  };

  it('gets its own result', check);

  // The same stray message follows a statement that fails outside a transaction (a unique
  // violation, a division by zero, a bad parameter): the next statements must still get their own.
  it('gets its own result after a failed statement outside a transaction', async () => {
    const failing = [
      () => db.query(`INSERT INTO ${table} VALUES ('a')`),
      () => db.query('SELECT 1 / 0 AS n'),
      () => db.query('SELECT $1::int AS n', ['geen getal']),
    ];
    for (const [i, fail] of failing.entries()) {
      await expect(fail()).rejects.toMatchObject({
        driverError: { code: expect.stringMatching(/^(23505|22012|22P02)$/) },
      });
      expect(await db.query(`SELECT ${i} AS n`)).toEqual([{ n: i }]);
      expect(await db.query(`SELECT v FROM ${table} ORDER BY v`)).toEqual([{ v: 'a' }, { v: 'b' }]);
    }
  });
});
