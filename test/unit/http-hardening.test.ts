import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { corsHeaders, requestTimeout, securityHeaders } from '../../server/http/security.js';
import { rateLimit } from '../../server/http/rate-limit.js';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(app: express.Express): Promise<string> {
  server = http.createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('HTTP hardening', () => {
  it('puts security headers on every response', async () => {
    const app = express();
    app.use(securityHeaders({ production: true }));
    app.get('/x', (_req, res) => res.send('ok'));
    const res = await fetch(`${await serve(app)}/x`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age/);
  });

  it('gives CORS headers only to allowed origins', () => {
    const allowed = new Set(['https://dashboard.example.nl']);
    const headers = new Map(corsHeaders('https://dashboard.example.nl', allowed));
    expect(headers.get('Access-Control-Allow-Origin')).toBe('https://dashboard.example.nl');
    expect(headers.get('Vary')).toBe('Origin');
    expect(corsHeaders('https://evil.example.com', allowed)).toEqual([]);
    expect(corsHeaders(undefined, allowed)).toEqual([]);
  });

  it('limits each client to its rate, separately, and tells when to retry', async () => {
    let clock = 0;
    const app = express();
    app.use(rateLimit({ perMinute: 3, now: () => clock, clientKey: (req) => String(req.headers['x-client']) }));
    app.get('/x', (_req, res) => res.send('ok'));
    const base = await serve(app);
    const get = (client: string) => fetch(`${base}/x`, { headers: { 'x-client': client } });
    expect([(await get('a')).status, (await get('a')).status, (await get('a')).status]).toEqual([200, 200, 200]);
    const limited = await get('a');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('20');
    expect((await limited.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await get('b')).status).toBe(200);
    clock += 20_000; // one token back
    expect((await get('a')).status).toBe(200);
  });

  it('answers 503 with a message when a request takes too long', async () => {
    const app = express();
    app.use(requestTimeout(50));
    app.get('/slow', (_req, res) => void setTimeout(() => { if (!res.headersSent) res.send('late'); }, 300));
    const res = await fetch(`${await serve(app)}/slow`);
    expect(res.status).toBe(503);
    expect((await res.json()).errors[0].extensions.code).toBe('TIMEOUT');
  });
});
