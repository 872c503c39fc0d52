/**
 * The published figures after seeding: national totals and province figures exactly as in
 * seeds/published (read back from the CSVs, not hard-coded twice), each with its source; a
 * province without a published figure is missing (null), never zero; rows without a reference
 * date stay off the time axis; and seeding again changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { fteByRegion, nationalFte } from '../../server/fte/fte.queries.js';
import { loadConfig } from '../../server/config.js';
import { seedDatabase } from '../../seeds/seed.js';
import { seedFile } from '../../seeds/paths.js';
import { backends, connect, sharedDataDir } from '../support/backends.js';

const csv = (name: string) =>
  parse(fs.readFileSync(seedFile('published', name), 'utf8'), { columns: true }) as Record<string, string>[];

describe.each(backends())('published seeds on $name', (backend) => {
  let db: DataSource;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('has the national totals for 1 January 2021–2024 with their sources', async () => {
    const expected: Record<string, number> = {
      '2021-01-01': 311353,
      '2022-01-01': 321396,
      '2023-01-01': 336270,
      '2024-01-01': 353797,
    };
    for (const [peildatum, fte] of Object.entries(expected)) {
      const total = await nationalFte(db, peildatum, 'gepubliceerd');
      expect(total.fte, peildatum).toBe(fte);
      expect(total.sources).toHaveLength(1);
      expect(total.sources[0]).toMatch(/^https:\/\//);
    }
    expect((await nationalFte(db, '2025-01-01', 'gepubliceerd')).fte).toBeNull();
  });

  it('keeps the letter’s 2022 total and records the other source in the note', async () => {
    const [row] = await db.query(
      `SELECT fte::int AS fte, note FROM fte_count WHERE scope = 'nationaal' AND peildatum = '2022-01-01' AND sector IS NULL AND dataset = 'gepubliceerd'`,
    );
    expect(row.fte).toBe(321396);
    expect(row.note).toMatch(/321\.397/);
  });

  it('stores every national and province row of seeds/ exactly, with its source', async () => {
    const rows: Record<string, string>[] = [
      ...csv('fte_nationaal.csv').map((r) => ({ ...r, statcode: '' })),
      ...csv('fte_provincie.csv'),
    ];
    for (const r of rows) {
      const sector = r.sector === '' || r.sector === 'totaal' ? null : r.sector;
      const [stored] = await db.query(
        `SELECT fte, fte_as_written, source_url, import_id FROM fte_count
          WHERE dataset = 'gepubliceerd' AND peildatum = $1 AND region_code IS NOT DISTINCT FROM $2 AND sector IS NOT DISTINCT FROM $3 AND organisation_id IS NULL`,
        [r.peildatum, r.statcode || null, sector],
      );
      expect(stored, `${r.peildatum} ${r.statcode} ${r.sector}`).toBeDefined();
      expect(stored.fte === null ? '' : String(Number(stored.fte))).toBe(r.fte);
      expect(stored.fte_as_written).toBe(r.fte_as_written);
      expect(stored.source_url).toBe(r.source_url);
      expect(stored.import_id).not.toBeNull();
    }
  });

  it('answers province figures through fteByRegion: published where known, null where not', async () => {
    const provinces = await fteByRegion(db, { level: 'provincie', peildatum: '2023-01-01', dataset: 'gepubliceerd' });
    expect(provinces.find((p) => p.code === 'PV31')).toMatchObject({ fte: 12691, basis: 'regiocijfer' });
    expect(provinces.find((p) => p.code === 'PV31')!.sources[0]).toMatch(/1limburg/);
    for (const missing of provinces.filter((p) => p.code !== 'PV31')) {
      expect(missing, missing.code).toMatchObject({ fte: null, basis: null, sources: [] });
    }
    const [defensie] = await fteByRegion(db, {
      level: 'provincie',
      peildatum: '2023-01-01',
      dataset: 'gepubliceerd',
      sector: 'defensie',
      codes: ['PV31'],
    });
    expect(defensie!.fte).toBe(1599);
    const [zh] = await fteByRegion(db, {
      level: 'provincie',
      peildatum: '2022-01-01',
      dataset: 'gepubliceerd',
      codes: ['PV28'],
    });
    expect(zh).toMatchObject({ fte: null, asWritten: 'bijna 95.000' });
  });

  it('keeps undated figures (Fryslân 6700) off the time axis, in published_context', async () => {
    const [onAxis] = await db.query(
      `SELECT count(*)::int AS n FROM fte_count WHERE region_code = 'PV21' AND dataset = 'gepubliceerd'`,
    );
    expect(onAxis.n).toBe(0);
    const [context] = await db.query(
      `SELECT value::int AS value, date_basis FROM published_context WHERE region_code = 'PV21' AND metric = 'totaal_fte_niveau'`,
    );
    expect(context).toEqual({ value: 6700, date_basis: 'not stated' });
  });

  it('has growth figures, forecasts and population with sources', async () => {
    const [growth] = await db.query(
      `SELECT value::int AS value FROM published_change WHERE metric = 'groei_fte_in_2023' AND region_label = 'Nederland'`,
    );
    expect(growth.value).toBe(17527);
    const [zeeland] = await db.query(`SELECT fte::int AS fte, forecast_year FROM forecast WHERE region_code = 'PV29'`);
    expect(zeeland).toEqual({ fte: 2610, forecast_year: 2024 });
    const [sum] = await db.query(
      `SELECT sum(inhabitants) FILTER (WHERE region_code LIKE 'PV%')::int AS provinces, max(inhabitants) FILTER (WHERE region_code = 'NL01') AS nl FROM population`,
    );
    expect(sum.provinces).toBe(sum.nl);
    // A source is a web address or a document beside the repository (document:<file> in ../shared/sources).
    const refs = `SELECT source_url FROM published_change UNION ALL SELECT source_url FROM forecast
      UNION ALL SELECT source_url FROM population UNION ALL SELECT source_url FROM published_context`;
    const [unsourced] = await db.query(
      `SELECT count(*)::int AS n FROM (${refs}) r WHERE source_url !~ '^(https?://|document:)'`,
    );
    expect(unsourced.n).toBe(0);
    const documents: { source_url: string }[] = await db.query(
      `SELECT DISTINCT source_url FROM (${refs}) r WHERE source_url LIKE 'document:%'`,
    );
    for (const { source_url } of documents) {
      expect(
        fs.existsSync(path.join(sharedDataDir(), 'sources', source_url.slice('document:'.length))),
        source_url,
      ).toBe(true);
    }
  });

  it('changes nothing when seeded again', async () => {
    const snapshot = () =>
      db.query(`SELECT (SELECT count(*)::int FROM fte_count) AS fte, (SELECT count(*)::int FROM import_run) AS runs,
      (SELECT count(*)::int FROM published_change) AS changes, (SELECT count(*)::int FROM region) AS regions`);
    const before = await snapshot();
    const config = loadConfig({ ...process.env, DATABASE_URL: undefined, SHARED_DATA_DIR: sharedDataDir() });
    await seedDatabase(db, config, { info: () => {}, warn: () => {} });
    expect(await snapshot()).toEqual(before);
  });
});
