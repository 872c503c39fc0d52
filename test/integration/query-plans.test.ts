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
import { FIXTURE_SOURCE, Fixtures } from '../support/fixtures.js';

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
  /** Organisations under two aliases with different sub-selections and a page of one. */
  sitesOrganisationAliases: `query($s: String!) {
    sites(first: 100, filter: { search: $s, dataset: demo }) {
      nodes { name a: organisations(first: 1) { nodes { name } pageInfo { hasNextPage } } b: organisations(first: 1) { nodes { sector } } } } }`,
  /** The N nearest sites, asking only their names. */
  nearest: `query($s: String!, $p: GeoJSON!) {
    nearestSites(point: $p, count: 2, filter: { search: $s, dataset: demo }) { distanceM site { name } } }`,
  /** The sites of an organisation, names only. */
  organisationSites: `query($id: Int!, $s: String!) {
    organisation(id: $id) { name sites(filter: { search: $s, dataset: demo }) { nodes { name } } } }`,
  /** Gemeenten with fte on a given date (planned). */
  regionsWithFteOn: `query($g: GeoJSON!, $d: LocalDate!) {
    regions(kind: gemeente, intersects: $g, first: 100) { nodes { code fte(peildatum: $d, dataset: demo) { fte { value } } } } }`,
  /** fte under two aliases with different arguments: no plan serves both, the field resolvers run. */
  regionsWithFteUnplanned: `query($g: GeoJSON!, $d: LocalDate!) {
    regions(kind: gemeente, intersects: $g, first: 100) {
      nodes { code fte(peildatum: $d, dataset: demo) { fte { value } } other: fte(peildatum: "2023-01-01", dataset: demo) { basis } } } }`,
  /** Organisations of sites nested in a region (their own loader, one statement for the level). */
  nestedOrganisations: `query($s: String!) {
    regions(kind: provincie, codes: ["PV26"], first: 1) { nodes { sites(first: 10, filter: { search: $s, dataset: demo }) {
      nodes { name organisations(first: 5) { nodes { name } } } } } } }`,
  /** The same with the totals read. */
  nestedOrganisationsCounted: `query($s: String!) {
    regions(kind: provincie, codes: ["PV26"], first: 1) { nodes { sites(first: 10, filter: { search: $s, dataset: demo }) {
      totalCount nodes { name organisations(first: 5) { totalCount nodes { name } } } } } } }`,
  /** The same list asking for everything the plan may leave out otherwise. */
  sitesFull: `query($s: String!) {
    sites(first: 100, filter: { search: $s, dataset: demo }) { totalCount nodes { name location organisations { totalCount nodes { name } } } } }`,
};

type Captured = { text: string }[];

describe.each(backends())('query plans on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;
  let noordId: number;

  beforeAll(async () => {
    api = await startApi(backend);
    fixtures = new Fixtures(api.db, `plans-${backend.name}`);
    const [noord, zuid] = [
      await fixtures.organisation('Dienst Noord', 'zbo'),
      await fixtures.organisation('Dienst Zuid', 'zbo'),
    ];
    noordId = noord!;
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
  /** Sites per region of a page: membership kept on write (site_region). */
  const NESTED_SITES = /FROM site_region sr JOIN site s ON s\.id = sr\.site_id/;

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

  it('organisations in the site statement: only their selected columns, their count only when read', async () => {
    const { sql } = await capture(DOCUMENTS.sitesWithOrganisations, { s: fixtures.tag });
    const [list] = reading(sql, SITE_LIST);
    expect(list!.text).toMatch(/o\.name/);
    expect(list!.text).not.toMatch(/o\.abbreviation|o\.sector|o\.source|o\.parent_id/);
    expect(list!.text).not.toMatch(/count\(\*\)/i);
    expect(list!.text).not.toMatch(/row_number\(\)/i);
    const full = await capture(DOCUMENTS.sitesFull, { s: fixtures.tag });
    expect(reading(full.sql, SITE_LIST)[0]!.text).toMatch(/count\(\*\)::int FROM site_organisation/);
  });

  it('organisations under aliases: one statement with the columns of both, pages and pageInfo right', async () => {
    const { sql, data } = await capture(DOCUMENTS.sitesOrganisationAliases, { s: fixtures.tag });
    expect(sql.filter((s) => /organisation/.test(s.text))).toHaveLength(1);
    const [list] = reading(sql, SITE_LIST);
    expect(list!.text).toMatch(/o\.name/);
    expect(list!.text).toMatch(/o\.sector/);
    const b = data.sites.nodes[1];
    expect(b.name).toBe(fixtures.name('Kantoor B'));
    expect(b.a.nodes.map((o: any) => o.name)).toEqual([fixtures.name('Dienst Noord')]);
    expect(b.a.pageInfo.hasNextPage).toBe(true);
    expect(b.b.nodes).toEqual([{ sector: 'zbo' }]);
    expect(data.sites.nodes[2].a).toEqual({ nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('nearest sites: only the selected columns, nearest first', async () => {
    const { sql, data } = await capture(DOCUMENTS.nearest, { s: fixtures.tag, p: UTRECHT });
    const lists = reading(sql, SITE_LIST);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.text).not.toMatch(/ST_AsGeoJSON/i);
    expect(lists[0]!.text).not.toMatch(/s\.address|s\.note|s\.source_url/);
    expect(data.nearestSites.map((n: any) => n.site.name)).toEqual(
      ['Kantoor A', 'Kantoor B'].map((l) => fixtures.name(l)),
    );
    expect(data.nearestSites[0].distanceM).toBeLessThan(data.nearestSites[1].distanceM);
  });

  it("an organisation's sites: only the selected columns, no geometry", async () => {
    const { sql, data } = await capture(DOCUMENTS.organisationSites, { id: noordId, s: fixtures.tag });
    const nested = reading(sql, /JOIN site s ON s\.id = so\.site_id/);
    expect(nested).toHaveLength(1);
    expect(nested[0]!.text).not.toMatch(/ST_AsGeoJSON/i);
    expect(nested[0]!.text).not.toMatch(/s\.address|s\.note/);
    expect(data.organisation.sites.nodes.map((n: any) => n.name)).toEqual(
      ['Kantoor A', 'Kantoor B'].map((l) => fixtures.name(l)),
    );
  });

  it('gemeenten with fte: one statement reads the page and its data version; the same figures as unplanned', async () => {
    // A demo site in Zwolle with a delivery on a date of its own (another tag: the lists above stay as they are).
    const zwolle = new Fixtures(api.db, `plans-zwolle-${backend.name}`);
    try {
      const siteId = await zwolle.site('Kantoor Zwolle', 6.0919, 52.5047);
      await api.db.query(
        `INSERT INTO fte_count (peildatum, scope, site_id, fte, source_url, dataset) VALUES ('2001-01-01', 'locatie', $1, 42.5, $2, 'demo')`,
        [siteId, FIXTURE_SOURCE],
      );
      const variables = { g: ZWOLLE_SQUARE, d: '2001-01-01' };
      await api.data(DOCUMENTS.regionsWithFteOn, variables); // fills the per-version aggregate
      const planned = await capture(DOCUMENTS.regionsWithFteOn, variables);
      expect(planned.sql).toHaveLength(1);
      expect(planned.sql[0]!.text).toMatch(/FROM\s+region\s+r\b/);
      expect(planned.sql[0]!.text).toMatch(/data_version/);
      const unplanned = await capture(DOCUMENTS.regionsWithFteUnplanned, variables);
      expect(unplanned.sql.length).toBeGreaterThan(1); // the version beside the search, then the aggregates
      const figures = (d: any) => d.regions.nodes.map((n: any) => [n.code, n.fte.fte.value]);
      expect(figures(planned.data)).toEqual(figures(unplanned.data));
      expect(figures(planned.data)).toContainEqual(['GM0193', 42.5]);
      // A write makes the planned figures fresh at once (the version read with the page changed).
      await api.db.query(`UPDATE fte_count SET fte = 50 WHERE site_id = $1`, [siteId]);
      expect(figures(await api.data(DOCUMENTS.regionsWithFteOn, variables))).toContainEqual(['GM0193', 50]);
    } finally {
      await zwolle.cleanup();
    }
  });

  it('organisations of nested sites: only their selected columns, counts only when read', async () => {
    const { sql, data } = await capture(DOCUMENTS.nestedOrganisations, { s: fixtures.tag });
    const sites = reading(sql, NESTED_SITES);
    const organisations = reading(sql, /so\.site_id = ANY/);
    expect(sites).toHaveLength(1);
    expect(organisations).toHaveLength(1);
    expect(sites[0]!.text).not.toMatch(/count\(\*\)/i);
    expect(organisations[0]!.text).not.toMatch(/count\(\*\)/i);
    expect(organisations[0]!.text).not.toMatch(/o\.abbreviation|o\.sector|o\.source/);
    const names = (d: any) =>
      d.regions.nodes[0].sites.nodes.map((n: any) => [n.name, n.organisations.nodes.map((o: any) => o.name)]);
    expect(names(data)).toEqual([
      [fixtures.name('Kantoor A'), [fixtures.name('Dienst Noord')]],
      [fixtures.name('Kantoor B'), [fixtures.name('Dienst Noord'), fixtures.name('Dienst Zuid')]],
      [fixtures.name('Kantoor C'), []],
    ]);
    const counted = await capture(DOCUMENTS.nestedOrganisationsCounted, { s: fixtures.tag });
    expect(reading(counted.sql, /so\.site_id = ANY/)[0]!.text).toMatch(/count\(\*\) OVER/i);
    expect(reading(counted.sql, NESTED_SITES)[0]!.text).toMatch(/count\(\*\) OVER/i);
    const [utrecht] = counted.data.regions.nodes;
    expect(utrecht.sites.totalCount).toBe(3);
    expect(utrecht.sites.nodes.map((n: any) => n.organisations.totalCount)).toEqual([1, 2, 0]);
  });
});
