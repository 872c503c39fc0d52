/**
 * Results kept per data version (server/common/version-cache.ts) and remembered geometry
 * verdicts (server/common/spatial.ts), on both backends: a repeat costs no recomputation, yet a
 * write by anyone — here plain SQL, as another process or psql would make it — shows at once.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VersionCache } from '../../server/common/version-cache.js';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { FIXTURE_SOURCE } from '../support/fixtures.js';

// A fictitious reference date no real or demo figure uses.
const PEILDATUM = '2096-01-01';
const AGGREGATE = `query($p: LocalDate!) { fteAggregate(level: provincie, peildatum: $p) { national { fte { value } } regions { code fte { value } shareOfNationalPct { value } } randstad { codes } } }`;
const BOW_TIE = {
  type: 'Polygon',
  coordinates: [
    [
      [5, 52],
      [5.1, 52.1],
      [5.1, 52],
      [5, 52.1],
      [5, 52],
    ],
  ],
};

async function statementsDuring<T>(run: () => Promise<T>): Promise<{ statements: string[]; result: T }> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  try {
    const result = await run();
    return {
      statements: spy.mock.calls.map((call) =>
        String(typeof call[0] === 'string' ? call[0] : (call[0] as { text?: string }).text),
      ),
      result,
    };
  } finally {
    spy.mockRestore();
  }
}

describe.each(backends())('results kept per data version on $name', (backend) => {
  let api: Api;
  const cleanup = () =>
    api.db.query(`DELETE FROM fte_count WHERE source_url = $1 AND peildatum = $2`, [FIXTURE_SOURCE, PEILDATUM]);

  beforeAll(async () => {
    api = await startApi(backend);
    await cleanup();
    await api.db.query(
      `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url) VALUES ($1, 'regio', 'PV22', 100, $2), ($1, 'nationaal', NULL, 1000, $2)`,
      [PEILDATUM, FIXTURE_SOURCE],
    );
  });

  afterAll(async () => {
    if (api) await cleanup();
    await api?.close();
  });

  const aggregate = async () => (await api.data(AGGREGATE, { p: PEILDATUM })).fteAggregate;
  const drenthe = (result: any) => result.regions.find((r: any) => r.code === 'PV22').fte.value;

  it('answers a repeated aggregate with one statement (the data version) and the same figures', async () => {
    const first = await aggregate();
    const repeat = await statementsDuring(aggregate);
    expect(repeat.result).toEqual(first);
    expect(repeat.statements).toHaveLength(1);
    expect(repeat.statements[0]).toMatch(/FROM data_version/);
  });

  it('reads the data version for a region list with fte in the region search itself, once per request', async () => {
    const query = `query($p: LocalDate!) { regions(kind: provincie, first: 12) { nodes { code fte(peildatum: $p) { fte { value } } } } }`;
    await api.data(query, { p: PEILDATUM });
    const { statements, result } = await statementsDuring(() => api.data(query, { p: PEILDATUM }));
    expect(result.regions.nodes.find((r: any) => r.code === 'PV22').fte.fte.value).toBeGreaterThan(0);
    // No round trip of its own: the search statement reads the counter as a column (region-fte.loader.ts).
    const versioned = statements.filter((s) => /FROM data_version/.test(s));
    expect(versioned).toHaveLength(1);
    expect(versioned[0]).toMatch(/FROM region r/);
    const plain = await statementsDuring(() => api.data(`{ regions(kind: provincie, first: 12) { nodes { code } } }`));
    expect(plain.statements.filter((s) => /FROM data_version/.test(s))).toHaveLength(0);
  });

  it('shows a plain SQL insert, update and delete at once', async () => {
    expect(drenthe(await aggregate())).toBe(100);
    await api.db.query(
      `UPDATE fte_count SET fte = 130 WHERE source_url = $1 AND peildatum = $2 AND region_code = 'PV22'`,
      [FIXTURE_SOURCE, PEILDATUM],
    );
    expect(drenthe(await aggregate())).toBe(130);
    await api.db.query(
      `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url) VALUES ($1, 'regio', 'PV27', 70, $2)`,
      [PEILDATUM, FIXTURE_SOURCE],
    );
    const after = await aggregate();
    const noordHolland = after.regions.find((r: any) => r.code === 'PV27');
    expect(noordHolland.fte.value).toBe(70);
    expect(noordHolland.shareOfNationalPct.value).toBeCloseTo(7, 9);
    await api.db.query(`DELETE FROM fte_count WHERE source_url = $1 AND peildatum = $2 AND region_code = 'PV27'`, [
      FIXTURE_SOURCE,
      PEILDATUM,
    ]);
    expect((await aggregate()).regions.find((r: any) => r.code === 'PV27').fte.value).toBeNull();
  });

  it('gives every region of a codes subset the figures of the whole level', async () => {
    const whole = await aggregate();
    const subset = (
      await api.data(
        `query($p: LocalDate!) { fteAggregate(level: provincie, peildatum: $p, codes: ["PV22", "PV20"]) { regions { code fte { value } shareOfNationalPct { value } } randstad { codes } } }`,
        { p: PEILDATUM },
      )
    ).fteAggregate;
    expect(subset.regions.map((r: any) => r.code)).toEqual(['PV20', 'PV22']);
    expect(subset.regions).toEqual(whole.regions.filter((r: any) => ['PV20', 'PV22'].includes(r.code)));
    expect(subset.randstad.codes).toEqual([]); // neither is in the Randstad: groups follow the subset
    expect(whole.randstad.codes).toContain('PV27');
  });

  it('computes once for concurrent askers, does not remember a failure, and evicts the oldest key', async () => {
    const cache = new VersionCache<number>(2);
    let computations = 0;
    const compute = async () => ++computations;
    const [a, b] = await Promise.all([cache.get(api.db, 'k', compute), cache.get(api.db, 'k', compute)]);
    expect([a, b, computations]).toEqual([1, 1, 1]);
    await expect(cache.get(api.db, 'failing', () => Promise.reject(new Error('database weg')))).rejects.toThrow(
      'database weg',
    );
    expect(await cache.get(api.db, 'failing', compute)).toBe(2);
    await cache.get(api.db, 'third', compute); // the cache holds two: 'k' goes
    expect(await cache.get(api.db, 'k', compute)).toBe(4);
  });

  it('refuses the same invalid polygon every time, the second time without asking PostGIS again', async () => {
    const ask = () =>
      api.gql(`query($g: GeoJSON!) { regions(kind: gemeente, intersects: $g) { totalCount } }`, { g: BOW_TIE });
    const first = await ask();
    const second = await statementsDuring(ask);
    for (const answer of [first, second.result]) {
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_GEOMETRY', field: 'intersects' });
      expect(answer.errors?.[0]?.message).toMatch(/snijdt zichzelf/);
    }
    expect(second.statements.filter((s) => /ST_IsValid/.test(s))).toHaveLength(0);
  });
});
