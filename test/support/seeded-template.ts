/**
 * Seed once, clone per run: the migrated and seeded databases the integration tests start from.
 * - Embedded: a PGlite tarball (dumpDataDir) in test-output/cache, loaded into memory by each run.
 * - PostgreSQL: a template database `<test db>_template`; the test database is recreated from it
 *   with CREATE DATABASE … TEMPLATE (a file copy on the server).
 * Both carry a key of the migrations, the seed code and files, the shared data and the installed
 * packages; a change in any of them makes a new template, so a template is never stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../server/config.js';
import { createDataSource } from '../../server/db/database.js';
import { startEmbeddedDatabase } from '../../server/db/embedded.js';
import { seedDatabase } from '../../seeds/seed.js';
import { sourceKey, statKey } from './source-key.js';

const CACHE = path.resolve('test-output', 'cache');
const quiet = { info: () => {}, warn: () => {} };

function seedConfig() {
  const config = loadConfig({ ...process.env, DATABASE_URL: undefined });
  if (!config.sharedDataDir)
    throw new Error('Geen gedeelde datamap gevonden: zet SHARED_DATA_DIR of plaats ../shared naast de checkout');
  return config;
}

/** Everything that shapes a seeded database. */
function templateKey(): string {
  const config = seedConfig();
  const settings = {
    demo: config.demo,
    randstad: config.randstadProvinces,
    grens: config.grensregioCodes,
    geocoder: config.geocoder,
  };
  const shared = statKey([path.join(config.sharedDataDir!, 'geo'), path.join(config.sharedDataDir!, 'data')]);
  return sourceKey(['server', 'seeds', 'geo', 'common', 'package-lock.json'], { settings, shared });
}

async function migrateAndSeed(url: string, mode: 'embedded' | 'postgres'): Promise<void> {
  const dataSource = createDataSource({ url, mode });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await seedDatabase(dataSource, seedConfig(), quiet);
  } finally {
    await dataSource.destroy();
  }
}

/** The path of a seeded PGlite tarball for the current sources, made now when missing. */
export async function embeddedTemplate(): Promise<string> {
  const file = path.join(CACHE, `embedded-${templateKey()}.tar.gz`);
  if (fs.existsSync(file)) return file;
  const started = Date.now();
  const db = await startEmbeddedDatabase({});
  try {
    await migrateAndSeed(db.url, 'embedded');
    fs.mkdirSync(CACHE, { recursive: true });
    for (const old of fs.readdirSync(CACHE).filter((f) => f.startsWith('embedded-'))) fs.rmSync(path.join(CACHE, old));
    await db.dump(`${file}.partial`);
    fs.renameSync(`${file}.partial`, file);
  } finally {
    await db.stop();
  }
  console.log(`[test] ingebouwde sjabloondatabase gezaaid in ${Math.round((Date.now() - started) / 1000)} s`);
  return file;
}

/** Recreates the PostgreSQL test database from its seeded template (made now when missing or stale). */
export async function postgresFromTemplate(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  const template = `${database}_template`;
  const key = templateKey();
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const ident = (name: string) => admin.escapeIdentifier(name);
    const { rows } = await admin.query(
      `SELECT shobj_description(oid, 'pg_database') AS key FROM pg_database WHERE datname = $1`,
      [template],
    );
    if (rows[0]?.key !== key) {
      const started = Date.now();
      await admin.query(`DROP DATABASE IF EXISTS ${ident(template)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${ident(template)}`);
      await enablePostgis(withDatabase(url, template));
      await migrateAndSeed(withDatabase(url, template), 'postgres');
      await admin.query(`COMMENT ON DATABASE ${ident(template)} IS ${admin.escapeLiteral(key)}`);
      console.log(
        `[test] PostgreSQL-sjabloondatabase ${template} gezaaid in ${Math.round((Date.now() - started) / 1000)} s`,
      );
    }
    await admin.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${ident(database)} TEMPLATE ${ident(template)}`);
  } finally {
    await admin.end();
  }
}

async function enablePostgis(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}
