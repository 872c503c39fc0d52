/**
 * The integration backends start migrated and seeded, cloned from a template made once
 * (test/support/seeded-template.ts): no suite pays for seeding the CBS boundaries itself.
 * Checked on a plain connection before any suite code connects, migrates or seeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/db/entities.js';
import { backends } from '../support/backends.js';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe.each(backends())('backend $name at the start of a suite', (backend) => {
  it('has every migration applied and the boundaries, stations and published figures seeded', async () => {
    const [counts] = await query<Record<string, number>>(
      backend.url,
      `SELECT
      (SELECT count(*)::int FROM migrations) AS migrations,
      (SELECT count(*)::int FROM region WHERE kind = 'gemeente') AS gemeenten,
      (SELECT count(*)::int FROM station) AS stations,
      (SELECT count(*)::int FROM fte_count WHERE dataset = 'gepubliceerd') AS published`,
    );
    expect(counts!.migrations).toBe(MIGRATIONS.length);
    expect(counts!.gemeenten).toBeGreaterThan(300);
    expect(counts!.stations).toBeGreaterThan(300);
    expect(counts!.published).toBeGreaterThan(0);
  });

  it('was cloned from a template that carries the key of the sources it was seeded from', async () => {
    if (backend.name === 'embedded') {
      const tarballs = fs.readdirSync(path.resolve('test-output', 'cache')).filter((f) => f.startsWith('embedded-'));
      expect(tarballs).toEqual([expect.stringMatching(/^embedded-[0-9a-f]{16}\.tar\.gz$/)]);
      return;
    }
    const database = new URL(backend.url).pathname.slice(1);
    const rows = await query<{ key: string | null }>(
      backend.url,
      `SELECT shobj_description(oid, 'pg_database') AS key FROM pg_database WHERE datname = '${database}_template'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^[0-9a-f]{16}$/);
  });
});
