/**
 * /graphql on the Fastify stack (server/http/routes/graphql.ts with the app's plugins) keeps what
 * the raw endpoint before it guaranteed: a 2 MB body limit, compressed bodies, typed JSON for
 * bodies it cannot read, the request time limit, NUL refusal in GET parameters, security headers
 * on all of it, and one rate-limit budget per client shared with the OGC API and exports.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const backend = backends()[0]!;
const QUERY = JSON.stringify({ query: '{ __typename }' });

describe(`the /graphql endpoint (${backend.name})`, () => {
  let api: Api;
  let slow: Api;
  let limited: Api;

  beforeAll(async () => {
    api = await startApi(backend);
    slow = await startApi(backend, { security: { requestTimeoutMs: 1 } });
    limited = await startApi(backend, { security: { rateLimitPerMinute: 3 } });
  });

  afterAll(async () => {
    await api?.close();
    await slow?.close();
    await limited?.close();
  });

  const post = (base: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  async function expectRefusal(response: Response, status: number, code: string): Promise<void> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect((await response.json()).errors[0].extensions.code).toBe(code);
  }

  it('answers a plain POST, on /graphql and /graphql/, with security headers and a length', async () => {
    for (const path of ['/graphql', '/graphql/']) {
      const response = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: QUERY,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const text = await response.text();
      expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
      expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('reads gzip-compressed bodies and refuses an unknown encoding with 415', async () => {
    const zipped = await post(api.url, gzipSync(QUERY), { 'content-encoding': 'gzip' });
    expect(await zipped.json()).toEqual({ data: { __typename: 'Query' } });
    await expectRefusal(await post(api.url, QUERY, { 'content-encoding': 'zstd-nieuw' }), 415, 'BAD_REQUEST');
  });

  it('refuses a body over 2 MB with 413, declared or streamed, and unreadable bodies with 400', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(2 * 1024 * 1024) } });
    await expectRefusal(await post(api.url, big), 413, 'BAD_REQUEST');
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    await expectRefusal(
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: streamed,
        duplex: 'half',
      } as RequestInit),
      413,
      'BAD_REQUEST',
    );
    await expectRefusal(await post(api.url, '"alleen tekst"'), 400, 'BAD_REQUEST');
    await expectRefusal(await post(api.url, '{"query": '), 400, 'BAD_REQUEST');
  });

  it('refuses a NUL character in GET parameters', async () => {
    const response = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}&operationName=a%00b`,
      { headers: { 'apollo-require-preflight': '1' } },
    );
    await expectRefusal(response, 400, 'BAD_USER_INPUT');
  });

  it('answers 503 TIMEOUT when a request outlives the time limit', async () => {
    const response = await post(slow.url, JSON.stringify({ query: '{ regions(first: 500) { nodes { code name } } }' }));
    await expectRefusal(response, 503, 'TIMEOUT');
  });

  it('counts /graphql and /ogc against one budget per client', async () => {
    const viewer = { authorization: 'Bearer test-viewer-token-0123456789abcdef' };
    expect((await post(limited.url, QUERY, viewer)).status).toBe(200);
    expect((await post(limited.url, QUERY, viewer)).status).toBe(200);
    expect((await fetch(`${limited.url}/ogc`, { headers: viewer })).status).toBe(200);
    const over = await post(limited.url, QUERY, viewer);
    await expectRefusal(over, 429, 'RATE_LIMITED');
    expect((await post(limited.url, QUERY)).status).toBe(200); // anonymous: another client
  });
});
