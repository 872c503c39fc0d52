/**
 * Batching: a nested query (regions → sites → organisations → fte) costs a small, constant
 * number of SQL statements however many rows each level has — every relation a field resolver
 * follows goes through a per-request DataLoader. Statements are counted at the driver (pg).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { FIXTURE_SOURCE, Fixtures } from '../support/fixtures.js';

const NESTED = `query Nested($first: Int!, $search: String!) {
  regions(kind: provincie, first: $first) {
    nodes {
      code
      sites(filter: { dataset: demo, search: $search }) {
        totalCount
        nodes { name organisations { name fteCounts(dataset: demo) { fte peildatum } } }
      }
    }
  }
}`;

const MAP_LEVEL = `query MapLevel($first: Int!) {
  regions(kind: provincie, first: $first) {
    nodes { code bbox geometry(tolerance: 0.01, decimals: 4) parent(kind: provincie) { code } population(peildatum: "2024-01-01") { inhabitants { value } }
      profiles { id } fte(peildatum: "2024-01-01", dataset: demo) { fte { value missingReason } } }
  }
}`;

// One fictitious site per province listed, placed on a point inside it.
const PLACES: [string, number, number][] = [
  ['PV20', 6.57, 53.22], ['PV21', 5.8, 53.2], ['PV22', 6.56, 52.99], ['PV22', 6.9, 52.78], ['PV23', 6.09, 52.51], ['PV26', 5.12, 52.09], ['PV31', 5.69, 50.85],
];

describe.each(backends())('batching on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await startApi(backend);
    fixtures = new Fixtures(api.db, `batching-${backend.name}`);
    const organisations = [await fixtures.organisation('Dienst Noord', 'zbo'), await fixtures.organisation('Dienst Zuid', 'defensie')];
    for (const [i, [code, lon, lat]] of PLACES.entries()) {
      const organisationId = organisations[i % 2]!;
      await fixtures.site(`Kantoor ${i} ${code}`, lon, lat, { organisationIds: organisations.slice(0, 1 + (i % 2)) });
      const siteId = fixtures.siteIds.at(-1)!;
      await api.db.query(
        `INSERT INTO fte_count (peildatum, scope, site_id, organisation_id, fte, source_url, dataset) VALUES ('2024-01-01', 'locatie', $1, $2, $3, $4, 'demo')`,
        [siteId, organisationId, 10 + i, FIXTURE_SOURCE],
      );
    }
  });

  afterAll(async () => {
    await fixtures?.cleanup();
    await api?.close();
  });

  async function countStatements(run: () => Promise<unknown>): Promise<{ count: number; result: any }> {
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const result = await run();
      return { count: spy.mock.calls.length, result };
    } finally {
      spy.mockRestore();
    }
  }

  it('answers regions → sites → organisations → fte in the same few statements for 2 or 12 regions', async () => {
    const small = await countStatements(() => api.data(NESTED, { first: 2, search: fixtures.tag }));
    const large = await countStatements(() => api.data(NESTED, { first: 12, search: fixtures.tag }));
    expect(large.count).toBe(small.count);
    console.info(`[batching] ${backend.name}: ${small.count} statements for 2 regions, ${large.count} for 12`);
    expect(large.count).toBeLessThanOrEqual(6);

    // Batching must not mix up rows: every site sits in its own province with its own figures.
    const byProvince = new Map(large.result.regions.nodes.map((n: any) => [n.code, n.sites]));
    expect(large.result.regions.nodes).toHaveLength(12);
    expect((byProvince.get('PV22') as any).totalCount).toBe(2);
    expect((byProvince.get('PV28') as any).totalCount).toBe(0);
    const drenthe = (byProvince.get('PV22') as any).nodes;
    expect(drenthe.map((s: any) => s.name)).toEqual([fixtures.name('Kantoor 2 PV22'), fixtures.name('Kantoor 3 PV22')]);
    expect(drenthe[1].organisations.map((o: any) => o.name)).toEqual([fixtures.name('Dienst Noord'), fixtures.name('Dienst Zuid')]);
    const zuid = drenthe[1].organisations[1];
    expect(zuid.fteCounts.map((f: any) => f.fte).sort((a: number, b: number) => a - b)).toEqual([11, 13, 15]);
  });

  it('keeps map-level fields (geometry, bbox, parent, population, profiles, fte) constant in statements too', async () => {
    const small = await countStatements(() => api.data(MAP_LEVEL, { first: 2 }));
    const large = await countStatements(() => api.data(MAP_LEVEL, { first: 12 }));
    expect(large.count).toBe(small.count);
    console.info(`[batching] ${backend.name}: ${small.count} statements for 2 regions, ${large.count} for 12`);
    expect(large.count).toBeLessThanOrEqual(12);
    const drenthe = large.result.regions.nodes.find((n: any) => n.code === 'PV22');
    expect(drenthe.fte.fte.value).toBe(10 + 2 + 10 + 3);
    expect(drenthe.parent).toEqual({ code: 'PV22' });
    expect(drenthe.bbox).toHaveLength(4);
    expect(drenthe.geometry.type).toBe('MultiPolygon');
  });
});
