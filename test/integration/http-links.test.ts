/**
 * Links and proxies (issue 14, finding 13, without the JWT part):
 * - OGC API links and TileJSON tile URLs are publicly cacheable, so a client's Host header must
 *   not decide them: with PUBLIC_URL they always use it (https behind a TLS proxy included);
 *   without it, an arbitrary Host gets root-relative links (only a loopback Host, a developer's
 *   own machine, gets absolute ones);
 * - TRUST_PROXY: behind a load balancer each client (X-Forwarded-For from the trusted proxy) has
 *   its own rate-limit budget; without it the header is not believed, so nobody can buy a fresh
 *   budget by sending one.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const PUBLIC_URL = 'https://kaart.example.nl';
const OGC_DOCS = [
  '/ogc',
  '/ogc/collections',
  '/ogc/collections/sites',
  '/ogc/collections/sites/items?limit=1',
  '/ogc/api',
];

/** fetch cannot set Host; node:http can. */
function get(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      })
      .on('error', reject);
  });
}

/** Every link the service builds to itself: link hrefs, OpenAPI server URLs, TileJSON tiles. */
function ownLinks(body: string): string[] {
  const doc = JSON.parse(body);
  const found: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && ['href', 'url', 'tiles'].includes(key)) found.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k === 'properties' ? '' : k);
  };
  walk(doc);
  return found.filter(
    (u) =>
      /^https?:\/\//.test(u) && !/opengis\.net|geojson\.org|spec\.openapis|json-schema|creativecommons\.org/.test(u),
  );
}

describe.each(backends())('links and proxies on $name', (backend) => {
  let plain: Api;
  let published: Api;
  let proxied: Api;

  beforeAll(async () => {
    plain = await startApi(backend);
    published = await startApi(backend, { security: { publicUrl: PUBLIC_URL } });
    proxied = await startApi(backend, { security: { trustProxy: ['127.0.0.1'], rateLimitPerMinute: 2 } });
  });

  afterAll(async () => {
    await plain?.close();
    await published?.close();
    await proxied?.close();
  });

  it('never puts a foreign Host or X-Forwarded-Host into OGC links or TileJSON without PUBLIC_URL', async () => {
    const hostile = { host: 'evil.example.com', 'x-forwarded-host': 'evil2.example.com', 'x-forwarded-proto': 'https' };
    for (const path of [...OGC_DOCS, '/tiles/regions.json']) {
      const res = await get(plain.url, path, hostile);
      expect(res.status, path).toBe(200);
      expect(res.body, path).not.toMatch(/evil/);
      expect(ownLinks(res.body), path).toEqual([]);
    }
    const tilejson = JSON.parse((await get(plain.url, '/tiles/regions.json', hostile)).body);
    expect(tilejson.tiles[0]).toMatch(/^\/tiles\/regions\/\{z\}\/\{x\}\/\{y\}\.mvt/);
    const landing = JSON.parse((await get(plain.url, '/ogc', hostile)).body);
    expect(landing.links.find((l: { rel: string }) => l.rel === 'data').href).toBe('/ogc/collections');
  });

  it('builds every link from PUBLIC_URL, whatever Host and X-Forwarded-* say', async () => {
    const headers = { host: 'evil.example.com', 'x-forwarded-host': 'evil2.example.com', 'x-forwarded-proto': 'http' };
    for (const path of [...OGC_DOCS, '/tiles/regions.json']) {
      const res = await get(published.url, path, headers);
      expect(res.status, path).toBe(200);
      expect(res.body, path).not.toMatch(/evil|http:\/\/127\.0\.0\.1/);
      const links = ownLinks(res.body);
      expect(links.length, path).toBeGreaterThan(0);
      for (const link of links) expect(link, path).toMatch(/^https:\/\/kaart\.example\.nl\/(ogc|tiles|export)(\/|$)/);
    }
  });

  it('gives each client behind a trusted proxy its own rate-limit budget', async () => {
    const from = (client: string) => get(proxied.url, '/ogc/conformance', { 'x-forwarded-for': client });
    expect([(await from('203.0.113.1')).status, (await from('203.0.113.1')).status]).toEqual([200, 200]);
    expect((await from('203.0.113.1')).status).toBe(429);
    expect((await from('203.0.113.2')).status).toBe(200); // another user behind the same balancer
  });

  it('does not believe X-Forwarded-For from an untrusted peer: one budget per real address', async () => {
    const limited = await startApi(backend, { security: { rateLimitPerMinute: 2 } });
    try {
      const from = (client: string) => get(limited.url, '/ogc/conformance', { 'x-forwarded-for': client });
      expect([(await from('198.51.100.1')).status, (await from('198.51.100.2')).status]).toEqual([200, 200]);
      expect((await from('198.51.100.3')).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
