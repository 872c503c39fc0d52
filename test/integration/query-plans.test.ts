/**
 * Plan tests (issue 19): each typical document paired with the SQL it sends, as crystal's
 * __tests__/queries do, so a regression in what we fetch fails here. Statements are captured at
 * the driver (pg.Client#query) on both backends. What must hold:
 * - only what the selection needs: no ST_AsGeoJSON without a geometry field, no count(*) without
 *   totalCount (or pageInfo);
 * - relations the selection follows from a site list (its organisations) come in the same
 *   statement, not one round trip later;
 * - and the answers stay what they were (checked against plain SQL on the same rows).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { Fixtures } from '../support/fixtures.js';

/** Utrecht Centraal, ../shared/data/stations_nl.csv (rounded to 4 decimals). */
const UTRECHT = { type: 'Point', coordinates: [5.1101, 52.0894] };
/**
 * A 30 × 30 km square around Zwolle station (6.0919, 52.5047 in stations_nl.csv): ±15 km is
 * ±0.1349° latitude and ±0.2213° longitude there (approximate, spherical).
 */
const ZWOLLE_SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [5.8706, 52.3698],
      [6.3132, 52.3698],
      [6.3132, 52.6396],
      [5.8706, 52.6396],
      [5.8706, 52.3698],
    ],
  ],
};

const DOCUMENTS = {
  /** The first 100 sites with their organisation names. */
  sitesWithOrganisations: `query($s: String!) {
    sites(first: 100, filter: { search: $s, dataset: demo }) { nodes { name kind organisations { nodes { name } } } } }`,
  /** Sites within 25 km of a point in Utrecht, first 50, nearest first. */
  radius: `query($s: String!, $p: GeoJSON!) {
    sites(first: 50, filter: { search: $s, dataset: demo, nearby: { point: $p, radiusM: 25000 } }, orderBy: { field: DISTANCE }) {
      edges { distanceM node { id name } } } }`,
  /** Gemeenten in a 30 × 30 km square around Zwolle, with fte. */
  regionsWithFte: `query($g: GeoJSON!) {
    regions(kind: gemeente, intersects: $g, first: 100) {
      nodes { code name fte(peildatum: "2024-01-01", dataset: demo) { fte { value } } } } }`,
  /** Sites nested in a province (one statement for all provinces of the page). */
  nestedSites: `query($s: String!) {
    regions(kind: provincie, codes: ["PV26"]) { nodes { code sites(filter: { search: $s, dataset: demo }) { nodes { name } } } } }`,
  /** Candidate ranking over all gemeenten and sites (bench/lib/queries.mjs OURS.ranking). */
  ranking: `query($d: CandidateDemandInput!) {
    rankCandidates(demand: $d) { totalCandidates candidates { rank gemeenteCode kind nearestStation total } } }`,
  /** The same list asking for everything the plan may leave out otherwise. */
  sitesFull: `query($s: String!) {
    sites(first: 100, filter: { search: $s, dataset: demo }) { totalCount nodes { name location organisations { totalCount nodes { name } } } } }`,
};

type Captured = { text: string }[];

describe.each(backends())('query plans on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await startApi(backend);
    fixtures = new Fixtures(api.db, `plans-${backend.name}`);
    const [noord, zuid] = [
      await fixtures.organisation('Dienst Noord', 'zbo'),
      await fixtures.organisation('Dienst Zuid', 'zbo'),
    ];
    // Three sites around Utrecht at increasing distance; the middle one houses both organisations.
    await fixtures.site('Kantoor A', 5.12, 52.09, { organisationIds: [noord!] });
    await fixtures.site('Kantoor B', 5.2, 52.1, { organisationIds: [noord!, zuid!] });
    await fixtures.site('Kantoor C', 5.4, 52.2, { organisationIds: [] });
  });

  afterAll(async () => {
    await fixtures?.cleanup();
    await api?.close();
  });

  async function capture(query: string, variables: Record<string, unknown>): Promise<{ sql: Captured; data: any }> {
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const data = await api.data(query, variables);
      const sql = spy.mock.calls.map(([q]) => ({ text: typeof q === 'string' ? q : (q as { text: string }).text }));
      return { sql, data };
    } finally {
      spy.mockRestore();
    }
  }

  const reading = (sql: Captured, table: RegExp) => sql.filter((s) => table.test(s.text));
  const SITE_LIST = /FROM\s+site\s+s\b/;

  it('first 100 sites with organisation names: one statement, no geometry, no count', async () => {
    const { sql, data } = await capture(DOCUMENTS.sitesWithOrganisations, { s: fixtures.tag });
    const lists = reading(sql, SITE_LIST);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.text).not.toMatch(/ST_AsGeoJSON/i);
    expect(lists[0]!.text).not.toMatch(/count\(\*\) OVER \(\)/i);
    // The organisations ride along in the site statement: nothing else reads them.
    expect(reading(sql, /site_organisation/).map((s) => s.text)).toEqual([lists[0]!.text]);
    const names = data.sites.nodes.map((n: any) => [n.name, n.kind, n.organisations.nodes.map((o: any) => o.name)]);
    expect(names).toEqual([
      [fixtures.name('Kantoor A'), 'rijkskantoor', [fixtures.name('Dienst Noord')]],
      [fixtures.name('Kantoor B'), 'rijkskantoor', [fixtures.name('Dienst Noord'), fixtures.name('Dienst Zuid')]],
      [fixtures.name('Kantoor C'), 'rijkskantoor', []],
    ]);
  });

  it('radius search, first 50, nearest first: no geometry, no count', async () => {
    const { sql, data } = await capture(DOCUMENTS.radius, { s: fixtures.tag, p: UTRECHT });
    const lists = reading(sql, SITE_LIST);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.text).not.toMatch(/ST_AsGeoJSON/i);
    expect(lists[0]!.text).not.toMatch(/count\(\*\) OVER \(\)/i);
    const distances = data.sites.edges.map((e: any) => e.distanceM);
    expect(data.sites.edges.map((e: any) => e.node.name)).toEqual(
      ['Kantoor A', 'Kantoor B', 'Kantoor C'].map((l) => fixtures.name(l)),
    );
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const [exact] = await api.db.query(
      `SELECT ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(5.1101, 52.0894), 4326)::geography) AS d FROM site WHERE id = $1`,
      [data.sites.edges[0].node.id],
    );
    expect(distances[0]).toBeCloseTo(exact.d, 6);
  });

  it('gemeenten in a square around Zwolle with fte: no geometry, no count', async () => {
    const { sql, data } = await capture(DOCUMENTS.regionsWithFte, { g: ZWOLLE_SQUARE });
    const lists = reading(sql, /FROM\s+region\s+r\b/).filter((s) => /ST_Intersects/.test(s.text));
    expect(lists).toHaveLength(1);
    expect(lists[0]!.text).not.toMatch(/ST_AsGeoJSON/i);
    expect(lists[0]!.text).not.toMatch(/count\(\*\) OVER \(\)/i);
    const codes = data.regions.nodes.map((n: any) => n.code);
    expect(codes).toContain('GM0193'); // Zwolle
    expect(data.regions.nodes.every((n: any) => 'fte' in n)).toBe(true);
  });

  it('sites nested in regions: only the selected columns, no geometry', async () => {
    const { sql, data } = await capture(DOCUMENTS.nestedSites, { s: fixtures.tag });
    // Membership kept on write (site_region): no point-in-polygon test per site and request.
    const nested = reading(sql, /FROM site_region sr JOIN site s ON s\.id = sr\.site_id/);
    expect(nested[0]?.text).not.toMatch(/ST_Intersects/);
    expect(nested).toHaveLength(1);
    expect(nested[0]!.text).not.toMatch(/ST_AsGeoJSON/i);
    expect(nested[0]!.text).not.toMatch(/s\.address|s\.note/);
    const [utrecht] = data.regions.nodes;
    expect(utrecht.code).toBe('PV26');
    expect(utrecht.sites.nodes.map((n: any) => n.name)).toEqual(
      ['Kantoor A', 'Kantoor B', 'Kantoor C'].map((l) => fixtures.name(l)),
    );
  });

  it('fetches geometry and counts when the selection asks for them', async () => {
    const { sql, data } = await capture(DOCUMENTS.sitesFull, { s: fixtures.tag });
    const lists = reading(sql, SITE_LIST);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.text).toMatch(/ST_AsGeoJSON/i);
    expect(lists[0]!.text).toMatch(/count\(\*\) OVER \(\)/i);
    expect(data.sites.totalCount).toBe(3);
    expect(data.sites.nodes[0].location).toEqual({ type: 'Point', coordinates: [5.12, 52.09] });
    expect(data.sites.nodes.map((n: any) => n.organisations.totalCount)).toEqual([1, 2, 0]);
  });
  it('candidate ranking: one statement scores all candidates and returns only the best, no station search per candidate', async () => {
    const { sql, data } = await capture(DOCUMENTS.ranking, { d: { fte: 150, dataset: 'demo', limit: 7 } });
    const candidates = reading(sql, /FROM\s+site\s+s\b/).filter((s) => /site_intercity/.test(s.text));
    expect(candidates).toHaveLength(1);
    const text = candidates[0]!.text;
    // Stations kept per site and gemeente point; measured only where an area moves a point.
    expect(text).toMatch(/JOIN site_intercity si ON si\.site_id = s\.id/);
    expect(text).not.toMatch(/<->/);
    // Scored and cut in the database: LIMIT on the scored rows, GeoJSON after the cut.
    expect(text).toMatch(/ORDER BY t\.total DESC, .* LIMIT \$19/s);
    expect(text.indexOf('ST_AsGeoJSON')).toBeGreaterThan(text.indexOf('LIMIT $19'));
    expect(reading(sql, /rp_nearest_intercity|<->/).filter((s) => s !== candidates[0])).toEqual([]);
    // The dataset's reference dates by a loose index scan, not a DISTINCT over every figure.
    expect(reading(sql, /SELECT DISTINCT to_char\(peildatum/)).toEqual([]);
    expect(reading(sql, /WITH RECURSIVE d AS/)).toHaveLength(1);
    const ranked = data.rankCandidates.candidates;
    expect(ranked.map((c: any) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(data.rankCandidates.totalCandidates).toBeGreaterThan(300);
    const totals = ranked.map((c: any) => c.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });
});
