/**
 * Which regions a site lies in is kept in site_region (migration 1763800016200) instead of being
 * tested per request. The nested list Region.sites relies on it, so it must hold exactly the
 * pairs ST_Intersects(region.geom, site.geom) gives — after inserts, moves, new boundaries and
 * deletes — and the nested answer must be what the spatial join gives. Synthetic fixture sites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { Fixtures } from '../support/fixtures.js';

class Rollback extends Error {}

/** Pairs that differ between the kept table and the spatial join, for the given sites. */
async function mismatches(db: Pick<EntityManager, 'query'>, siteIds: number[]): Promise<unknown[]> {
  return db.query(
    `WITH kept AS (SELECT region_id, site_id FROM site_region WHERE site_id = ANY($1::int[])),
          spatial AS (SELECT r.id AS region_id, s.id AS site_id FROM region r JOIN site s ON ST_Intersects(r.geom, s.geom)
                       WHERE s.id = ANY($1::int[]))
     (SELECT 'kept only' AS side, * FROM kept EXCEPT SELECT 'kept only', * FROM spatial)
     UNION ALL
     (SELECT 'spatial only', * FROM spatial EXCEPT SELECT 'spatial only', * FROM kept)`,
    [siteIds],
  );
}

describe.each(backends())('site_region membership on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;
  const ids: number[] = [];

  beforeAll(async () => {
    api = await startApi(backend);
    fixtures = new Fixtures(api.db, `siteregion-${backend.name}`);
    // Utrecht, Zwolle, and one east of Utrecht (Utrechtse Heuvelrug).
    ids.push(await fixtures.site('Lid A', 5.12, 52.09));
    ids.push(await fixtures.site('Lid B', 6.0919, 52.5055));
    ids.push(await fixtures.site('Lid C', 5.3, 52.05));
  });

  afterAll(async () => {
    await fixtures?.cleanup();
    await api?.close();
  });

  it('holds exactly the intersecting regions of every site, each in some region', async () => {
    expect(await mismatches(api.db, ids)).toEqual([]);
    const [row] = await api.db.query(
      `SELECT count(DISTINCT site_id)::int AS n FROM site_region sr JOIN region r ON r.id = sr.region_id
        WHERE r.kind = 'provincie' AND sr.site_id = ANY($1::int[])`,
      [ids],
    );
    expect(row.n).toBe(3);
  });

  it('follows a moved site, a new boundary and a deleted region at once', async () => {
    await expect(
      api.db.transaction(async (m) => {
        await m.query(`UPDATE site SET geom = ST_SetSRID(ST_MakePoint(5.69, 50.85), 4326) WHERE id = $1`, [ids[0]]);
        expect(await mismatches(m, ids)).toEqual([]);
        // Utrecht's province shrunk to a square around site C only.
        await m.query(
          `UPDATE region SET geom = ST_Multi(ST_MakeEnvelope(5.29, 52.04, 5.31, 52.06, 4326))
            WHERE kind = 'provincie' AND code = 'PV26'`,
        );
        expect(await mismatches(m, ids)).toEqual([]);
        await m.query(`DELETE FROM region WHERE kind = 'arbeidsmarktregio'`);
        expect(await mismatches(m, ids)).toEqual([]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await mismatches(api.db, ids)).toEqual([]);
  });

  it('Region.sites pages give what the spatial join gives, in name order', async () => {
    const data = await api.data(
      `query($s: String!) { regions(kind: provincie, year: 2025, first: 12) {
         nodes { code sites(first: 2, filter: { search: $s, dataset: demo }) { totalCount nodes { id name } } } } }`,
      { s: fixtures.tag },
    );
    const expected: { code: string; id: number; name: string }[] = await api.db.query(
      `SELECT r.code, s.id, s.name FROM region r JOIN site s ON ST_Intersects(r.geom, s.geom)
        WHERE r.kind = 'provincie' AND r.year = 2025 AND s.id = ANY($1::int[]) ORDER BY r.code, s.name, s.id`,
      [ids],
    );
    const got = data.regions.nodes.flatMap((r: any) =>
      r.sites.nodes.map((s: any) => ({ code: r.code, id: Number(s.id), name: s.name })),
    );
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThanOrEqual(2);
    const utrecht = data.regions.nodes.find((r: any) => r.code === 'PV26');
    expect(utrecht.sites.totalCount).toBe(expected.filter((e) => e.code === 'PV26').length);
  });
});
