/**
 * The ranking the database chooses (rankedCandidates: stations kept per site and per gemeente
 * point, every candidate scored in SQL, only the best rows returned) against the definition:
 * every candidate read with its station measured now (findCandidates), scored in Node (scoreRow)
 * and sorted (rank). Same places, same totals to the last bit, same explanations and counts —
 * and still the same after writes that change the kept stations (a new station, a moved site,
 * new boundaries). Synthetic fixture (labelled, dates 2097/2096 no real data uses).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource, EntityManager } from 'typeorm';
import { prepareRanking, rankCandidates, scoreRow, type Demand } from '../../server/candidates/candidates.service.js';
import { findCandidates } from '../../server/candidates/candidates.queries.js';
import { peildatums } from '../../server/fte/fte.queries.js';
import { rank } from '../../server/candidates/ranking.js';
import type { Queryable } from '../../server/common/sql.js';
import { insertSite } from '../../server/sites/site.queries.js';
import { backends, connect } from '../support/backends.js';
import { ensurePublishedFacts } from '../support/published-fixture.js';

const FIXTURE = 'https://example.org/synthetische-testdata-ranking-sql';
const NOW = '2097-01-01';
const BEFORE = '2096-01-01';
const UTRECHT_CS = { type: 'Point', coordinates: [5.110278, 52.089444] };
/** Around Zwolle and Kampen: cuts gemeenten whose point on surface lies outside it. */
const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [5.85, 52.45],
      [6.2, 52.45],
      [6.2, 52.6],
      [5.85, 52.6],
      [5.85, 52.45],
    ],
  ],
};

class Rollback extends Error {}

/** Inside a transaction that is rolled back, so that other suites never see the change. */
async function inRolledBack(db: DataSource, work: (m: EntityManager) => Promise<void>): Promise<void> {
  await expect(
    db.transaction(async (m) => {
      await work(m);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

/** The definition: all candidates, scored and ranked in Node. */
async function reference(db: Queryable, demand: Demand) {
  const { query, context, limit } = await prepareRanking(db, demand);
  const all = (await findCandidates(db, query)).map((row) => scoreRow(row, context));
  return { candidates: rank(all, limit), totalCandidates: all.length };
}

async function expectSameAsReference(db: Queryable, demand: Demand): Promise<number> {
  const ours = await rankCandidates(db, demand);
  const ref = await reference(db, demand);
  expect(ours.totalCandidates).toBe(ref.totalCandidates);
  // toEqual compares numbers exactly: the totals must agree to the last bit, not approximately.
  expect(ours.candidates).toEqual(ref.candidates);
  return ours.candidates.length;
}

describe.each(backends())('candidate ranking chosen in SQL equals the definition on $name', (backend) => {
  let db: DataSource;
  const siteIds: number[] = [];
  const base: Demand = { fte: 150, dataset: 'demo', peildatum: NOW };

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    await ensurePublishedFacts(db);
    let n = 0;
    for (const code of ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30']) {
      n += 1;
      for (const [date, fte] of [
        [BEFORE, 5000 * n],
        [NOW, 5000 * n + (n % 3) * 400],
      ] as const) {
        await db.query(
          `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url, dataset) VALUES ($1, 'regio', $2, $3, $4, 'demo')`,
          [date, code, fte, FIXTURE],
        );
      }
    }
    // Sites with known and unknown occupancy, geocoded and placed on their gemeente; two with
    // identical inputs (a tie the key must break); one in the area.
    const sites = [
      ['Fictieve rangtest Assen', 6.5665, 52.9925, 'GM0106', 400, 100, 'adres'],
      ['Fictieve rangtest Utrecht', 5.1128, 52.0894, 'GM0344', 900, 1000, 'adres'],
      ['Fictieve rangtest Zwolle', 6.0919, 52.5055, 'GM0193', 300, 50, 'adres'],
      ['Fictieve rangtest Groningen A', 6.56, 53.21, 'GM0014', 500, null, 'gemeente'],
      ['Fictieve rangtest Groningen B', 6.56, 53.21, 'GM0014', 500, null, 'gemeente'],
      ['Fictieve rangtest Maastricht', 5.69, 50.85, 'GM0935', 250, 400, 'adres'],
    ] as const;
    for (const [name, lon, lat, gemeente, workplaces, fte, precision] of sites) {
      const site = await insertSite(db, {
        kind: 'overig',
        name,
        city: 'fictief',
        gemeenteCode: gemeente,
        geometryJson: JSON.stringify({ type: 'Point', coordinates: [lon, lat] }),
        locationPrecision: precision,
        workplaces,
        sourceUrl: FIXTURE,
        dataset: 'demo',
      });
      siteIds.push(site.id);
      if (fte !== null)
        await db.query(
          `INSERT INTO fte_count (peildatum, scope, site_id, fte, source_url, dataset) VALUES ($1, 'locatie', $2, $3, $4, 'demo')`,
          [NOW, site.id, fte, FIXTURE],
        );
    }
    await db.query(
      `INSERT INTO region_profile (region_code, core_qualities, source) VALUES ('PV21', '{water,logistiek}', $1), ('GM0193', '{Logistiek}', $1)`,
      [FIXTURE],
    );
  });

  afterAll(async () => {
    await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [FIXTURE]);
    await db.query(`DELETE FROM region_profile WHERE source = $1`, [FIXTURE]);
    await db.query(`DELETE FROM site WHERE id = ANY($1::int[])`, [siteIds]);
    await db.destroy();
  });

  it('keeps a station for every site and every gemeente, the one measured now', async () => {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM site s LEFT JOIN site_intercity si ON si.site_id = s.id
                WHERE si.site_id IS NULL)::int AS sites_without,
              (SELECT count(*) FROM region r LEFT JOIN gemeente_candidate_point cp ON cp.region_id = r.id
                WHERE r.kind = 'gemeente' AND cp.region_id IS NULL)::int AS gemeenten_without,
              (SELECT count(*) FROM site s JOIN site_intercity si ON si.site_id = s.id
                 JOIN LATERAL rp_nearest_intercity(s.geom) n ON true
                WHERE n.station_code <> si.station_code OR n.distance_m <> si.distance_m)::int AS sites_stale`,
    );
    expect(row).toEqual({ sites_without: 0, gemeenten_without: 0, sites_stale: 0 });
  });

  it.each<[string, Partial<Demand>]>([
    ['the default demand', {}],
    ['the first place only', { limit: 1 }],
    ['two hundred places', { limit: 200 }],
    [
      'an origin, a maximum distance and other weights',
      {
        originPoint: UTRECHT_CS,
        maxDistanceFromOriginKm: 120,
        weights: { distanceFromOrigin: 3, cost: 0.5, accessibility: 2.25 },
        limit: 40,
      },
    ],
    ['an origin without a maximum', { originPoint: UTRECHT_CS, limit: 30 }],
    ['required qualities', { requiredQualities: ['Logistiek', 'water', 'onbekend'], weights: { qualityMatch: 7 } }],
    ['hard constraints', { outsideRandstad: true, maxDistanceToIntercityKm: 8, minFreeWorkplaces: 200, limit: 50 }],
    ['sites only, another norm', { include: 'bestaande_locaties', workplacesPerFte: 1.3, fte: 90, limit: 10 }],
    [
      'gemeenten only, one weight',
      {
        include: 'gemeenten',
        weights: { regionalNeed: 0, qualityMatch: 0, accessibility: 1, distanceFromOrigin: 0, capacityFit: 0, cost: 0 },
        limit: 60,
      },
    ],
    ['a drawn area (points moved into it)', { area: AREA, limit: 200 }],
  ])('%s', async (_name, change) => {
    expect(await expectSameAsReference(db, { ...base, ...change })).toBeGreaterThan(0);
  });

  it('keeps each site’s occupancy equal to the sum of its figures through inserts, updates and deletes', async () => {
    const differences = (m: Queryable) =>
      m.query(
        `WITH live AS (SELECT dataset, peildatum, site_id, sum(fte) AS fte FROM fte_count
                        WHERE scope = 'locatie' AND fte IS NOT NULL GROUP BY dataset, peildatum, site_id),
              kept AS (SELECT dataset, peildatum, site_id, fte FROM site_occupancy)
         (SELECT 'live only' AS side, * FROM live EXCEPT SELECT 'live only', * FROM kept)
         UNION ALL
         (SELECT 'kept only', * FROM kept EXCEPT SELECT 'kept only', * FROM live)`,
      );
    expect(await differences(db)).toEqual([]);
    await inRolledBack(db, async (m) => {
      const [utrecht, zwolle, groningen] = [siteIds[1]!, siteIds[2]!, siteIds[3]!];
      // Two figures in one statement for one site that had none (occupancy unknown until now).
      await m.query(
        `INSERT INTO fte_count (peildatum, scope, site_id, sector, fte, source_url, dataset)
         VALUES ($1, 'locatie', $2, 'zbo', 12.25, $3, 'demo'), ($1, 'locatie', $2, 'defensie', 7.5, $3, 'demo')`,
        [NOW, groningen, FIXTURE],
      );
      expect(await differences(m)).toEqual([]);
      // A figure moved to another site and another date, one changed, one deleted.
      await m.query(`UPDATE fte_count SET site_id = $1, peildatum = $2 WHERE site_id = $3 AND sector = 'zbo'`, [
        zwolle,
        BEFORE,
        groningen,
      ]);
      await m.query(`UPDATE fte_count SET fte = fte + 0.01 WHERE site_id = $1 AND source_url = $2`, [utrecht, FIXTURE]);
      expect(await differences(m)).toEqual([]);
      await m.query(`DELETE FROM fte_count WHERE site_id = $1`, [groningen]);
      expect(await differences(m)).toEqual([]);
      const [gone] = await m.query(`SELECT count(*)::int AS n FROM site_occupancy WHERE site_id = $1`, [groningen]);
      expect(gone.n).toBe(0); // no figures left: unknown, not 0
      await expectSameAsReference(m, { ...base, include: 'bestaande_locaties', limit: 200 });
    });
    expect(await differences(db)).toEqual([]);
  });

  it('lists the reference dates of a dataset as a scan of every figure would (newest first, each once)', async () => {
    // One snapshot, so that other suites writing meanwhile cannot make the two reads differ.
    await inRolledBack(db, async (m) => {
      await m.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const scan = async (dataset: string) =>
        (
          (await m.query(
            `SELECT DISTINCT to_char(peildatum, 'YYYY-MM-DD') AS d FROM fte_count WHERE dataset = $1 ORDER BY d DESC`,
            [dataset],
          )) as { d: string }[]
        ).map((r) => r.d);
      for (const dataset of ['demo', 'gepubliceerd'] as const)
        expect(await peildatums(m, dataset)).toEqual(await scan(dataset));
      const dates = await peildatums(m, 'demo');
      expect(dates).toContain(NOW);
      expect(dates).toContain(BEFORE);
      await m.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url, dataset) VALUES ('2095-06-30', 'regio', 'PV20', 1, $1, 'demo')`,
        [FIXTURE],
      );
      expect(await peildatums(m, 'demo')).toEqual([...dates, '2095-06-30'].sort().reverse());
    });
  });

  it('a new intercity station changes the kept stations at once (and its removal changes them back)', async () => {
    await inRolledBack(db, async (m) => {
      await m.query(
        `INSERT INTO station (code, name, type, geom, source_url)
         VALUES ('ZZTST', 'Fictief teststation', 'intercitystation', ST_SetSRID(ST_MakePoint(6.5666, 52.9926), 4326), $1)`,
        [FIXTURE],
      );
      const ranked = await rankCandidates(m, { ...base, include: 'bestaande_locaties', limit: 200 });
      const assen = ranked.candidates.find((c) => c.item.name === 'Fictieve rangtest Assen')!;
      expect(assen.item.stationName).toBe('Fictief teststation');
      expect(assen.item.stationM).toBeLessThan(50);
      await expectSameAsReference(m, { ...base, limit: 200 });
      await m.query(`DELETE FROM station WHERE code = 'ZZTST'`);
      await expectSameAsReference(m, { ...base, limit: 200 });
    });
  });

  it('a moved site and new boundaries change the kept stations at once', async () => {
    await inRolledBack(db, async (m) => {
      // Assen's site to Maastricht: its station must follow.
      await m.query(`UPDATE site SET geom = ST_SetSRID(ST_MakePoint(5.7058, 50.8498), 4326) WHERE id = $1`, [
        siteIds[0],
      ]);
      const ranked = await rankCandidates(m, { ...base, include: 'bestaande_locaties', limit: 200 });
      expect(ranked.candidates.find((c) => c.item.siteId === siteIds[0])!.item.stationM).toBeLessThan(2000);
      // Zwolle's boundary replaced by a small square near Kampen: its point (and station) move.
      await m.query(
        `UPDATE region SET geom = ST_Multi(ST_MakeEnvelope(5.90, 52.54, 5.93, 52.56, 4326))
          WHERE kind = 'gemeente' AND code = 'GM0193' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente')`,
      );
      await expectSameAsReference(m, { ...base, limit: 200 });
      await expectSameAsReference(m, { ...base, area: AREA, limit: 200 });
    });
  });
});
