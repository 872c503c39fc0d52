/**
 * The pure logic of the PostGraphile comparison in `npm run bench`: the same-data check that fails
 * a scenario when the two servers answer differently, the ratio table, the A/B round combination
 * and the Zwolle square. The benchmark itself is not run by `npm test`.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain JavaScript module without types
import { checkSameData, compareKeys, num, points, CHECKS } from '../../bench/lib/same-data.mjs';
// @ts-expect-error — plain JavaScript module without types
import { ratioRows, ratioTable } from '../../bench/lib/report.mjs';
// @ts-expect-error — plain JavaScript module without types
import { combineRounds, runLoad } from '../../bench/lib/load.mjs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error — plain JavaScript module without types
import { squareAround, ZWOLLE, ZWOLLE_SQUARE, THEIRS, THEIRS_APP } from '../../bench/lib/queries.mjs';
// @ts-expect-error — plain JavaScript module without types
import { SCENARIOS } from '../../bench/lib/scenarios.mjs';

describe('same-data check', () => {
  it('accepts equal ordered keys and rejects a different order, a missing or an extra item', () => {
    expect(compareKeys(['1', '2'], ['1', '2']).same).toBe(true);
    expect(compareKeys(['1', '2'], ['2', '1']).same).toBe(false);
    expect(compareKeys(['1', '2'], ['2', '1'], { ordered: false }).same).toBe(true);
    const missing = compareKeys(['1', '2', '3'], ['1', '2']);
    expect(missing.same).toBe(false);
    expect(missing.detail).toContain('"3"');
    expect(compareKeys(['1'], ['1', '9']).detail).toContain('"9"');
  });

  it('treats numbers as both sides print them (numeric string against float)', () => {
    expect(num('123.40')).toBe(num(123.4));
    expect(num(null)).toBe('null');
    expect(num('12.3456')).not.toBe(num(12.3));
  });

  const ours = (fte: number | null) => ({
    data: {
      fteAggregate: {
        regions: [
          { code: 'PV20', fte: { value: fte } },
          { code: 'PV21', fte: { value: 3 } },
        ],
      },
    },
  });
  const theirs = (fte: string | null) => ({
    data: {
      pglBenchFtePerProvince: {
        nodes: [
          { code: 'PV21', fte: '3' },
          { code: 'PV20', fte },
        ],
      },
    },
  });

  it('passes the aggregate when both sides have the same figures per province', () => {
    expect(checkSameData(CHECKS.aggregate, ours(10.5), theirs('10.50'))).toMatchObject({ same: true });
  });

  it('fails the aggregate when a figure differs', () => {
    expect(checkSameData(CHECKS.aggregate, ours(10.5), theirs('11')).same).toBe(false);
    expect(checkSameData(CHECKS.aggregate, ours(null), theirs('0')).same).toBe(false);
  });

  it('fails on GraphQL errors, on an unexpected shape and on an empty answer', () => {
    expect(checkSameData(CHECKS.aggregate, ours(1), { errors: [{ message: 'x' }] }).same).toBe(false);
    expect(checkSameData(CHECKS.aggregate, ours(1), { data: { other: {} } }).detail).toContain('vorm');
    const empty = { data: { fteAggregate: { regions: [] } } };
    expect(checkSameData(CHECKS.aggregate, empty, { data: { pglBenchFtePerProvince: { nodes: [] } } }).same).toBe(
      false,
    );
  });

  it('compares the nearby list in order, with distances to the metre', () => {
    const o = {
      data: {
        sites: {
          edges: [
            { distanceM: 10.2, node: { id: 1 } },
            { distanceM: 20.7, node: { id: 2 } },
          ],
        },
      },
    };
    const t = (d: number) => ({
      data: {
        pglBenchSitesNearby: {
          nodes: [
            { rowId: 1, distanceM: 10.4 },
            { rowId: 2, distanceM: d },
          ],
        },
      },
    });
    expect(checkSameData(CHECKS.nearby, o, t(20.9)).same).toBe(true);
    expect(checkSameData(CHECKS.nearby, o, t(25)).same).toBe(false);
  });

  it('counts the points of a GeoJSON outline (the simplification must match)', () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(points({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBe(8);
    expect(points(JSON.stringify({ type: 'Point', coordinates: [5, 52] }))).toBe(1);
  });

  it('has a check for every scenario compared with PostGraphile, and a PostGraphile document for each check', () => {
    for (const s of SCENARIOS as { id: string; theirs?: unknown; check?: unknown }[])
      if (s.theirs) expect(s.check, s.id).toBeDefined();
    for (const id of Object.keys(CHECKS)) expect(THEIRS[id] ?? THEIRS_APP[id], id).toBeDefined();
  });

  it("sends the PostGraphile side of the app's operations with __typename, as the same Apollo client would", () => {
    const app = (SCENARIOS as { id: string; theirs?: () => { body: string } }[]).filter(
      (s) => s.id in THEIRS_APP && s.theirs,
    );
    expect(app.length).toBe(Object.keys(THEIRS_APP).length);
    for (const s of app) expect(JSON.parse(s.theirs!().body).query, s.id).toContain('__typename');
  });
});

describe('ratio table', () => {
  const load = (rps: number, p50: number) => ({ rps, p50 });
  const run = {
    floors: { a: { p50: 1, statements: 1 }, b: { p50: 2, statements: 2 } },
    apis: {
      a: {
        ours: { c1: load(300, 1.2), c16: load(900, 10) },
        postgraphile: { c1: load(100, 3), c16: load(1000, 9) },
        loadAvg: 1.5,
      },
      b: { ours: { c1: { ...load(50, 4), errors: 2 } }, loadAvg: 2 },
      c: { failed: 'niet dezelfde gegevens: item 0', loadAvg: 3 },
    },
  };
  const scenarios = [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
    { id: 'd', label: 'D (not run)' },
  ];

  it('gives ours/PostGraphile per concurrency and ours p50 over the floor, with the targets', () => {
    const rows = ratioRows(run, scenarios);
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({ c1: 3, c16: 0.9, floor: 1.2, loadAvg: 1.5 });
    expect(rows[0].met).toEqual({ c1: true, c16: false, floor: true });
    expect(rows[1]).toMatchObject({ c1: null, c16: null, floor: 2 });
    expect(rows[1].met).toEqual({ c1: null, c16: null, floor: false });
    expect(rows[1].errors).toEqual({ ours: 2, postgraphile: 0 });
    expect(rows[0].errors).toEqual({ ours: 0, postgraphile: 0 });
    expect(rows[2].failed).toContain('niet dezelfde');
  });

  it('prints a Markdown table with the load beside each scenario and the failures marked', () => {
    const lines = ratioTable(ratioRows(run, scenarios));
    expect(lines[0]).toContain('load');
    expect(lines[2]).toBe('| A | **3** | 0.9 ✗ | **1.2** | 1.5 |');
    expect(lines[3]).toBe('| B (fouten: ons 2, PostGraphile 0) | — | — | 2 ✗ | 2 |');
    expect(lines[4]).toContain('MISLUKT');
  });
});

describe('A/B rounds', () => {
  it('combines rounds into requests over the summed time and percentiles over all latencies', () => {
    const round = (times: number[], elapsedS: number) => {
      const r = { concurrency: 1, requests: times.length, errors: 0, firstError: null, elapsedS, rps: 0 };
      Object.defineProperty(r, 'times', { value: times, enumerable: false });
      return r;
    };
    const c = combineRounds([round([1, 1, 1], 1), round([3, 3, 3, 3, 3], 1)]);
    expect(c).toMatchObject({ requests: 8, elapsedS: 2, rps: 4, rounds: 2, p50: 3 });
    expect(c.p95).toBe(3);
  });
});

describe('load generator', () => {
  it('counts a connection the server drops as an error instead of ending the run', async () => {
    let n = 0;
    const server = http.createServer((req, res) => {
      if (++n % 3 === 0) req.socket.destroy();
      else res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const r = await runLoad({
        base,
        request: () => ({ path: '/' }),
        concurrency: 2,
        // maxRequests ends the run, not the clock: under CI load 200 ms held fewer than 3 requests.
        durationMs: 30_000,
        maxRequests: 30,
      });
      expect(r.errors).toBeGreaterThan(0);
      expect(r.firstError).toMatch(/ECONNRESET|socket hang up/);
      expect(r.requests + r.errors).toBe(30);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('Zwolle square', () => {
  it('is 30 × 30 km around Zwolle station', () => {
    const [ring] = ZWOLLE_SQUARE.coordinates;
    const [[w, s], , [e, n]] = ring;
    const kmPerDegLat = 111.32;
    const kmPerDegLon = kmPerDegLat * Math.cos((ZWOLLE.lat * Math.PI) / 180);
    expect((n - s) * kmPerDegLat).toBeCloseTo(30, 1);
    expect((e - w) * kmPerDegLon).toBeCloseTo(30, 1);
    expect((w + e) / 2).toBeCloseTo(ZWOLLE.lon, 5);
    expect(ring[0]).toEqual(ring[4]);
    expect(squareAround({ lon: 0, lat: 0 }, 2 * 111_320).coordinates[0][2]).toEqual([1, 1]);
  });
});
