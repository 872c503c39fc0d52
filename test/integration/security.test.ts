/**
 * The wired security surface through the real HTTP stack, on both backends: security headers
 * on every response, the CORS allow-list on /graphql (interop stays public), CSRF prevention,
 * introspection switch, per-client rate limit, alias/cost limits, OIDC JWTs next to static
 * tokens, and confidential location cases hidden from viewers.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { createJwtVerifier } from '../../server/auth/jwt.js';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const ISSUER = 'https://idp.test.invalid/realms/rijk';
const AUDIENCE = 'rijkspresentie';
const ALLOWED = 'https://dashboard.example.nl';

async function keys() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
  const verifier = createJwtVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    keySet: createLocalJWKSet({ keys: [jwk] }),
    rolesClaim: 'realm_access.roles',
  });
  const sign = (claims: { sub?: string; roles?: string[]; issuer?: string; expiresIn?: string }) =>
    new SignJWT({ realm_access: { roles: claims.roles ?? [] } })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject(claims.sub ?? 'u1')
      .setIssuer(claims.issuer ?? ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '5m')
      .sign(privateKey);
  return { verifier, sign };
}

describe.each(backends())('security on $name', (backend) => {
  let api: Api;
  let locked: Api;
  let sign: Awaited<ReturnType<typeof keys>>['sign'];
  const caseTitle = `Vertrouwelijke casus beveiligingstest ${backend.name} ${Date.now()}`;

  beforeAll(async () => {
    const k = await keys();
    sign = k.sign;
    api = await startApi(backend, { security: { corsOrigins: [ALLOWED] }, jwtVerifier: k.verifier });
    locked = await startApi(backend, { security: { introspection: false, rateLimitPerMinute: 5 } });
  });

  afterAll(async () => {
    await api?.db.query(`DELETE FROM location_case WHERE title = $1`, [caseTitle]);
    await locked?.close();
    await api?.close();
  });

  it('puts security headers on every response, API, interop, health and errors alike', async () => {
    for (const route of [
      '/health',
      '/graphql?query=%7B__typename%7D',
      '/ogc',
      '/export/stations.csv',
      '/tiles/stations/7/65/42.mvt',
      '/nope',
      '/',
    ]) {
      const response = await fetch(`${api.url}${route}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(response.status, route).toBeLessThan(500);
      expect(response.headers.get('x-content-type-options'), route).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), route).toBe('DENY');
      expect(response.headers.get('content-security-policy'), route).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-powered-by'), route).toBeNull();
    }
  });

  it('answers a malformed body with a typed 400 that does not echo the parser or a stack', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/SyntaxError|\n\s+at |node_modules|<pre>/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it('answers CORS on /graphql only for allowed origins; interop routes stay open to all', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const other = await preflight('https://evil.example.com');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const ogc = await fetch(`${api.url}/ogc`, { headers: { origin: 'https://evil.example.com' } });
    expect(ogc.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const simplePost = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simplePost.status).toBe(400);
    const simpleGet = await fetch(`${api.url}/graphql?query=%7B__typename%7D`);
    expect(simpleGet.status).toBe(400);
    const mutation = encodeURIComponent(
      'mutation { createLocationCase(input: { title: "x", kind: groei, status: "x" }) { id } }',
    );
    const getMutation = await fetch(`${api.url}/graphql?query=${mutation}`, {
      headers: { 'apollo-require-preflight': '1', authorization: 'Bearer test-planner-token-0123456789abcdef' },
    });
    expect(getMutation.status).toBe(405);
    const json = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(json.status).toBe(200);
  });

  it('switches introspection off when configured', async () => {
    expect((await api.gql(`{ __schema { queryType { name } } }`)).errors).toBeUndefined();
    const refused = await locked.gql(`{ __schema { queryType { name } } }`);
    expect(refused.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Nor does a near-miss spell out the schema ("Did you mean …?") once introspection is off.
    expect((await api.gql(`{ regoins { totalCount } }`)).errors![0]!.message).toMatch(/Did you mean/);
    expect((await locked.gql(`{ regoins { totalCount } }`)).errors![0]!.message).not.toMatch(/Did you mean|regions/);
  });

  it('limits requests per client with 429 RATE_LIMITED and Retry-After, other clients unaffected', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await locked.gql(`{ __typename }`, {}, { as: 'viewer' })).status);
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(codes.slice(5)).toEqual([429, 429]);
    const limited = await fetch(`${locked.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-viewer-token-0123456789abcdef' },
      body: '{"query":"{ __typename }"}',
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await locked.gql(`{ __typename }`, {}, { as: 'planner' })).status).toBe(200);
  });

  it('counts requests with made-up tokens against the address, so inventing tokens does not escape the limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const invented = `Bearer verzonnen-token-${i}-${Math.random().toString(36).slice(2)}`;
      codes.push((await locked.gql(`{ __typename }`, {}, { authorization: invented })).status);
    }
    expect(codes).toContain(401);
    expect(codes.slice(-2)).toEqual([429, 429]);
  });

  it('refuses alias batching and expensive nesting before running anything', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const many = await api.gql(aliases);
    expect(many.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aantal aliassen' });
    const costly = await api.gql(
      `{ sites(first: 500) { nodes { organisations(first: 1) { nodes { sites(first: 500) { nodes { name } } } } } } }`,
    );
    expect(costly.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('accepts OIDC JWTs from the configured issuer with the role from the claim; refuses forged, foreign and expired ones', async () => {
    const planner = await sign({ roles: ['planner'] });
    const audit = `{ auditEntries(first: 1) { totalCount } }`;
    expect((await api.gql(audit, {}, { authorization: `Bearer ${planner}` })).errors).toBeUndefined();
    const viewer = await sign({ roles: ['viewer'] });
    expect((await api.gql(audit, {}, { authorization: `Bearer ${viewer}` })).errors![0]!.extensions.code).toBe(
      'FORBIDDEN',
    );
    for (const bad of [
      await sign({ roles: ['admin'], issuer: 'https://elders.invalid' }),
      await sign({ roles: ['admin'], expiresIn: '-1m' }),
      `${planner.slice(0, -4)}AAAA`,
    ]) {
      const result = await api.gql(audit, {}, { authorization: `Bearer ${bad}` });
      expect(result.status).toBe(401);
      expect(result.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    // Static API tokens keep working beside JWTs.
    expect((await api.gql(audit, {}, { as: 'planner' })).errors).toBeUndefined();
  });

  it('shows a confidential location case and its advice only to planners and admins', async () => {
    const created = await api.data<{ createLocationCase: { id: number } }>(
      `mutation($input: LocationCaseInput!) { createLocationCase(input: $input) { id } }`,
      { input: { title: caseTitle, kind: 'groei', fteChange: 150, status: 'in behandeling', confidential: true } },
      { as: 'planner' },
    );
    const id = created.createLocationCase.id;
    const one = `query($id: Int!) { locationCase(id: $id) { title } }`;
    for (const as of ['anonymous', 'viewer'] as const) {
      // For whoever may not see it, a confidential case does not exist (issue 14: no oracle).
      const result = await api.gql(one, { id }, { as });
      expect(result.errors![0]!.extensions.code).toBe('NOT_FOUND');
      expect(JSON.stringify(result)).not.toContain(caseTitle);
      const list = await api.gql(
        `{ locationCases(first: 500, filter: { search: "beveiligingstest" }) { nodes { title } } }`,
        {},
        { as },
      );
      expect(JSON.stringify(list)).not.toContain(caseTitle);
      const advice = await api.gql(`query($id: Int!) { locationAdvice(caseId: $id) { __typename } }`, { id }, { as });
      expect(advice.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    for (const as of ['planner', 'admin'] as const) {
      expect((await api.data(one, { id }, { as })).locationCase.title).toBe(caseTitle);
    }
    const jwtPlanner = await sign({ roles: ['planner'] });
    expect((await api.gql(one, { id }, { authorization: `Bearer ${jwtPlanner}` })).data?.locationCase.title).toBe(
      caseTitle,
    );
  });
});
