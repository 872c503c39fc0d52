/**
 * Issue 18, finding 3 (server side): a drawn area is a spatial filter of rankCandidates, applied
 * in SQL (bound parameters) before ranking — the search runs inside the area instead of the
 * browser thinning a national top 20 — and the area is bounded (vertices, validity, extent).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const RANK = `query($demand: CandidateDemandInput!) {
  rankCandidates(demand: $demand) { totalCandidates candidates { name kind gemeenteCode location } } }`;

/** Roughly Groningen, Friesland and Drenthe, drawn by hand (5 vertices). */
const NORTH = {
  type: 'Polygon',
  coordinates: [
    [
      [5.3, 52.75],
      [7.25, 52.75],
      [7.25, 53.55],
      [5.3, 53.55],
      [5.3, 52.75],
    ],
  ],
};

function ringOf(n: number): { type: 'Polygon'; coordinates: number[][][] } {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (i / n) * 2 * Math.PI;
    return [5.5 + 0.3 * Math.cos(a), 52.3 + 0.2 * Math.sin(a)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

describe.each(backends())('candidate search inside a drawn area on $name', (backend) => {
  let api: Api;
  const demand = (extra: Record<string, unknown>) => ({
    fte: 100,
    dataset: 'gepubliceerd',
    include: 'gemeenten',
    limit: 200,
    ...extra,
  });

  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('searches inside the area: every gemeente that overlaps it, and nothing outside', async () => {
    const inside = await api.data(RANK, { demand: demand({ area: NORTH }) });
    const national = await api.data(RANK, { demand: demand({}) });
    const [expected] = await api.db.query(
      `SELECT count(*)::int AS n FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
          AND ST_Intersects(geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))`,
      [JSON.stringify(NORTH)],
    );
    expect(inside.rankCandidates.totalCandidates).toBe(expected.n);
    expect(inside.rankCandidates.totalCandidates).toBeGreaterThan(20);
    expect(inside.rankCandidates.totalCandidates).toBeLessThan(national.rankCandidates.totalCandidates);
    // Every candidate is placed inside what was drawn (a point on the part of its gemeente inside it).
    const points = inside.rankCandidates.candidates.map((c: { location: unknown }) => JSON.stringify(c.location));
    const [outside] = await api.db.query(
      `SELECT count(*)::int AS n FROM unnest($1::text[]) p
        WHERE NOT ST_Intersects(ST_SetSRID(ST_GeomFromGeoJSON(p), 4326), ST_SetSRID(ST_GeomFromGeoJSON($2), 4326))`,
      [points, JSON.stringify(NORTH)],
    );
    expect(outside.n).toBe(0);
    const codes = inside.rankCandidates.candidates.map((c: { gemeenteCode: string }) => c.gemeenteCode);
    expect(codes).toContain('GM0014'); // Groningen
    expect(codes).not.toContain('GM0363'); // Amsterdam
  });

  it('refuses an area with too many vertices before any SQL runs, naming the field', async () => {
    const result = await api.gql(RANK, { demand: demand({ area: ringOf(1_200) }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'area' });
    expect(result.errors?.[0]?.message).toMatch(/te veel punten: 1201/);
  });

  it('refuses a self-intersecting area, an area outside the Netherlands and a point, typed', async () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 52],
          [6, 53],
          [6, 52],
          [5, 53],
          [5, 52],
        ],
      ],
    };
    const crossed = await api.gql(RANK, { demand: demand({ area: bowtie }) });
    expect(crossed.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_GEOMETRY', field: 'area' });
    const abroad = await api.gql(RANK, {
      demand: demand({
        area: {
          type: 'Polygon',
          coordinates: [
            [
              [10, 50],
              [11, 50],
              [11, 51],
              [10, 50],
            ],
          ],
        },
      }),
    });
    expect(abroad.errors?.[0]?.extensions.code).toBe('INVALID_GEOMETRY');
    const point = await api.gql(RANK, { demand: demand({ area: { type: 'Point', coordinates: [5.5, 52.5] } }) });
    expect(point.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_GEOMETRY', field: 'area' });
    const injected = await api.gql(RANK, { demand: demand({ area: "'); DROP TABLE region; --" }) });
    expect(injected.errors?.[0]?.extensions.code).toMatch(/INVALID_GEOMETRY|BAD_USER_INPUT/);
    for (const r of [crossed, abroad, point, injected]) expect(r.status).toBeLessThan(500);
  });
});
