/**
 * Batching: a nested query (regions → sites → organisations → fte) costs a small, constant
 * number of SQL statements however many rows each level has — every relation a field resolver
 * follows goes through a per-request DataLoader. Statements are counted at the driver (pg).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invalidateTiles } from '../../server/common/data-version.js';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { FIXTURE_SOURCE, Fixtures } from '../support/fixtures.js';

// Page sizes are literals: a page variable is costed at the largest page (500) by the query limits.
const nested = (regions: number) => `query Nested($search: String!) {
  regions(kind: provincie, first: ${regions}) {
    nodes {
      code
      sites(first: 10, filter: { dataset: demo, search: $search }) {
        totalCount
        nodes { name organisations(first: 5) { totalCount nodes { name fteCounts(dataset: demo, first: 5) { totalCount nodes { fte peildatum } } } } }
      }
    }
  }
}`;

const mapLevel = (regions: number) => `query MapLevel {
  regions(kind: provincie, first: ${regions}) {
    nodes { code bbox geometry(tolerance: 0.01, decimals: 4) parent(kind: provincie) { code } population(peildatum: "2024-01-01") { inhabitants { value } }
      profiles(first: 3) { totalCount nodes { id } } fte(peildatum: "2024-01-01", dataset: demo) { fte { value missingReason } } }
  }
}`;

// Site relations: fte counts, masterplan projects and their change requests, each a nested connection.
const siteRelations = (sites: number) => `query SiteRelations($search: String!) {
  sites(first: ${sites}, filter: { dataset: demo, search: $search }, orderBy: { field: NAME }) {
    nodes { name fteCounts(first: 2) { totalCount nodes { fte } } masterplanProjects(first: 2) { totalCount nodes { name changeRequests(first: 2) { totalCount nodes { title } } } } }
  }
}`;

// One fictitious site per province listed, placed on a point inside it.
const PLACES: [string, number, number][] = [
  ['PV20', 6.57, 53.22],
  ['PV21', 5.8, 53.2],
  ['PV22', 6.56, 52.99],
  ['PV22', 6.9, 52.78],
  ['PV23', 6.09, 52.51],
  ['PV26', 5.12, 52.09],
  ['PV31', 5.69, 50.85],
];

/**
 * Statements each query costs, whatever the number of parents (measured, then pinned; a change
 * either way should be looked at). Counted at the driver, so 0 would mean the spy saw nothing.
 * Each count starts with the results kept per data version made stale (version-cache.ts), so it
 * is the cost of an answer computed afresh.
 * nested: regions (newest boundary year in the same statement), sites per region, organisations
 * per site, fte per organisation.
 * map level: regions (with the data version in the same statement), bbox, geometry, parent,
 * population, profiles, and the fte aggregate (regions, national total, population); asked again,
 * the aggregate costs nothing (its version came with the regions).
 * site relations: sites, fte per site, projects per site, change requests per project.
 */
const NESTED_STATEMENTS = 4;
const MAP_LEVEL_STATEMENTS = 9;
const MAP_LEVEL_REPEATED_STATEMENTS = 6;
const SITE_RELATIONS_STATEMENTS = 4;

describe.each(backends())('batching on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await startApi(backend);
    fixtures = new Fixtures(api.db, `batching-${backend.name}`);
    const organisations = [
      await fixtures.organisation('Dienst Noord', 'zbo'),
      await fixtures.organisation('Dienst Zuid', 'defensie'),
    ];
    for (const [i, [code, lon, lat]] of PLACES.entries()) {
      const organisationId = organisations[i % 2]!;
      await fixtures.site(`Kantoor ${i} ${code}`, lon, lat, { organisationIds: organisations.slice(0, 1 + (i % 2)) });
      const siteId = fixtures.siteIds.at(-1)!;
      await api.db.query(
        `INSERT INTO fte_count (peildatum, scope, site_id, organisation_id, fte, source_url, dataset) VALUES ('2024-01-01', 'locatie', $1, $2, $3, $4, 'demo')`,
        [siteId, organisationId, 10 + i, FIXTURE_SOURCE],
      );
      // Every site gets i masterplan projects (0, 1, 2, …), each with three change requests.
      for (let p = 0; p < i; p++) {
        const [project] = await api.db.query(
          `INSERT INTO masterplan_project (name, site_id, kind, status, source_url, dataset) VALUES ($1, $2, 'renovatie', 'gepland', $3, 'demo') RETURNING id`,
          [fixtures.name(`Project ${i}.${p}`), siteId, FIXTURE_SOURCE],
        );
        fixtures.onCleanup('DELETE FROM masterplan_project WHERE id = $1', [project.id]);
        for (let c = 0; c < 3; c++) {
          await api.db.query(
            `INSERT INTO change_request (project_id, title, status, submitted_on) VALUES ($1, $2, 'ingediend', $3)`,
            [project.id, `VtW ${c}`, `2025-0${c + 1}-01`],
          );
        }
        fixtures.onCleanup('DELETE FROM change_request WHERE project_id = $1', [project.id]);
      }
    }
  });

  afterAll(async () => {
    await fixtures?.cleanup();
    await api?.close();
  });

  async function countStatements(run: () => Promise<unknown>): Promise<{ count: number; result: any }> {
    invalidateTiles();
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const result = await run();
      return { count: spy.mock.calls.length, result };
    } finally {
      spy.mockRestore();
    }
  }

  it('answers regions → sites → organisations → fte in one statement per level, for 2 or 12 regions', async () => {
    const small = await countStatements(() => api.data(nested(2), { search: fixtures.tag }));
    const large = await countStatements(() => api.data(nested(12), { search: fixtures.tag }));
    console.info(`[batching] ${backend.name}: ${small.count} statements for 2 regions, ${large.count} for 12`);
    expect(small.count).toBe(NESTED_STATEMENTS);
    expect(large.count).toBe(NESTED_STATEMENTS);

    // Batching must not mix up rows: every site sits in its own province with its own figures.
    const byProvince = new Map(large.result.regions.nodes.map((n: any) => [n.code, n.sites]));
    expect(large.result.regions.nodes).toHaveLength(12);
    expect((byProvince.get('PV22') as any).totalCount).toBe(2);
    expect((byProvince.get('PV28') as any).totalCount).toBe(0);
    const drenthe = (byProvince.get('PV22') as any).nodes;
    expect(drenthe.map((s: any) => s.name)).toEqual([fixtures.name('Kantoor 2 PV22'), fixtures.name('Kantoor 3 PV22')]);
    expect(drenthe[1].organisations.totalCount).toBe(2);
    expect(drenthe[1].organisations.nodes.map((o: any) => o.name)).toEqual([
      fixtures.name('Dienst Noord'),
      fixtures.name('Dienst Zuid'),
    ]);
    const zuid = drenthe[1].organisations.nodes[1];
    expect(zuid.fteCounts.totalCount).toBe(3);
    expect(zuid.fteCounts.nodes.map((f: any) => f.fte).sort((a: number, b: number) => a - b)).toEqual([11, 13, 15]);
  });

  it('keeps map-level fields (geometry, bbox, parent, population, profiles, fte) constant in statements too', async () => {
    const small = await countStatements(() => api.data(mapLevel(2)));
    const large = await countStatements(() => api.data(mapLevel(12)));
    console.info(`[batching] ${backend.name}: ${small.count} statements for 2 regions, ${large.count} for 12`);
    expect(small.count).toBe(MAP_LEVEL_STATEMENTS);
    expect(large.count).toBe(MAP_LEVEL_STATEMENTS);
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const repeated = await api.data(mapLevel(12));
      expect(spy.mock.calls.length).toBe(MAP_LEVEL_REPEATED_STATEMENTS);
      expect(repeated).toEqual(large.result);
    } finally {
      spy.mockRestore();
    }
    const drenthe = large.result.regions.nodes.find((n: any) => n.code === 'PV22');
    expect(drenthe.fte.fte.value).toBe(10 + 2 + 10 + 3);
    expect(drenthe.parent).toEqual({ code: 'PV22' });
    expect(drenthe.bbox).toHaveLength(4);
    expect(drenthe.geometry.type).toBe('MultiPolygon');
  });

  it('pages the relations of many sites (fte, projects, their change requests) in one statement per relation', async () => {
    const small = await countStatements(() => api.data(siteRelations(2), { search: fixtures.tag }));
    const large = await countStatements(() => api.data(siteRelations(7), { search: fixtures.tag }));
    console.info(`[batching] ${backend.name}: ${small.count} statements for 2 sites, ${large.count} for 7`);
    expect(small.count).toBe(SITE_RELATIONS_STATEMENTS);
    expect(large.count).toBe(SITE_RELATIONS_STATEMENTS);
    const nodes = large.result.sites.nodes;
    expect(nodes).toHaveLength(7);
    // Kantoor i has i projects; each page holds at most 2 but counts them all.
    for (const site of nodes) {
      const i = Number(/Kantoor (\d)/.exec(site.name)![1]);
      expect(site.masterplanProjects.totalCount).toBe(i);
      expect(site.masterplanProjects.nodes).toHaveLength(Math.min(i, 2));
      expect(site.fteCounts).toEqual({ totalCount: 1, nodes: [{ fte: 10 + i }] });
      for (const project of site.masterplanProjects.nodes) {
        // Newest submission first, two of three.
        expect(project.changeRequests).toEqual({ totalCount: 3, nodes: [{ title: 'VtW 2' }, { title: 'VtW 1' }] });
      }
    }
    expect(
      nodes
        .find((n: any) => n.name === fixtures.name('Kantoor 5 PV26'))
        .masterplanProjects.nodes.map((p: any) => p.name),
    ).toEqual([fixtures.name('Project 5.0'), fixtures.name('Project 5.1')]);
  });
});
