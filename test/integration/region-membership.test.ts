/**
 * Membership derived spatially (point on surface), for both division years: every gemeente has
 * a COROP, a province and an arbeidsmarktregio; each COROP lies in one province; each region
 * keeps its source and year; Randstad follows the configured provinces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { DEFAULT_RANDSTAD_PROVINCES } from '../../server/config.js';
import { backends, connect } from '../support/backends.js';

describe.each(backends())('region membership on $name', (backend) => {
  let db: DataSource;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it.each([2024, 2025])('every gemeente of %i has a COROP, a province and an arbeidsmarktregio', async (year) => {
    const [row] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE corop_code IS NULL OR provincie_code IS NULL OR arbeidsmarktregio_code IS NULL)::int AS orphans
      FROM region WHERE kind = 'gemeente' AND year = $1`,
      [year],
    );
    expect(row).toEqual({ n: 342, orphans: 0 });
  });

  it('puts Assen in arbeidsmarktregio Groningen (as the CBS layer has it), and each COROP in exactly one province', async () => {
    // Not a typo: the CBS arbeidsmarktregio Groningen includes Assen, Tynaarlo and Aa en Hunze.
    const [assen] =
      await db.query(`SELECT g.arbeidsmarktregio_code AS code, am.name FROM region g JOIN region am ON am.code = g.arbeidsmarktregio_code AND am.year = g.year
      WHERE g.code = 'GM0106' AND g.year = 2024`);
    expect(assen).toEqual({ code: 'AM01', name: 'Groningen' });
    const split = await db.query(
      `SELECT corop_code FROM region WHERE kind = 'gemeente' AND year = 2024 GROUP BY corop_code HAVING count(DISTINCT provincie_code) > 1`,
    );
    expect(split).toEqual([]);
    const [corop] = await db.query(
      `SELECT provincie_code FROM region WHERE kind = 'corop' AND code = 'CR07' AND year = 2024`,
    );
    expect(corop.provincie_code).toBe('PV22');
  });

  it('agrees with the parent that covers most of each gemeente (point on surface is not misled by slivers)', async () => {
    const disagreements = await db.query(`
      WITH overlap AS (
        SELECT g.code, g.arbeidsmarktregio_code AS derived, am.code AS candidate,
               ST_Area(ST_Intersection(ST_MakeValid(g.geom), am.geom)) AS area,
               row_number() OVER (PARTITION BY g.code ORDER BY ST_Area(ST_Intersection(ST_MakeValid(g.geom), am.geom)) DESC) AS rank
          FROM region g JOIN region am ON am.kind = 'arbeidsmarktregio' AND am.year = g.year AND am.geom && g.geom AND ST_Intersects(am.geom, g.geom)
         WHERE g.kind = 'gemeente' AND g.year = 2024)
      SELECT code, derived, candidate FROM overlap WHERE rank = 1 AND derived <> candidate`);
    expect(disagreements).toEqual([]);
  });

  it('keeps each region’s source and year, and marks the configured Randstad provinces', async () => {
    const [missing] = await db.query(`SELECT count(*)::int AS n FROM region WHERE source = '' OR year IS NULL`);
    expect(missing.n).toBe(0);
    const randstad = await db.query(`SELECT DISTINCT provincie_code FROM region WHERE is_randstad ORDER BY 1`);
    expect(randstad.map((r: { provincie_code: string }) => r.provincie_code)).toEqual(
      [...DEFAULT_RANDSTAD_PROVINCES].sort(),
    );
  });
});
