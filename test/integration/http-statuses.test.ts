/**
 * Statuses for known conditions (issue 14, finding 9), through the real HTTP stack:
 * - the API's pool has no free connection → 503 SERVICE_BUSY with Retry-After on GraphQL and
 *   REST (not DATABASE_UNAVAILABLE: the database itself is fine), on both backends;
 * - PostgreSQL refusing our connections — a database with ALLOW_CONNECTIONS false (SQLSTATE
 *   55000) and a role that may no longer log in (28000) — → 503 DATABASE_UNAVAILABLE with
 *   Retry-After on every surface (it was REST 500 and GraphQL INTERNAL_SERVER_ERROR while
 *   /health said "down"), and the service recovers by itself. The embedded database lives in the
 *   process and cannot refuse a connection, so that part runs on PostgreSQL only.
 */
import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends, connect, type Backend } from '../support/backends.js';

const GRAPHQL = '{ regions(kind: provincie) { totalCount } }';
const REST = ['/ogc/collections/sites/items?limit=2', '/export/stations.csv', '/tiles/sites/7/66/42.mvt'];

async function graphql(api: Api) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: GRAPHQL }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

/** GraphQL and every REST surface at once (a full pool makes each wait for its timeout). */
async function expectEverySurface(api: Api, code: string): Promise<void> {
  const rest = REST.map(async (path) => {
    const res = await fetch(`${api.url}${path}`);
    return { path, status: res.status, retryAfter: res.headers.get('retry-after'), text: await res.text() };
  });
  const answer = await graphql(api);
  expect(answer.status, JSON.stringify(answer.body)).toBe(503);
  expect(answer.retryAfter).toBe('5');
  expect(answer.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([code]);
  for (const { path, status, retryAfter, text } of await Promise.all(rest)) {
    expect(status, `${path}: ${text}`).toBe(503);
    expect(retryAfter, path).toBe('5');
    expect(JSON.parse(text), path).toMatchObject({ code });
  }
}

describe.each(backends())('a full pool on $name', (backend) => {
  let api: Api;
  const held: QueryRunner[] = [];

  beforeAll(async () => {
    api = await startApi(backend);
  });

  afterAll(async () => {
    for (const runner of held) await runner.release().catch(() => {});
    await api?.close();
  });

  it('answers 503 SERVICE_BUSY with Retry-After while every pooled connection is taken, then serves again', async () => {
    const poolSize = backend.name === 'embedded' ? 1 : 10;
    for (let i = 0; i < poolSize; i++) {
      const runner = api.db.createQueryRunner();
      await runner.connect();
      await runner.query('SELECT 1'); // a connection is checked out only when first used
      held.push(runner);
    }
    await expectEverySurface(api, 'SERVICE_BUSY');
    for (const runner of held.splice(0)) await runner.release();
    expect((await graphql(api)).status).toBe(200);
  }, 60_000);
});

const postgres = backends().find((b) => b.name === 'postgres');

describe.skipIf(!postgres)('PostgreSQL refusing connections', () => {
  const database = `rp_refusal_${process.pid}`;
  const role = `rp_refusal_${process.pid}`;
  let admin: pg.Client;
  let api: Api;

  const urlFor = (db: string, user = 'postgres') =>
    Object.assign(new URL(postgres!.url), { pathname: `/${db}`, username: user }).toString();
  /** Cuts the API's connections to the database, so its pool must connect anew. */
  const cutConnections = () =>
    admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: urlFor('postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.query(`CREATE ROLE ${role} LOGIN SUPERUSER`);
    await admin.query(`CREATE DATABASE ${database} OWNER ${role}`);
    // Migrated, not seeded: empty tables answer these requests just as well.
    const backend: Backend = { name: 'postgres', url: urlFor(database, role) };
    await (await connect(backend)).destroy();
    api = await startApi(backend);
  }, 120_000);

  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`).catch(() => {});
    await api?.close();
    await cutConnections().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${database}`).catch(() => {});
    await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => {});
    await admin.end();
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After on every surface while the database does not accept connections', async () => {
    expect((await graphql(api)).status).toBe(200);
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    await cutConnections();
    await expectEverySurface(api, 'DATABASE_UNAVAILABLE');
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down' });
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    expect((await graphql(api)).status).toBe(200);
  });

  it('answers 503 DATABASE_UNAVAILABLE on every surface while our role may not log in', async () => {
    await admin.query(`ALTER ROLE ${role} NOLOGIN`);
    await cutConnections();
    try {
      await expectEverySurface(api, 'DATABASE_UNAVAILABLE');
    } finally {
      await admin.query(`ALTER ROLE ${role} LOGIN`);
    }
    expect((await graphql(api)).status).toBe(200);
  });
});
