/**
 * Faults, with the real start-up path (startService) in-process and a TCP proxy in front of
 * PostgreSQL that the test can cut: the database down at start-up (HTTP answers, health 503
 * "wachten", retry with backoff until it appears), a database restart under load (requests fail
 * fast with DATABASE_UNAVAILABLE, never a 500 or a crash, and the service recovers by itself),
 * and graceful shutdown (a request in flight completes; new connections are refused).
 * PostgreSQL only: the embedded database lives inside the process and cannot be "down".
 */
import 'reflect-metadata';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { startService, type Service } from '../../server/startup.js';
import { backends, connect, sharedDataDir } from '../support/backends.js';
import { createTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const postgres = backends().filter((b) => b.name === 'postgres');
const QUERY = JSON.stringify({ query: '{ regions(kind: provincie) { totalCount } }' });

async function post(url: string): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: QUERY,
  });
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

async function health(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: await response.json() };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`niet hersteld binnen ${timeoutMs} ms`);
}

describe.runIf(postgres.length > 0).each(postgres)('faults on $name', (backend) => {
  let proxy: TcpProxy;
  let service: Service;
  let url: string;

  beforeAll(async () => {
    await (await connect(backend, { seed: true })).destroy();
    proxy = await createTcpProxy(backend.url, { listening: false });
    const config = loadConfig(
      {
        DATABASE_URL: proxy.url,
        PORT: '0',
        HOST: '127.0.0.1',
        SHARED_DATA_DIR: sharedDataDir(),
        RATE_LIMIT_PER_MINUTE: '0',
        // As startApi does: under CI load a lagging event loop would answer SERVICE_BUSY where these
        // tests expect the database's own outcome (http-pressure.test.ts tests the guard).
        MAX_EVENT_LOOP_DELAY_MS: '0',
      },
      [],
    );
    service = await startService(config, { maxRetryDelayMs: 400, log: () => {} });
    url = `http://127.0.0.1:${service.port}`;
  });

  afterAll(async () => {
    await service?.shutdown();
    await proxy?.stop();
  });

  it('starts with the database down: answers at once, health 503 "wachten", /graphql a typed 503', async () => {
    const h = await health(url);
    expect(h.status).toBe(503);
    expect(h.body).toMatchObject({ status: 'starting', database: 'wachten' });
    const g = await post(url);
    expect(g.status).toBe(503);
    expect(g.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    // It keeps trying (backoff from 250 ms): a second attempt within seconds, however loaded the machine.
    await until(async () => (await health(url)).body.attempts > 1, 10_000);
  });

  it('connects with backoff once the database appears, and then serves', async () => {
    await proxy.start();
    await service.ready;
    const h = await health(url);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ status: 'ok', database: 'up' });
    expect((await post(url)).body.data.regions.totalCount).toBe(12);
  });

  it('survives a database restart under load: fails fast with DATABASE_UNAVAILABLE and recovers by itself', async () => {
    const outcomes: { status: number; code?: string; ms: number }[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const r = await post(url).catch(() => ({ status: 0, body: {}, ms: 0 }));
        outcomes.push({ status: r.status, code: r.body?.errors?.[0]?.extensions?.code, ms: r.ms });
      }
    };
    const load = Array.from({ length: 8 }, client);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await proxy.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const during = await health(url);
    await proxy.start();
    const recoveryMs = await until(async () => (await post(url)).status === 200, 15_000);
    running = false;
    await Promise.all(load);

    expect(during.status).toBe(503);
    expect(during.body.database).toBe('down');
    expect(recoveryMs).toBeLessThan(10_000);
    const failures = outcomes.filter((o) => o.status !== 200);
    expect(failures.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(0);
    // Every failure is the typed, retryable one: no 500, no dropped connection, no slow hang.
    for (const f of failures) {
      expect(f.status).toBe(503);
      expect(f.code).toBe('DATABASE_UNAVAILABLE');
      expect(f.ms).toBeLessThan(6_000);
    }
    expect((await health(url)).status).toBe(200);
  });

  it('drains a request in flight on shutdown, then refuses new connections', async () => {
    proxy.delayMs = 400; // every database round trip now takes ≥ 400 ms
    const arrived = once(service.server, 'request');
    const inFlight = post(url);
    await arrived;
    const stopping = service.shutdown();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.data.regions.totalCount).toBe(12);
    await stopping;
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    proxy.delayMs = 0;
  });
});
