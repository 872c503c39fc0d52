/**
 * The database backends every integration suite runs against, and a shared, migrated and
 * seeded fixture per backend. Use: `describe.each(backends())('… ($name)', (backend) => …)`.
 */
import path from 'node:path';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import type { DatabaseMode } from '../../server/config.js';
import { loadConfig } from '../../server/config.js';
import { createDataSource } from '../../server/db/database.js';
import { needsSeeding, seedDatabase } from '../../seeds/seed.js';

export interface Backend {
  name: DatabaseMode;
  url: string;
}

export function backends(): Backend[] {
  const list: Backend[] = [{ name: 'embedded', url: inject('embeddedUrl') }];
  const postgresUrl = inject('postgresUrl');
  if (postgresUrl) list.push({ name: 'postgres', url: postgresUrl });
  return list;
}

/** The shared folder with CBS boundaries and stations; the tests need it (CI has ../shared). */
export function sharedDataDir(): string {
  const dir = loadConfig({ ...process.env, DATABASE_URL: undefined }).sharedDataDir;
  if (!dir)
    throw new Error('Geen gedeelde datamap gevonden: zet SHARED_DATA_DIR of plaats ../shared naast de checkout');
  return path.resolve(dir);
}

/**
 * A connected, migrated DataSource. Seeded with boundaries and stations when `seed` is set;
 * statementTimeoutMs sets PostgreSQL's statement_timeout (PGlite ignores it); connectionTimeoutMs
 * how long a request waits for a connection (default 5 s, as in production).
 */
export async function connect(
  backend: Backend,
  options: { seed?: boolean; statementTimeoutMs?: number; connectionTimeoutMs?: number } = {},
): Promise<DataSource> {
  const dataSource = createDataSource({
    url: backend.url,
    mode: backend.name,
    statementTimeoutMs: options.statementTimeoutMs,
    connectionTimeoutMs: options.connectionTimeoutMs,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (options.seed && (await needsSeeding(dataSource))) {
    const config = loadConfig({ ...process.env, DATABASE_URL: undefined, SHARED_DATA_DIR: sharedDataDir() });
    await seedDatabase(dataSource, config, { info: () => {}, warn: () => {} });
  }
  return dataSource;
}
