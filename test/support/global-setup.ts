/**
 * Starts the backends the integration tests run against, once per run:
 * - always the embedded default (PGlite + PostGIS behind its socket server, in memory);
 * - a real PostgreSQL + PostGIS when TEST_DATABASE_URL is set (scripts/test-env.sh sets it).
 * Both start migrated and seeded (CBS boundaries, stations, published figures) from a template
 * made once and kept between runs under a key of everything that shapes it (test/support/
 * seeded-template.ts): seeding took ~90 s per backend, cloning takes seconds. foundation.test.ts
 * still proves the migrations and the seed on empty databases.
 */
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';
import { embeddedTemplate, postgresFromTemplate } from './seeded-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedUrl: string;
    postgresUrl: string | null;
  }
}

let embedded: EmbeddedDatabase | undefined;

export async function setup(project: TestProject): Promise<void> {
  embedded = await startEmbeddedDatabase({ loadDataDir: await embeddedTemplate() });
  project.provide('embeddedUrl', embedded.url);
  const postgresUrl = process.env.TEST_DATABASE_URL || null;
  if (postgresUrl) await postgresFromTemplate(postgresUrl).catch((error: Error) => resetSchema(postgresUrl, error));
  else console.warn('[test] TEST_DATABASE_URL niet gezet: integratietests draaien alleen tegen de ingebouwde database');
  project.provide('postgresUrl', postgresUrl);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}

/** Without the right to create databases: start from an empty schema; suites then seed it once. */
async function resetSchema(url: string, why: Error): Promise<void> {
  console.warn(`[test] geen sjabloondatabase (${why.message}); de tests zaaien de testdatabase zelf`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
  } finally {
    await client.end();
  }
}
