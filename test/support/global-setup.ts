/**
 * Starts the backends the integration tests run against, once per run:
 * - always the embedded default (PGlite + PostGIS behind its socket server, in memory);
 * - a real PostgreSQL + PostGIS when TEST_DATABASE_URL is set (scripts/test-env.sh sets it).
 * Both start from an empty schema, so the migrations are exercised from scratch every run.
 */
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedUrl: string;
    postgresUrl: string | null;
  }
}

let embedded: EmbeddedDatabase | undefined;

export async function setup(project: TestProject): Promise<void> {
  embedded = await startEmbeddedDatabase({});
  project.provide('embeddedUrl', embedded.url);
  const postgresUrl = process.env.TEST_DATABASE_URL || null;
  if (postgresUrl) await resetSchema(postgresUrl);
  else console.warn('[test] TEST_DATABASE_URL niet gezet: integratietests draaien alleen tegen de ingebouwde database');
  project.provide('postgresUrl', postgresUrl);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}

async function resetSchema(url: string): Promise<void> {
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
