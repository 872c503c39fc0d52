/**
 * The transport around the API, through the real HTTP stack:
 * - slow clients (issue 14, finding 13): a request body that trickles in gets its 503 at the time
 *   limit and its socket is closed (it used to stay open for 150 s or more); headers that never
 *   finish are cut too;
 * - compression: GraphQL JSON, GeoJSON, CSV and vector tiles are sent with brotli or gzip when
 *   the client accepts it;
 * - the web app: hashed assets immutable for a year, the page itself revalidated, client-side
 *   routes answered with the app shell, no source maps in production;
 * - a rate-limit budget shared through Redis by two instances (RATE_LIMIT_REDIS_URL).
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Sends `head` and then one byte of body every 200 ms; resolves with what came back and when the socket closed. */
function trickle(url: string, head: string, bodyBytes: number): Promise<{ answer: string; closedAfterMs: number }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent++ < bodyBytes && !socket.destroyed) socket.write('x');
    }, 200);
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
    socket.on('error', () => {});
    socket.setTimeout(20_000, () => reject(new Error('socket stayed open for 20 s')));
    socket.write(head);
  });
}

/** A GET with Accept-Encoding; returns the encoding and the bytes as they crossed the wire. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes }));
      })
      .on('error', reject);
  });
}

function fakeWebBuild(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><script type="module" src="/assets/index-AbC123.js"></script>',
  );
  fs.writeFileSync(
    path.join(root, 'assets', 'index-AbC123.js'),
    `console.log(${JSON.stringify('rijkspresentie '.repeat(500))});`,
  );
  fs.writeFileSync(
    path.join(root, 'assets', 'index-AbC123.js.map'),
    '{"version":3,"sources":["../../web/src/main.tsx"]}',
  );
  return root;
}

describe.each(backends())('HTTP transport on $name', (backend) => {
  let api: Api;
  let slow: Api;
  let production: Api;
  const webRoot = fakeWebBuild();

  beforeAll(async () => {
    api = await startApi(backend, { webRoot });
    slow = await startApi(backend, { security: { requestTimeoutMs: 1_000 } });
    production = await startApi(backend, { security: { production: true }, webRoot });
  });

  afterAll(async () => {
    await api?.close();
    await slow?.close();
    await production?.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers a trickling request body at the time limit and closes its socket', async () => {
    const head =
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":';
    const { answer, closedAfterMs } = await trickle(slow.url, head, 1000);
    expect(answer).toMatch(/^HTTP\/1\.1 503/);
    expect(answer).toMatch(/"TIMEOUT"/);
    // The limit is 1 s (timers checked each second); 8 s leaves room for a loaded CI machine, and
    // without the limit the trickle would run for minutes (20 s socket timeout here).
    expect(closedAfterMs).toBeLessThan(8_000);
  });

  it('cuts a request whose headers never finish', async () => {
    const { closedAfterMs } = await trickle(slow.url, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Langzaam: ', 1000);
    expect(closedAfterMs).toBeLessThan(10_000);
  });

  it('compresses GraphQL JSON, GeoJSON, CSV and vector tiles for clients that accept it', async () => {
    const query = encodeURIComponent('{ regions(kind: provincie) { nodes { code name geometry(decimals: 4) } } }');
    const targets = [
      `/graphql?query=${query}`,
      '/export/provincies.geojson',
      '/export/stations.csv',
      '/tiles/regions/7/66/42.mvt?level=gemeente',
    ];
    for (const target of targets) {
      const headers = { 'apollo-require-preflight': '1' };
      const plain = await rawGet(`${api.url}${target}`, headers);
      expect(plain.status, target).toBe(200);
      expect(plain.headers['content-encoding'], target).toBeUndefined();
      for (const encoding of ['br', 'gzip']) {
        const packed = await rawGet(`${api.url}${target}`, { ...headers, 'accept-encoding': encoding });
        expect(packed.headers['content-encoding'], `${target} ${encoding}`).toBe(encoding);
        expect(packed.headers.vary, target).toMatch(/accept-encoding/i);
        // Protobuf is compact already; text shrinks far more.
        expect(packed.bytes, `${target} ${encoding}`).toBeLessThan(
          plain.bytes * (target.includes('.mvt') ? 0.95 : 0.5),
        );
      }
    }
  });

  it('caches hashed assets for a year, revalidates the page, and serves the shell for client-side routes', async () => {
    const asset = await rawGet(`${api.url}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    for (const page of ['/', '/kaart/provincie', '/?niveau=gemeente&centrum=52.1,5.3&zoom=7.5']) {
      const res = await fetch(`${api.url}${page}`);
      expect(res.status, page).toBe(200);
      expect(res.headers.get('cache-control'), page).toBe('no-cache');
      expect(await res.text(), page).toMatch(/index-AbC123\.js/);
    }
    expect((await fetch(`${api.url}/assets/index-AbC123.js.map`)).status).toBe(200); // development
    expect((await fetch(`${production.url}/assets/index-AbC123.js.map`)).status).toBe(404);
    expect((await fetch(`${production.url}/assets/index-Gone99.js`)).status).toBe(404);
    expect((await fetch(`${production.url}/assets/index-AbC123.js`)).status).toBe(200);
  });
});

describe('a rate-limit budget shared through Redis', () => {
  const backend = backends()[0]!;
  let first: Api;
  let second: Api;

  beforeAll(async () => {
    const security = { rateLimitPerMinute: 4, rateLimitRedisUrl: REDIS_URL };
    first = await startApi(backend, { security });
    second = await startApi(backend, { security });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('lets two instances draw on one budget per client', async () => {
    // A fresh credential per run: its counter in Redis starts at zero.
    const headers = { authorization: `Bearer onbekend-${randomUUID()}` };
    const statuses: number[] = [];
    for (const api of [first, second, first, second, first, second]) {
      statuses.push((await fetch(`${api.url}/ogc/conformance`, { headers })).status);
    }
    // 401: the token is unknown, but the limit is counted before authentication.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });
});
