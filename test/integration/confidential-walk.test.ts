/**
 * Confidentiality walked from the schema (issue 14), on both backends over the real HTTP stack.
 *
 * Every root query field (and every mutation that touches cases) gets requests generated from
 * the schema (test/support/schema-walk.ts: argument values from type and name, every scalar leaf
 * to a bounded depth; a field it cannot fill fails the test). One confidential case carries
 * markers (title, fte, advice, note). Then:
 * - anonymous callers and viewers get, for the confidential id, exactly the answer they get for a
 *   never-used id (after replacing the id), and no marker anywhere;
 * - planners and admins see the markers on every field that reaches case data, and no request
 *   the generator made is refused as malformed or fails inside the server;
 * - after the case is deleted, anonymous callers and viewers get exactly the answers they got
 *   while it existed: its existence showed nowhere (no count, no sum, no delta).
 * The OGC collections and the exports, discovered from /ogc/collections, are walked the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../server/graphql/schema.js';
import { startApi, TOKENS, type Api, type As } from '../support/api.js';
import { backends } from '../support/backends.js';
import { casePaths, walkRequests, type WalkRequest } from '../support/schema-walk.js';

const SOURCE = 'https://example.org/rijkspresentie-vertrouwelijk-walk';
const TITLE = 'Geheime verhuizing Kampen-Assen';
const NOTE = 'Geheime toelichting bij de walk';
const FTE = 4321.5;
/** Text that would show the case, its figure or its advice (fte as JSON and as Dutch text). */
const MARKERS = [/Geheime verhuizing/, /Geheime toelichting/, /geheim walk-advies/i, /4321\.5/, /4\.321,5/];
const MAX_DEPTH = 4;
const NOT_EXERCISED = [
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
];
const OUTSIDERS = ['anonymous', 'viewer'] as const;
const INSIDERS = ['planner', 'admin'] as const;

interface Answer {
  status: number;
  text: string;
}

describe.each(backends())('confidentiality walked from the schema on $name', (backend) => {
  let api: Api;
  let requests: WalkRequest[];
  let paths: string[];
  // 7-digit ids: no other number in an answer contains them, so replacing them is exact.
  const confidential = backend.name === 'embedded' ? 7_410_001 : 7_420_001;
  const missing = confidential + 50_000;
  const whileItExisted = new Map<string, Answer>();

  beforeAll(async () => {
    api = await startApi(backend);
    const schema = await createSchema();
    requests = walkRequests(schema, { maxDepth: MAX_DEPTH, searchText: 'Geheime verhuizing', regionCode: 'GM0106' });
    paths = casePaths(schema);
    await api.db.query(`DELETE FROM location_case WHERE source_url = $1`, [SOURCE]);
    await api.db.query(
      `INSERT INTO location_case (id, title, kind, fte_change, from_region_code, to_region_code, status, advice, note, confidential, source_url)
       VALUES ($1, $2, 'overig', $3, 'GM0166', 'GM0106', 'verkenning', 'Geheim walk-advies', $4, true, $5)`,
      [confidential, TITLE, FTE, NOTE, SOURCE],
    );
  });

  afterAll(async () => {
    await api?.db.query(`DELETE FROM location_case WHERE source_url = $1`, [SOURCE]);
    await api?.close();
  });

  /** An answer with the id and the moments (timestamps) replaced, so two answers compare as text. */
  const normalised = (text: string, id: number) =>
    text
      .replaceAll(String(id), '<id>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)/g, '<moment>');

  async function ask(request: WalkRequest, as: As, id: number): Promise<Answer> {
    const result = await api.gql(request.document, request.document.includes('$case') ? { case: id } : {}, { as });
    return {
      status: result.status,
      text: normalised(JSON.stringify({ data: result.data, errors: result.errors }), id),
    };
  }

  async function get(path: string, as: As, id: number): Promise<Answer> {
    const headers: Record<string, string> = as === 'anonymous' ? {} : { authorization: `Bearer ${TOKENS[as]}` };
    const res = await fetch(`${api.url}${path.replace('$case', String(id))}`, { headers });
    return { status: res.status, text: normalised(await res.text(), id) };
  }

  /** The OGC and export paths, from the collections the service lists (none named here). */
  async function httpPaths(): Promise<string[]> {
    const doc = (await (await fetch(`${api.url}/ogc/collections`)).json()) as { collections: { id: string }[] };
    expect(doc.collections.length).toBeGreaterThan(0);
    return doc.collections
      .flatMap(({ id }) => [
        `/ogc/collections/${id}/items?limit=1000`,
        `/ogc/collections/${id}/items/$case`,
        `/export/${id}.csv`,
        `/export/${id}.geojson`,
      ])
      .concat('/export/fte.csv');
  }

  const label = (r: WalkRequest, as: As) => `${as} ${r.operation} ${r.field} (${r.variant})`;
  const codes = (text: string) => [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]!);

  it('finds the paths to case data in the schema, all within the depth it walks', () => {
    console.info(
      `[walk ${backend.name}] ${requests.length} verzoeken; paden naar casusgegevens:\n  ${paths.join('\n  ')}`,
    );
    expect(paths).toContain('Query.locationCase → LocationCase');
    for (const path of paths)
      expect(
        path
          .split(' → ')[0]!
          .replace(/\(.*\)$/, '')
          .split('.').length - 1,
        path,
      ).toBeLessThan(MAX_DEPTH);
    const reaching = new Set(
      requests.filter((r) => r.reachesCases).map((r) => `${r.operation === 'query' ? 'Query' : 'Mutation'}.${r.field}`),
    );
    for (const path of paths)
      expect(reaching, path).toContain(path.split(/[.(]/).slice(0, 2).join('.').replace(/ → .*/, ''));
  });

  it('answers anonymous callers and viewers about the confidential case exactly as about a missing one', async () => {
    for (const as of OUTSIDERS) {
      for (const request of requests) {
        const about = await ask(request, as, confidential);
        expect.soft(about, label(request, as)).toEqual(await ask(request, as, missing));
        for (const marker of MARKERS) expect.soft(about.text, label(request, as)).not.toMatch(marker);
        expect.soft(about.status, label(request, as)).toBeLessThan(500);
        expect.soft(codes(about.text), label(request, as)).not.toContain('INTERNAL_SERVER_ERROR');
        if (request.operation === 'mutation') expect.soft(JSON.parse(about.text).data, label(request, as)).toBeNull();
        whileItExisted.set(label(request, as), about);
      }
    }
  });

  it('does the same on the OGC collections and the exports', async () => {
    for (const as of OUTSIDERS) {
      for (const path of await httpPaths()) {
        const about = await get(path, as, confidential);
        expect.soft(about.status, `${as} ${path}`).toBeLessThan(500);
        if (path.includes('$case')) expect.soft(about, `${as} ${path}`).toEqual(await get(path, as, missing));
        for (const marker of MARKERS) expect.soft(about.text, `${as} ${path}`).not.toMatch(marker);
        whileItExisted.set(`${as} ${path}`, about);
      }
    }
  });

  it('shows the case to planners and admins on every field that reaches it, and every generated request runs', async () => {
    for (const as of INSIDERS) {
      const shown = new Set<string>();
      for (const request of requests.filter((r) => r.operation === 'query')) {
        const answer = await ask(request, as, confidential);
        expect.soft(answer.status, label(request, as)).toBeLessThan(500);
        expect
          .soft(
            codes(answer.text).filter((c) => NOT_EXERCISED.includes(c)),
            `${label(request, as)}: ${answer.text.slice(0, 400)}`,
          )
          .toEqual([]);
        if (MARKERS.some((m) => m.test(answer.text))) shown.add(request.field);
      }
      const reaching = new Set(requests.filter((r) => r.operation === 'query' && r.reachesCases).map((r) => r.field));
      expect(reaching.size).toBeGreaterThan(0);
      expect(
        [...reaching].filter((f) => !shown.has(f)),
        `${as}: fields that reach cases but did not show the confidential one`,
      ).toEqual([]);
      const ogc = await get('/ogc/collections/locatiecasussen/items/$case', as, confidential);
      expect(ogc.text, as).toMatch(MARKERS[0]!);
    }
  });

  it('gives anonymous callers and viewers the same answers once the case is gone: its existence showed nowhere', async () => {
    await api.db.query(`DELETE FROM location_case WHERE id = $1`, [confidential]);
    for (const as of OUTSIDERS) {
      for (const request of requests)
        expect
          .soft(await ask(request, as, confidential), label(request, as))
          .toEqual(whileItExisted.get(label(request, as)));
      for (const path of await httpPaths())
        expect.soft(await get(path, as, confidential), `${as} ${path}`).toEqual(whileItExisted.get(`${as} ${path}`));
    }
  });
});
