/**
 * The demonstration dataset: generated from a fixed seed, plausible in scale, fictional and
 * labelled everywhere, placed on gemeente surfaces only, and never part of a published answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { fteByRegion, nationalFte } from '../../server/fte/fte.queries.js';
import { generateDemoData } from '../../server/demo/demo-generator.js';
import { loadDemoData, loadDemoInput, removeDemoData } from '../../server/demo/demo.seed.js';
import { loadConfig } from '../../server/config.js';
import { needsSeeding } from '../../seeds/seed.js';
import { backends, connect } from '../support/backends.js';

describe.each(backends())('demonstration data on $name', (backend) => {
  let db: DataSource;
  let publishedBefore: Awaited<ReturnType<typeof fteByRegion>>;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    publishedBefore = await fteByRegion(db, { level: 'provincie', peildatum: '2023-01-01', dataset: 'gepubliceerd' });
    expect((await loadDemoData(db)).status).toBe('geladen');
  });

  afterAll(async () => {
    await removeDemoData(db);
    await db?.destroy();
  });

  it('is the same every time it is generated (fixed seed)', async () => {
    const input = await loadDemoInput(db);
    expect(generateDemoData(input)).toEqual(generateDemoData(input));
    expect(generateDemoData(input, 1).fte[0]).not.toEqual(generateDemoData(input, 2).fte[0]);
  });

  it('has a national total in the order of the published one, for 2021 up to 2024, growing', async () => {
    const totals = [];
    for (const year of [2021, 2022, 2023, 2024]) totals.push((await nationalFte(db, `${year}-01-01`, 'demo')).fte!);
    expect(totals[3]).toBeGreaterThan(320_000);
    expect(totals[3]).toBeLessThan(380_000);
    expect(totals[3]).not.toBe(353_797);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);
    const provinces = await fteByRegion(db, { level: 'provincie', peildatum: '2024-01-01', dataset: 'demo' });
    expect(provinces.every((p) => p.fte !== null && p.basis === 'leveringen')).toBe(true);
    const zh = provinces.find((p) => p.code === 'PV28')!.fte!;
    const zeeland = provinces.find((p) => p.code === 'PV29')!.fte!;
    expect(zh).toBeGreaterThan(zeeland * 4);
  });

  it('is fictional and labelled everywhere, on gemeente surfaces only', async () => {
    const [sites] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE name LIKE 'Fictieve locatie %' AND location_precision = 'gemeente' AND note LIKE '%fictieve voorbeelddata%')::int AS labelled FROM site WHERE dataset = 'demo'`,
    );
    expect(sites.n).toBeGreaterThan(100);
    expect(sites.labelled).toBe(sites.n);
    const [offSurface] = await db.query(
      `SELECT count(*)::int AS n FROM site s WHERE s.dataset = 'demo' AND NOT EXISTS (SELECT 1 FROM region r WHERE r.kind = 'gemeente' AND r.code = s.gemeente_code AND ST_Intersects(r.geom, s.geom))`,
    );
    expect(offSurface.n).toBe(0);
    const [fte] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE source_title = 'fictieve voorbeelddata')::int AS labelled FROM fte_count WHERE dataset = 'demo'`,
    );
    expect(fte.labelled).toBe(fte.n);
    const cases = await db.query(`SELECT title, note FROM location_case WHERE dataset = 'demo'`);
    const projects = await db.query(`SELECT name, note FROM masterplan_project WHERE dataset = 'demo'`);
    expect(cases.length).toBeGreaterThan(0);
    expect(projects.length).toBeGreaterThan(0);
    for (const row of [...cases, ...projects]) expect(row.note).toMatch(/fictieve voorbeelddata/);
    const [orgs] = await db.query(
      `SELECT count(*)::int AS n FROM organisation WHERE dataset = 'demo' AND name NOT LIKE 'Fictieve organisatie %'`,
    );
    expect(orgs.n).toBe(0);
  });

  it('keeps demonstration data out of published answers', async () => {
    expect((await nationalFte(db, '2024-01-01', 'gepubliceerd')).fte).toBe(353797);
    expect(await fteByRegion(db, { level: 'provincie', peildatum: '2023-01-01', dataset: 'gepubliceerd' })).toEqual(
      publishedBefore,
    );
    const [mixed] = await db.query(
      `SELECT count(*)::int AS n FROM fte_count f JOIN site s ON s.id = f.site_id WHERE f.dataset <> s.dataset`,
    );
    expect(mixed.n).toBe(0);
  });

  it('loading again changes nothing', async () => {
    const [before] = await db.query(`SELECT count(*)::int AS n FROM fte_count WHERE dataset = 'demo'`);
    expect((await loadDemoData(db)).status).toBe('ongewijzigd');
    const [after] = await db.query(`SELECT count(*)::int AS n FROM fte_count WHERE dataset = 'demo'`);
    expect(after.n).toBe(before.n);
  });

  it('is loaded only when asked (--demo or DEMO_DATA) and can be taken out again', async () => {
    expect(loadConfig({}, ['--demo']).demo).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'true' }, []).demo).toBe(true);
    expect(loadConfig({}, []).demo).toBe(false);
    expect(await needsSeeding(db, { demo: true })).toBe(false);
    await removeDemoData(db);
    const [left] = await db.query(
      `SELECT (SELECT count(*)::int FROM fte_count WHERE dataset = 'demo') + (SELECT count(*)::int FROM site WHERE dataset = 'demo') AS n`,
    );
    expect(left.n).toBe(0);
    expect(await needsSeeding(db, { demo: true })).toBe(true);
    expect(await needsSeeding(db, {})).toBe(false);
  });
});
