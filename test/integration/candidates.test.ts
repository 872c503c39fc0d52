/**
 * Candidate ranking over real boundaries and stations, with a small synthetic demonstration
 * fixture (labelled; dates 2098/2099 that no real data uses) for sites, fte and profiles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { DEFAULT_WORKPLACES_PER_FTE, rankCandidates, type Demand } from '../../server/candidates/candidates.service.js';
import { findCandidates, INTERCITY_STATION_TYPES } from '../../server/candidates/candidates.queries.js';
import { CRITERION_LABELS } from '../../server/candidates/criteria.js';
import { insertSite } from '../../server/sites/site.queries.js';
import { backends, connect } from '../support/backends.js';
import { vincentyMetres } from '../support/geodesic.js';
import { ensurePublishedFacts } from '../support/published-fixture.js';

const FIXTURE = 'https://example.org/synthetische-testdata-ranking';
const NOW = '2099-01-01';
const BEFORE = '2098-01-01';
const RANDSTAD = ['PV26', 'PV27', 'PV28'];
const UTRECHT_CS = { type: 'Point', coordinates: [5.110278, 52.089444] };

// Synthetic province totals (fictional): Randstad heavy, Drenthe light and lagging.
const PROVINCE_FTE: Record<string, [number, number]> = {
  PV20: [9000, 9300],
  PV21: [7000, 7100],
  PV22: [6000, 5900],
  PV23: [14000, 14500],
  PV24: [5000, 5200],
  PV25: [20000, 21000],
  PV26: [40000, 43000],
  PV27: [60000, 64000],
  PV28: [90000, 96000],
  PV29: [3000, 3050],
  PV30: [18000, 18500],
  PV31: [12000, 12100],
};

describe.each(backends())('candidate ranking on $name', (backend) => {
  let db: DataSource;
  const siteIds: number[] = [];
  const base: Demand = { fte: 150, dataset: 'demo', peildatum: NOW, limit: 200 };

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    await ensurePublishedFacts(db); // population per province
    for (const [code, [before, now]] of Object.entries(PROVINCE_FTE)) {
      for (const [date, fte] of [
        [BEFORE, before],
        [NOW, now],
      ] as const) {
        await db.query(
          `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url, dataset) VALUES ($1, 'regio', $2, $3, $4, 'demo')`,
          [date, code, fte, FIXTURE],
        );
      }
    }
    const sites = [
      ['Fictieve testlocatie Assen', 6.5665, 52.9925, 'GM0106', 400, 100],
      ['Fictieve testlocatie Utrecht', 5.1128, 52.0894, 'GM0344', 900, 1000],
      ['Fictieve testlocatie Zwolle', 6.0919, 52.5055, 'GM0193', 300, 50],
    ] as const;
    for (const [name, lon, lat, gemeente, workplaces, fte] of sites) {
      const site = await insertSite(db, {
        kind: 'overig',
        name,
        city: 'fictief',
        gemeenteCode: gemeente,
        geometryJson: JSON.stringify({ type: 'Point', coordinates: [lon, lat] }),
        locationPrecision: 'gemeente',
        workplaces,
        sourceUrl: FIXTURE,
        dataset: 'demo',
      });
      siteIds.push(site.id);
      await db.query(
        `INSERT INTO fte_count (peildatum, scope, site_id, fte, source_url, dataset) VALUES ($1, 'locatie', $2, $3, $4, 'demo')`,
        [NOW, site.id, fte, FIXTURE],
      );
    }
    // Two more sites on the same point (their gemeente's point on surface, as offline geocoding
    // places them): the nearest station must be the same for every candidate on one point.
    for (const [name, gemeente] of [
      ['Fictieve testlocatie Emmen 1', 'GM0114'],
      ['Fictieve testlocatie Emmen 2', 'GM0114'],
    ] as const) {
      const site = await insertSite(db, {
        kind: 'overig',
        name,
        city: 'fictief',
        gemeenteCode: gemeente,
        geometryJson: JSON.stringify({ type: 'Point', coordinates: [6.9, 52.78] }),
        locationPrecision: 'gemeente',
        workplaces: 200,
        sourceUrl: FIXTURE,
        dataset: 'demo',
      });
      siteIds.push(site.id);
      // Exactly the gemeente candidate's point (no GeoJSON round trip in between).
      await db.query(
        `UPDATE site SET geom = (SELECT ST_PointOnSurface(geom) FROM region WHERE kind = 'gemeente' AND code = $1 ORDER BY year DESC LIMIT 1) WHERE id = $2`,
        [gemeente, site.id],
      );
    }
    await db.query(
      `INSERT INTO region_profile (region_code, core_qualities, source) VALUES ('PV22', '{energie,veiligheid}', $1)`,
      [FIXTURE],
    );
  });

  afterAll(async () => {
    await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [FIXTURE]);
    await db.query(`DELETE FROM region_profile WHERE source = $1`, [FIXTURE]);
    await db.query(`DELETE FROM site WHERE id = ANY($1::int[])`, [siteIds]);
    await db.destroy();
  });

  it('ranks existing sites with free capacity and every gemeente, deterministically', async () => {
    const a = await rankCandidates(db, base);
    const b = await rankCandidates(db, base);
    expect(a.candidates.map((c) => c.item.name)).toEqual(b.candidates.map((c) => c.item.name));
    const sites = a.candidates.filter((c) => c.item.kind === 'bestaande_locatie').map((c) => c.item.name);
    // Utrecht has 900 workplaces for 1000 fte × 0,7 = 700 occupied → 200 free; all five qualify.
    expect(sites.sort()).toEqual([
      'Fictieve testlocatie Assen',
      'Fictieve testlocatie Emmen 1',
      'Fictieve testlocatie Emmen 2',
      'Fictieve testlocatie Utrecht',
      'Fictieve testlocatie Zwolle',
    ]);
    expect(a.totalCandidates).toBeGreaterThan(300);
    expect(a.candidates.find((c) => c.item.name === 'Fictieve testlocatie Utrecht')!.item.freeWorkplaces).toBe(200);
  });

  it('never returns a candidate that violates a hard constraint', async () => {
    const result = await rankCandidates(db, {
      ...base,
      outsideRandstad: true,
      maxDistanceToIntercityKm: 10,
      originPoint: UTRECHT_CS,
      maxDistanceFromOriginKm: 150,
      minFreeWorkplaces: 250,
    });
    expect(result.candidates.length).toBeGreaterThan(0);
    for (const c of result.candidates) {
      expect(RANDSTAD).not.toContain(c.item.provincieCode);
      expect(c.item.stationM).toBeLessThanOrEqual(10_000);
      expect(c.item.originM!).toBeLessThanOrEqual(150_000);
      if (c.item.kind === 'bestaande_locatie') expect(c.item.freeWorkplaces!).toBeGreaterThanOrEqual(250);
    }
    const sites = (r: typeof result) =>
      r.candidates
        .filter((c) => c.item.kind === 'bestaande_locatie')
        .map((c) => c.item.name)
        .sort();
    // Assen: 400 − 0,7 × 100 = 330 free; Zwolle: 300 − 35 = 265; Utrecht lies in the Randstad.
    expect(sites(result)).toEqual(['Fictieve testlocatie Assen', 'Fictieve testlocatie Zwolle']);
    const stricter = await rankCandidates(db, { ...base, minFreeWorkplaces: 300 });
    expect(sites(stricter)).toEqual(['Fictieve testlocatie Assen']);
    const nearby = await rankCandidates(db, { ...base, originPoint: UTRECHT_CS, maxDistanceFromOriginKm: 100 });
    expect(sites(nearby)).toEqual(['Fictieve testlocatie Utrecht', 'Fictieve testlocatie Zwolle']);
  });

  it('raising a criterion’s weight moves the candidates that score high on it up', async () => {
    const plain = await rankCandidates(db, base);
    const heavy = await rankCandidates(db, { ...base, weights: { accessibility: 50 } });
    const score = (c: (typeof plain.candidates)[number]) =>
      c.criteria.find((x) => x.criterion === 'accessibility')!.score!;
    const best = Math.max(...plain.candidates.map(score));
    expect(score(heavy.candidates[0]!)).toBeGreaterThanOrEqual(best - 0.05);
    const topPlain = plain.candidates.slice(0, 20).reduce((s, c) => s + score(c), 0) / 20;
    const topHeavy = heavy.candidates.slice(0, 20).reduce((s, c) => s + score(c), 0) / 20;
    expect(topHeavy).toBeGreaterThan(topPlain);
  });

  it('required core qualities lift the region whose profile has them', async () => {
    const result = await rankCandidates(db, { ...base, requiredQualities: ['Energie'], weights: { qualityMatch: 20 } });
    expect(result.candidates[0]!.item.provincieCode).toBe('PV22');
    expect(result.candidates[0]!.criteria.find((c) => c.criterion === 'qualityMatch')!.detail).toBe('past bij Energie');
  });

  it('follows a change in the fte figures at once, although the regional need is kept per data version', async () => {
    const drenthe = async () =>
      (await rankCandidates(db, base)).candidates
        .find((c) => c.item.provincieCode === 'PV22')!
        .criteria.find((c) => c.criterion === 'regionalNeed')!.detail;
    const setDrenthe = (fte: number) =>
      db.query(`UPDATE fte_count SET fte = $1 WHERE source_url = $2 AND region_code = 'PV22' AND peildatum = $3`, [
        fte,
        FIXTURE,
        NOW,
      ]);
    expect(await drenthe()).toMatch(/groeide trager dan het land/);
    try {
      await setDrenthe(59_000); // a plain SQL write, as another process would make it
      expect(await drenthe()).toMatch(/groeide minstens zo hard als het land/);
    } finally {
      await setDrenthe(PROVINCE_FTE.PV22![1]);
    }
    expect(await drenthe()).toMatch(/groeide trager dan het land/);
  });

  it('explanations name the deciding criteria', async () => {
    const result = await rankCandidates(db, base);
    for (const c of result.candidates.slice(0, 10)) {
      expect(c.decisive.length).toBeGreaterThan(0);
      for (const criterion of c.decisive) expect(c.explanation).toContain(CRITERION_LABELS[criterion]);
    }
  });

  it('reports distances that agree with an independent RD New measurement within 0,5 %', async () => {
    const result = await rankCandidates(db, { ...base, originPoint: UTRECHT_CS });
    for (const c of result.candidates.slice(0, 25)) {
      const [row] = await db.query(
        `SELECT ST_Distance(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 28992), ST_Transform(s.geom, 28992)) AS station_rd,
                ST_Distance(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 28992), ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($2), 4326), 28992)) AS origin_rd
           FROM station s WHERE s.code = $3`,
        [c.item.geojson, JSON.stringify(UTRECHT_CS), c.item.stationCode],
      );
      expect(Math.abs(c.item.stationM - row.station_rd)).toBeLessThanOrEqual(Math.max(row.station_rd * 0.005, 1));
      expect(Math.abs(c.item.originM! - row.origin_rd)).toBeLessThanOrEqual(Math.max(row.origin_rd * 0.005, 1));
    }
  });

  it('gives every candidate the truly nearest intercity station (brute force, Vincenty), the same for every candidate on one point', async () => {
    const stations: { code: string; lon: number; lat: number }[] = await db.query(
      `SELECT code, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM station WHERE type = ANY($1::text[])`,
      [INTERCITY_STATION_TYPES],
    );
    expect(stations.length).toBeGreaterThan(30);
    const rows = await findCandidates(db, {
      dataset: 'demo',
      peildatum: NOW,
      originGeoJson: null,
      outsideRandstad: false,
      maxDistanceFromOriginM: null,
      maxDistanceToStationM: null,
      minFreeWorkplaces: null,
      workplacesPerFte: DEFAULT_WORKPLACES_PER_FTE,
      includeSites: true,
      includeGemeenten: true,
    });
    const byPoint = new Map<string, typeof rows>();
    for (const row of rows) byPoint.set(row.geojson, [...(byPoint.get(row.geojson) ?? []), row]);
    const shared = [...byPoint.values()].filter((group) => group.length > 1);
    expect(
      byPoint
        .get(rows.find((r) => r.name === 'Fictieve testlocatie Emmen 1')!.geojson)!
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Emmen', 'Fictieve testlocatie Emmen 1', 'Fictieve testlocatie Emmen 2']); // one point, three candidates
    expect(shared.length).toBeGreaterThan(0);
    for (const [point, group] of byPoint) {
      const [lon, lat] = JSON.parse(point).coordinates as [number, number];
      const distances = stations
        .map((s) => ({ code: s.code, m: vincentyMetres(lon, lat, s.lon, s.lat) }))
        .sort((a, b) => a.m - b.m);
      const nearest = distances[0]!;
      for (const row of group) {
        expect(
          Math.abs(row.stationM - nearest.m),
          `${row.name}: ${row.stationCode} ${row.stationM} m, dichtstbij ${nearest.code} ${nearest.m} m`,
        ).toBeLessThanOrEqual(0.5);
        // Equal distances (within the 6-decimal rounding of the point) may name either station.
        expect(distances.filter((d) => d.m <= nearest.m + 0.5).map((d) => d.code)).toContain(row.stationCode);
      }
      expect(new Set(group.map((r) => `${r.stationCode} ${r.stationM}`)).size).toBe(1);
    }
  });

  it('refuses a demand that makes no sense, with the field that is wrong', async () => {
    await expect(rankCandidates(db, { ...base, fte: -5 })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'fte' },
    });
    await expect(
      rankCandidates(db, {
        ...base,
        weights: { regionalNeed: 0, qualityMatch: 0, accessibility: 0, distanceFromOrigin: 0, capacityFit: 0, cost: 0 },
      }),
    ).rejects.toMatchObject({ extensions: { field: 'weights' } });
    await expect(rankCandidates(db, { ...base, maxDistanceFromOriginKm: 20 })).rejects.toMatchObject({
      extensions: { field: 'maxDistanceFromOriginKm' },
    });
    await expect(rankCandidates(db, { ...base, originSiteId: 999999 })).rejects.toMatchObject({
      extensions: { field: 'originSiteId' },
    });
  });
});
