/**
 * The core fte aggregation: published region figures, sums of deliveries, approximations kept
 * as words, and missing figures as null — never zero — with the datasets kept apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { fteByRegion, nationalFte } from '../../server/fte/fte.queries.js';
import { insertSite } from '../../server/sites/site.queries.js';
import { backends, connect } from '../support/backends.js';

const SOURCE = 'https://example.org/test-fixture';
const DATE = '2099-01-01'; // a date no real seed uses, so fixtures never meet published figures

describe.each(backends())('fte aggregation on $name', (backend) => {
  let db: DataSource;
  const siteIds: number[] = [];

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    const insert = (
      scope: string,
      regionCode: string | null,
      fte: number | null,
      written: string | null,
      dataset = 'gepubliceerd',
      siteId: number | null = null,
      sector: string | null = null,
    ) =>
      db.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, site_id, sector, fte, fte_as_written, source_url, dataset) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [DATE, scope, regionCode, siteId, sector, fte, written, SOURCE, dataset],
      );
    await insert('nationaal', null, 1000, '1.000 fte');
    await insert('regio', 'PV22', 120, '120 fte');
    await insert('regio', 'PV28', null, 'bijna 95.000');
    // Demonstration deliveries at two sites in Assen (Drenthe) and one in Utrecht.
    for (const [name, lon, lat, gemeente] of [
      ['Fixture A', 6.56, 52.99, 'GM0106'],
      ['Fixture B', 6.57, 53.0, 'GM0106'],
      ['Fixture C', 5.11, 52.09, 'GM0344'],
    ] as const) {
      const site = await insertSite(db, {
        kind: 'overig',
        name,
        city: 'fixture',
        gemeenteCode: gemeente,
        geometryJson: JSON.stringify({ type: 'Point', coordinates: [lon, lat] }),
        locationPrecision: 'adres',
        sourceUrl: SOURCE,
        dataset: 'demo',
      });
      siteIds.push(site.id);
    }
    await insert('locatie', null, 10, null, 'demo', siteIds[0], 'defensie');
    await insert('locatie', null, 5.5, null, 'demo', siteIds[1], 'zbo');
    await insert('locatie', null, 7, null, 'demo', siteIds[2], 'zbo');
  });

  afterAll(async () => {
    await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [SOURCE]);
    await db.query(`DELETE FROM site WHERE id = ANY($1::int[])`, [siteIds]);
    await db.destroy();
  });

  it('returns a published province figure with its source, and missing provinces as null', async () => {
    const rows = await fteByRegion(db, { level: 'provincie', peildatum: DATE, dataset: 'gepubliceerd' });
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.code === 'PV22')).toMatchObject({ fte: 120, basis: 'regiocijfer', sources: [SOURCE] });
    expect(rows.find((r) => r.code === 'PV20')).toMatchObject({ fte: null, basis: null, sources: [] });
  });

  it('keeps an approximation as words, not a number', async () => {
    const [zh] = await fteByRegion(db, {
      level: 'provincie',
      peildatum: DATE,
      dataset: 'gepubliceerd',
      codes: ['PV28'],
    });
    expect(zh).toMatchObject({ fte: null, basis: 'regiocijfer', asWritten: 'bijna 95.000' });
  });

  it('sums demonstration deliveries per region at every level, apart from published figures', async () => {
    const provinces = await fteByRegion(db, { level: 'provincie', peildatum: DATE, dataset: 'demo' });
    expect(provinces.find((r) => r.code === 'PV22')).toMatchObject({ fte: 15.5, basis: 'leveringen' });
    expect(provinces.find((r) => r.code === 'PV26')).toMatchObject({ fte: 7, basis: 'leveringen' });
    expect(provinces.find((r) => r.code === 'PV28')).toMatchObject({ fte: null, basis: null });
    const [corop] = await fteByRegion(db, { level: 'corop', peildatum: DATE, dataset: 'demo', codes: ['CR07'] });
    expect(corop!.fte).toBe(15.5);
    const [assen] = await fteByRegion(db, { level: 'gemeente', peildatum: DATE, dataset: 'demo', codes: ['GM0106'] });
    expect(assen!.fte).toBe(15.5);
  });

  it('counts an organisation’s delivery for a gemeente (no site) at every level, gemeente included', async () => {
    const [org] = await db.query(
      `INSERT INTO organisation (name, sector, source) VALUES ($1, 'zbo', $2) RETURNING id`,
      [`Fixture-organisatie ${backend.name}`, SOURCE],
    );
    await db.query(
      `INSERT INTO fte_count (peildatum, scope, region_code, sector, organisation_id, fte, source_url, dataset) VALUES ($1, 'regio', 'GM0106', 'zbo', $2, 4, $3, 'demo')`,
      [DATE, org.id, SOURCE],
    );
    try {
      const [assen] = await fteByRegion(db, { level: 'gemeente', peildatum: DATE, dataset: 'demo', codes: ['GM0106'] });
      expect(assen!.fte).toBe(19.5);
      const [drenthe] = await fteByRegion(db, {
        level: 'provincie',
        peildatum: DATE,
        dataset: 'demo',
        codes: ['PV22'],
      });
      expect(drenthe!.fte).toBe(19.5);
    } finally {
      await db.query(`DELETE FROM fte_count WHERE organisation_id = $1`, [org.id]);
      await db.query(`DELETE FROM organisation WHERE id = $1`, [org.id]);
    }
  });

  it('filters deliveries by sector', async () => {
    const [drenthe] = await fteByRegion(db, {
      level: 'provincie',
      peildatum: DATE,
      dataset: 'demo',
      sector: 'zbo',
      codes: ['PV22'],
    });
    expect(drenthe!.fte).toBe(5.5);
  });

  it('gives the national total of the dataset only', async () => {
    expect(await nationalFte(db, DATE, 'gepubliceerd')).toMatchObject({ fte: 1000, sources: [SOURCE] });
    expect(await nationalFte(db, DATE, 'demo')).toMatchObject({ fte: null, sources: [] });
  });

  it('refuses a second figure for the same cell', async () => {
    await expect(
      db.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url) VALUES ($1, 'regio', 'PV22', 1, $2)`,
        [DATE, SOURCE],
      ),
    ).rejects.toThrow(/uq_fte_cell/);
  });
});
