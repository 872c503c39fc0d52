/**
 * Statement timeout (PostgreSQL only: PGlite ignores statement_timeout). A statement that runs
 * past the pool's statement_timeout is cancelled by the server (SQLSTATE 57014); the client gets
 * a typed TIMEOUT error with HTTP 503 and Retry-After — in GraphQL's errors, and as a JSON body on
 * the REST routes (OGC API, exports, tiles) — never an INTERNAL_SERVER_ERROR and never SQL text.
 * Meanwhile the service keeps answering requests that do not touch the slow table, and once the
 * cause is gone every connection of the pool works again.
 *
 * The long statement is made deterministic without any test hook in the server: a second
 * connection holds an ACCESS EXCLUSIVE lock on `site`, so every read of it waits — and lock
 * waits count towards statement_timeout.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends, connect } from '../support/backends.js';
import { LEAKS } from '../support/hostile.js';

// Short enough to fire long before the 2 s lock_timeout, long enough that a statement of a few ms
// never hits it on a loaded CI machine (400 ms could, with the browser suite beside it).
const TIMEOUT_MS = 1_000;
const postgres = backends().find((b) => b.name === 'postgres');

describe.skipIf(!postgres)('statement timeout on postgres', () => {
  let api: Api;
  let locker: pg.Client;

  beforeAll(async () => {
    // Seed (if needed) without the short timeout, then serve with it.
    await (await connect(postgres!, { seed: true })).destroy();
    api = await startApi(postgres!, { statementTimeoutMs: TIMEOUT_MS });
    locker = new pg.Client({ connectionString: postgres!.url });
    await locker.connect();
  });

  afterAll(async () => {
    await locker?.query('ROLLBACK').catch(() => {});
    await locker?.end();
    await api?.close();
  });

  const SITES = '{ sites(first: 3) { totalCount } }';
  const REST_ON_SITES = [
    '/ogc/collections/sites/items?limit=5',
    '/ogc/collections/sites/items/1',
    '/export/sites.csv',
    '/export/rijksontmoetingspleinen.geojson',
    '/tiles/sites/7/66/42.mvt',
  ];

  async function lockSites<T>(work: () => Promise<T>): Promise<T> {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE site IN ACCESS EXCLUSIVE MODE');
    try {
      return await work();
    } finally {
      await locker.query('ROLLBACK');
    }
  }

  it('answers a statement that runs too long with a typed TIMEOUT, on GraphQL and REST, while other requests are served', async () => {
    await lockSites(async () => {
      const started = Date.now();
      const result = await api.gql(SITES);
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 5_000);
      // Retryable, as the README promises: 503 with Retry-After (it was 200).
      expect(result.status).toBe(503);
      const raw = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SITES }),
      });
      expect(raw.status).toBe(503);
      expect(raw.headers.get('retry-after')).toBe('5');
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(['TIMEOUT']);
      expect(result.errors![0]!.message).toMatch(/duurde te lang/);
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
      expect(JSON.stringify(result)).not.toMatch(/statement timeout|canceling statement|57014/i);

      for (const path of REST_ON_SITES) {
        const res = await fetch(`${api.url}${path}`);
        const text = await res.text();
        expect(res.status, `${path}: ${text}`).toBe(503);
        expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
        expect(res.headers.get('retry-after'), path).toBe('5');
        expect(JSON.parse(text), path).toEqual({
          code: 'TIMEOUT',
          description: expect.stringMatching(/duurde te lang/),
        });
        expect(text, path).not.toMatch(LEAKS);
      }

      // The rest of the service is not held up: other tables answer at once.
      const other = await api.gql('{ peildatums stations(first: 2) { totalCount } }');
      expect(other.errors).toBeUndefined();
      expect(other.data!.stations.totalCount).toBeGreaterThan(0);
      const ogc = await fetch(`${api.url}/ogc/collections/stations/items?limit=2`);
      expect(ogc.status).toBe(200);
    });
  });

  it('recovers: once the lock is gone every pooled connection serves the same requests again', async () => {
    // More requests at once than the pool has connections, so every connection that was
    // cancelled above must be usable again.
    const results = await Promise.all(Array.from({ length: 14 }, () => api.gql(SITES)));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.sites.totalCount).toBeGreaterThan(0);
    }
    for (const path of REST_ON_SITES.filter((p) => !p.includes('/items/1'))) {
      expect((await fetch(`${api.url}${path}`)).status, path).toBe(200);
    }
  });
});
