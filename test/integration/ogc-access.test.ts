/**
 * Authentication and access on /ogc and /export, over the real HTTP stack on both backends,
 * against the same rules as /graphql:
 * - a bad bearer (malformed header, unknown static token, expired or foreign JWT) is a typed
 *   401 JSON error with the same code and message as GraphQL gives — never a 500, never a
 *   silent downgrade to anonymous;
 * - the collection `locatiecasussen` lists location cases; confidential ones (and their advice)
 *   only for planners and admins (static token or OIDC role); anonymous callers and viewers
 *   get the non-confidential ones, in items, numberMatched, single items and exports alike.
 */
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwtVerifier } from '../../server/auth/jwt.js';
import { startApi, TOKENS, type Api, type As } from '../support/api.js';
import { backends } from '../support/backends.js';

const ISSUER = 'https://login.example.nl/realms/rijk';
const AUDIENCE = 'rijkspresentie';
const SOURCE = 'https://example.org/rijkspresentie-ogc-access-fixture';

type Sign = (roles: string[], options?: { expires?: string; foreign?: boolean }) => Promise<string>;

describe.each(backends())('OGC API and exports: authentication and confidential cases on $name', (backend) => {
  let api: Api;
  let sign: Sign;
  const tag = `OGC-toegang-${backend.name}`;
  const ids = { open: 0, confidential: 0, site: 0 };

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    const foreign = await generateKeyPair('RS256');
    const jwks = createLocalJWKSet({
      keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }],
    });
    sign = (roles, o = {}) =>
      new SignJWT({ roles })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('jan')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(o.expires ?? '5m')
        .sign(o.foreign ? foreign.privateKey : keys.privateKey);
    api = await startApi(backend, {
      jwtVerifier: createJwtVerifier({ issuer: ISSUER, audience: AUDIENCE, keySet: jwks }),
    });

    const [site] = await api.db.query(
      `INSERT INTO site (kind, name, city, geom, location_precision, source_url) VALUES ('rijkskantoor', $1, $2, ST_SetSRID(ST_MakePoint(6.56, 52.99), 4326), 'adres', $3) RETURNING id`,
      [`${tag} kantoor`, `${tag}-stad`, SOURCE],
    );
    ids.site = site.id;
    const insertCase = async (suffix: string, confidential: boolean, advice: string) =>
      (
        await api.db.query(
          `INSERT INTO location_case (title, kind, fte_change, to_site_id, status, advice, confidential, source_url) VALUES ($1, 'groei', 120, $2, 'in behandeling', $3, $4, $5) RETURNING id`,
          [`${tag} ${suffix}`, ids.site, advice, confidential, SOURCE],
        )
      )[0].id as number;
    ids.open = await insertCase('openbare casus', false, 'openbaar advies');
    ids.confidential = await insertCase('vertrouwelijke casus', true, 'GEHEIM advies');
  });

  afterAll(async () => {
    await api?.db.query(`DELETE FROM location_case WHERE source_url = $1`, [SOURCE]);
    await api?.db.query(`DELETE FROM site WHERE source_url = $1`, [SOURCE]);
    await api?.close();
  });

  const headersFor = (as: As | { authorization: string }): Record<string, string> =>
    typeof as === 'object'
      ? { authorization: as.authorization }
      : as === 'anonymous'
        ? {}
        : { authorization: `Bearer ${TOKENS[as]}` };
  const get = (path: string, as: As | { authorization: string } = 'anonymous') =>
    fetch(`${api.url}${path}`, { headers: headersFor(as) });

  async function items(as: As | { authorization: string }, query = '') {
    const res = await get(`/ogc/collections/locatiecasussen/items?limit=1000${query}`, as);
    expect(res.status).toBe(200);
    expect(res.headers.get('vary') ?? '').toMatch(/authorization/i);
    const text = await res.text();
    expect(() => check(text)).not.toThrow();
    return JSON.parse(text) as {
      numberMatched: number;
      features: { id: number; geometry: unknown; properties: Record<string, unknown> }[];
    };
  }
  const mine = (doc: Awaited<ReturnType<typeof items>>) =>
    doc.features.filter((f) => String(f.properties.title).startsWith(tag));
  const confidentialCount = async () =>
    (
      await api.db.query(`SELECT count(*)::int AS n FROM location_case WHERE dataset = 'gepubliceerd' AND confidential`)
    )[0].n as number;
  const allCount = async () =>
    (await api.db.query(`SELECT count(*)::int AS n FROM location_case WHERE dataset = 'gepubliceerd'`))[0].n as number;

  it('lists locatiecasussen for everyone', async () => {
    const doc = await (await get('/ogc/collections')).json();
    expect(doc.collections.map((c: { id: string }) => c.id)).toContain('locatiecasussen');
    const one = await get('/ogc/collections/locatiecasussen');
    expect(one.status).toBe(200);
    const openapi = await (await get('/ogc/api')).json();
    expect(openapi.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(openapi.paths['/collections/locatiecasussen/items'].get.responses['401']).toBeDefined();
  });

  it('gives anonymous callers and viewers only the non-confidential cases, counted without the others', async () => {
    for (const as of ['anonymous', 'viewer'] as const) {
      const doc = await items(as);
      expect(
        mine(doc).map((f) => f.id),
        as,
      ).toEqual([ids.open]);
      expect(JSON.stringify(doc), as).not.toContain('GEHEIM');
      expect(doc.numberMatched, as).toBe((await allCount()) - (await confidentialCount()));
      expect(
        doc.features.every((f) => f.properties.confidential === false),
        as,
      ).toBe(true);
      const single = await get(`/ogc/collections/locatiecasussen/items/${ids.confidential}`, as);
      expect(single.status, as).toBe(404);
      expect(await single.json(), as).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('gives planners (static token) and admins (OIDC role) the confidential cases with their advice', async () => {
    const admin = { authorization: `Bearer ${await sign(['admin'])}` };
    for (const as of ['planner', admin] as const) {
      const doc = await items(as);
      const label = typeof as === 'string' ? as : 'admin (JWT)';
      expect(
        mine(doc)
          .map((f) => f.id)
          .sort((a, b) => a - b),
        label,
      ).toEqual([ids.open, ids.confidential].sort((a, b) => a - b));
      expect(doc.numberMatched, label).toBe(await allCount());
      const single = await get(`/ogc/collections/locatiecasussen/items/${ids.confidential}`, as);
      expect(single.status, label).toBe(200);
      const feature = await single.json();
      expect(feature.properties, label).toMatchObject({
        title: `${tag} vertrouwelijke casus`,
        advice: 'GEHEIM advies',
        confidential: true,
        fteChange: 120,
        toSiteId: ids.site,
      });
      expect(feature.geometry, label).toEqual({ type: 'Point', coordinates: [6.56, 52.99] });
    }
    // A viewer's JWT is no planner.
    const viewerJwt = await items({ authorization: `Bearer ${await sign(['viewer'])}` });
    expect(mine(viewerJwt).map((f) => f.id)).toEqual([ids.open]);
  });

  it('applies the same rule to the exports', async () => {
    for (const [as, expected] of [
      ['anonymous', [ids.open]],
      ['viewer', [ids.open]],
      ['planner', [ids.open, ids.confidential]],
    ] as const) {
      const geo = await get('/export/locatiecasussen.geojson', as);
      expect(geo.status, as).toBe(200);
      expect(geo.headers.get('vary') ?? '').toMatch(/authorization/i);
      const doc = await geo.json();
      const found = doc.features
        .filter((f: { properties: { title: string } }) => f.properties.title.startsWith(tag))
        .map((f: { id: number }) => f.id);
      expect(found.sort(), as).toEqual([...expected].sort());
      const csv = await get('/export/locatiecasussen.csv?dialect=nl', as);
      expect(csv.status, as).toBe(200);
      const rows = parse(await csv.text(), { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
      expect(
        rows
          .filter((r) => r.title!.startsWith(tag))
          .map((r) => Number(r.id))
          .sort(),
        as,
      ).toEqual([...expected].sort());
      if (as !== 'planner') expect(JSON.stringify(rows)).not.toContain('GEHEIM');
    }
  });

  it('lets a browser on another origin send a token (CORS preflight)', async () => {
    for (const path of ['/ogc/collections/locatiecasussen/items', '/export/locatiecasussen.geojson']) {
      const res = await fetch(`${api.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://dashboard.example.org',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-headers') ?? '', path).toMatch(/authorization/i);
    }
  });

  it('answers a bad bearer with a typed 401 JSON error, the same code and message as GraphQL', async () => {
    const bad: [string, string][] = [
      ['unknown static token', 'Bearer onbekend-token-0123456789abcdefghij'],
      ['malformed header', 'Basic dXNlcjpwYXNz'],
      ['empty bearer', 'Bearer '],
      ['expired JWT', `Bearer ${await sign(['planner'], { expires: '-1m' })}`],
      ['foreign JWT', `Bearer ${await sign(['admin'], { foreign: true })}`],
      ['garbage JWT', 'Bearer aaa.bbb.ccc'],
    ];
    const paths = [
      '/ogc',
      '/ogc/collections',
      '/ogc/collections/locatiecasussen/items',
      `/ogc/collections/locatiecasussen/items/${ids.confidential}`,
      '/ogc/collections/provincies/items',
      '/export/locatiecasussen.geojson',
      '/export/sites.csv',
      '/export/fte.csv',
    ];
    for (const [label, authorization] of bad) {
      const graphql = await api.gql('{ __typename }', {}, { authorization });
      expect(graphql.status, label).toBe(401);
      const expected = { code: graphql.errors![0]!.extensions.code, description: graphql.errors![0]!.message };
      expect(expected.code).toBe('UNAUTHENTICATED');
      for (const path of paths) {
        const res = await get(path, { authorization });
        expect(res.status, `${label} ${path}`).toBe(401);
        expect(res.headers.get('content-type'), `${label} ${path}`).toMatch(/^application\/json/);
        expect(res.headers.get('www-authenticate'), `${label} ${path}`).toMatch(/^Bearer/);
        expect(await res.json(), `${label} ${path}`).toEqual(expected);
      }
    }
  });
});
