/**
 * On PostgreSQL the API's parameterised SQL goes out as named prepared statements (parsed once per
 * connection), with PostgreSQL's own plan choice (plan_cache_mode auto: generic after five calls where
 * no worse; the tile functions force custom plans themselves); DATABASE_PREPARED_STATEMENTS=false
 * sends it unnamed.
 * A statement that reads pg_prepared_statements finds itself there only when it was prepared.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/db/database.js';
import { backends } from '../support/backends.js';

const postgres = backends().find((b) => b.name === 'postgres');
const PROBE = `SELECT name, current_setting('plan_cache_mode') AS plan_cache_mode FROM pg_prepared_statements WHERE statement LIKE '%' || $1 || '%'`;

describe.skipIf(!postgres)('prepared statements on PostgreSQL', () => {
  let dataSource: DataSource | undefined;
  afterEach(async () => {
    await dataSource?.destroy();
    dataSource = undefined;
  });

  async function probe(preparedStatements: boolean): Promise<{ name: string; plan_cache_mode: string }[]> {
    dataSource = createDataSource({ url: postgres!.url, mode: 'postgres', preparedStatements });
    await dataSource.initialize();
    const first = await dataSource.query(PROBE, ['pg_prepared_statements WHERE']);
    const again = await dataSource.query(PROBE, ['pg_prepared_statements WHERE']);
    expect(again).toEqual(first);
    return first;
  }

  it('names a parameterised statement and leaves the plan choice to PostgreSQL', async () => {
    const rows = await probe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toMatch(/^rp_[0-9a-f]{6}_\d+$/);
    expect(rows[0]!.plan_cache_mode).toBe('auto');
  });

  it('sends it unnamed when turned off', async () => {
    expect(await probe(false)).toEqual([]);
  });

  it('falls back to unnamed statements when the session already holds the name', async () => {
    // Where connections share one session (the embedded socket server behind a postgres:// URL),
    // another connection may have prepared the name. Made to happen here by making pg forget
    // that it prepared the statement on this connection, so it sends the Parse again.
    dataSource = createDataSource({ url: postgres!.url, mode: 'postgres' });
    await dataSource.initialize();
    expect((await dataSource.query('SELECT $1::int AS n', [1]))[0].n).toBe(1);
    const pool = (
      dataSource.driver as unknown as { master: { _clients: { connection: { parsedStatements: object } }[] } }
    ).master;
    for (const client of pool._clients) client.connection.parsedStatements = {};
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect((await dataSource.query('SELECT $1::int AS n', [2]))[0].n).toBe(2);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/prepared statements staan uit/));
    } finally {
      warn.mockRestore();
    }
    expect(await dataSource.query(PROBE, ['pg_prepared_statements WHERE'])).toEqual([]);
  });
});
