/**
 * No single request, nor a dozen at once, may stop the service for everyone (issue 14,
 * findings 3, 4 and 5). Each attack runs while /health and an unrelated query are asked every
 * 50 ms; both must keep answering within about a second, and the attack itself must get a typed
 * answer.
 * - a fragment bomb (each fragment spreads the next twice) once held the event loop for 12 s at
 *   24 levels and never finished at 28;
 * - a 1.9 MB search string cost 11 s of ILIKE on PostgreSQL (12 at once drained the pool) and
 *   20 s on the embedded database, /health waiting behind it;
 * - a table locked by someone else (PostgreSQL) drained the pool until statement_timeout: other
 *   queries and /health failed with 503 after 5 s.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentBomb, longSearchString } from '../../bench/lib/attacks.js';
import { startApi, type Api, type GqlResponse } from '../support/api.js';
import { backends } from '../support/backends.js';
import { LEAKS } from '../support/hostile.js';

/**
 * "Within seconds, not tens of seconds": unblocked, /health answers in tens of milliseconds, and
 * before these limits it waited 5 to 20 s and more. 4 s leaves room for this process's own work
 * (it builds and sends the attack, 12 × 1.9 MB is 23 MB of requests on the same event loop) and
 * for CI, where the browser suite shares the two cores (load 8-10): /health once took 2.2 s there.
 */
const WITHIN_SECONDS = 4_000;

interface Meanwhile {
  /** Slowest /health answer while the attack ran (ms), and whether each was 200. */
  healthMs: number;
  healthOk: boolean;
  /** Slowest answer to an unrelated query (stations), and whether each had data and no error. */
  otherMs: number;
  otherOk: boolean;
  asked: number;
}

describe.each(backends())('no request blocks the service on $name', (backend) => {
  let api: Api;

  beforeAll(async () => {
    api = await startApi(backend);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Runs the attack while /health and an unrelated query are asked again and again. */
  async function meanwhile<T>(attack: () => Promise<T>): Promise<{ result: T } & Meanwhile> {
    let done = false;
    const health: { ms: number; ok: boolean }[] = [];
    const other: { ms: number; ok: boolean }[] = [];
    const loop = async (ask: () => Promise<boolean>, into: { ms: number; ok: boolean }[]) => {
      while (!done) {
        const started = performance.now();
        const ok = await ask().catch(() => false);
        into.push({ ms: performance.now() - started, ok });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const loops = Promise.all([
      loop(async () => (await fetch(`${api.url}/health`)).status === 200, health),
      loop(async () => {
        const answer = await api.gql('{ stations(first: 2) { totalCount } }');
        return answer.status === 200 && !answer.errors && answer.data!.stations.totalCount > 0;
      }, other),
    ]);
    // Each side answered once before the attack and once more after it: on a busy machine a fixed
    // pause may end before the first answer, and "asked more than once" would test the machine.
    const answered = async (atLeast: () => number) => {
      while (Math.min(health.length, other.length) < atLeast()) await new Promise((r) => setTimeout(r, 10));
    };
    await answered(() => 1);
    const result = await attack();
    const afterAttack = Math.max(health.length, other.length) + 1;
    await answered(() => afterAttack);
    done = true;
    await loops;
    const slowest = (list: { ms: number }[]) => Math.round(Math.max(...list.map((x) => x.ms)));
    return {
      result,
      healthMs: slowest(health),
      healthOk: health.every((h) => h.ok),
      otherMs: slowest(other),
      otherOk: other.every((o) => o.ok),
      asked: Math.min(health.length, other.length),
    };
  }

  function expectServed(during: Meanwhile): void {
    expect(during.asked, 'asked /health and an unrelated query more than once').toBeGreaterThan(1);
    expect(during.healthMs, 'slowest /health (ms)').toBeLessThan(WITHIN_SECONDS);
    expect(during.healthOk, '/health answered 200 each time').toBe(true);
    expect(during.otherMs, 'slowest unrelated query (ms)').toBeLessThan(WITHIN_SECONDS);
    expect(during.otherOk, 'the unrelated query answered each time').toBe(true);
  }

  /** A typed answer: 4xx for the client's fault, 503 (retry later) for a retryable condition. */
  function expectTyped(result: GqlResponse, codes: RegExp, status: 'client' | 'retryable' = 'client'): void {
    if (status === 'client') expect(result.status).toBeLessThan(500);
    else expect(result.status).toBe(503);
    expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
    for (const error of result.errors!) expect(error.extensions.code, error.message).toMatch(codes);
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
  }

  it('refuses fragment bombs of 24 and 28 levels at once, typed, while /health keeps answering', async () => {
    for (const levels of [24, 28]) {
      const during = await meanwhile(async () => {
        const started = performance.now();
        const result = await api.gql(fragmentBomb(levels));
        return { result, ms: performance.now() - started };
      });
      expect(during.result.ms, `${levels} levels (ms)`).toBeLessThan(WITHIN_SECONDS);
      expectTyped(during.result.result, /^QUERY_TOO_COMPLEX$/);
      expect(during.result.result.status).toBe(400);
      expect(during.result.result.errors![0]!.extensions).toMatchObject({ limit: 'aantal selecties' });
      expectServed(during);
    }
  });

  it('refuses a 1.9 MB search string by its bound, naming the field, before the database; 12 at once neither', async () => {
    const search = longSearchString();
    const QUERIES = [
      ['query($s: String) { regions(search: $s) { totalCount } }', { s: search }],
      ['query($s: String) { sites(filter: { search: $s }) { totalCount } }', { s: search }],
    ] as const;
    for (const [query, variables] of QUERIES) {
      // The body serialised once: the test's own work would otherwise count against the server.
      const body = JSON.stringify({ query, variables });
      const send = async (): Promise<GqlResponse> => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        return { status: response.status, ...(await response.json()) };
      };
      const during = await meanwhile(() => Promise.all(Array.from({ length: 12 }, send)));
      for (const result of during.result) {
        expectTyped(result, /^BAD_USER_INPUT$/);
        expect(result.status).toBe(400);
        expect(result.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
        expect(result.errors![0]!.message).toBe(`search is te lang: ${search.length} tekens, hoogstens 100`);
      }
      expectServed(during);
    }
    // An honest search still works.
    expect((await api.data('{ regions(search: "Dren") { nodes { name } } }')).regions.nodes).toContainEqual({
      name: 'Drenthe',
    });
  });

  it.runIf(backend.name === 'postgres')(
    'keeps serving while a table is locked by someone else: its queries answer TIMEOUT in seconds, others at once',
    async () => {
      const locker = new pg.Client({ connectionString: backend.url });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE site IN ACCESS EXCLUSIVE MODE');
        const answers: { result: GqlResponse; ms: number }[] = [];
        const until = Date.now() + 6_000;
        // 12 clients asking about sites (each search unique, so no cache answers for the database).
        const client = async () => {
          while (Date.now() < until) {
            const started = performance.now();
            const result = await api.gql(
              `{ sites(first: 3, filter: { search: "${Math.random().toString(36).slice(2, 8)}" }) { totalCount } }`,
            );
            answers.push({ result, ms: performance.now() - started });
          }
        };
        const during = await meanwhile(() => Promise.all(Array.from({ length: 12 }, client)));
        expectServed(during);
        expect(answers.length).toBeGreaterThanOrEqual(12);
        for (const { result, ms } of answers) {
          expect(ms, 'a query on the locked table (ms)').toBeLessThan(8_000);
          // lock_timeout: TIMEOUT; a class that waited too long for its share of the pool: SERVICE_BUSY.
          // Both retryable: HTTP 503 with Retry-After (public-error.ts).
          expectTyped(result, /^(TIMEOUT|SERVICE_BUSY)$/, 'retryable');
        }
        expect(answers.some(({ result }) => result.errors![0]!.extensions.code === 'TIMEOUT')).toBe(true);
      } finally {
        await locker.query('ROLLBACK').catch(() => {});
        await locker.end();
      }
      // Once the lock is gone, the same queries are answered again.
      expect((await api.data('{ sites(first: 3) { totalCount } }')).sites.totalCount).toBeGreaterThan(0);
    },
  );
});
