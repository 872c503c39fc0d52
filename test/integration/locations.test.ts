/**
 * Published locations after seeding (offline: every site at its gemeente, never an invented
 * coordinate), organisations linked only where evident, cases with regions; and the import
 * kinds sites, projects, profiles and boundaries, including a geocoder that answers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runImport } from '../../server/imports/import.service.js';
import { IMPORT_KINDS } from '../../server/imports/kinds.js';
import { ImportRejectedError } from '../../server/tables/row-errors.js';
import { CachedGeocoder } from '../../server/geocoding/cached-geocoder.js';
import type { Geocoder } from '../../server/geocoding/geocoder.js';
import { seedFile } from '../../seeds/paths.js';
import { backends, connect, sharedDataDir } from '../support/backends.js';

describe.each(backends())('locations on $name', (backend) => {
  let db: DataSource;
  let dir: string;
  const tag = `Testlocatie ${backend.name}`;
  const importIds: number[] = [];
  const run = (kind: string, file: string, extra: Record<string, unknown> = {}) =>
    runImport(db, IMPORT_KINDS[kind]!, {
      file,
      actor: 'test',
      dataset: 'demo',
      aliasFile: seedFile('gemeente_aliases.csv'),
      ...extra,
    }).then((r) => {
      importIds.push(r.importId);
      return r;
    });

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-loc-'));
  });

  afterAll(async () => {
    await db.query(`DELETE FROM site WHERE name LIKE $1`, [`${tag}%`]);
    await db.query(`DELETE FROM masterplan_project WHERE name LIKE $1`, [`${tag}%`]);
    await db.query(`DELETE FROM region_profile WHERE import_id = ANY($1::int[])`, [importIds]);
    await db.query(`DELETE FROM geocode_cache WHERE query LIKE 'teststraat%'`);
    await db.query(`DELETE FROM audit_entry WHERE entity = 'import_run' AND entity_id = ANY($1::text[])`, [
      importIds.map(String),
    ]);
    await db.query(`UPDATE region SET import_id = NULL WHERE import_id = ANY($1::int[])`, [importIds]);
    await db.query(`DELETE FROM import_run WHERE id = ANY($1::int[])`, [importIds]);
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('seeds every rijksontmoetingsplein and rijkskantoor, placed inside its gemeente, precision gemeente', async () => {
    const [counts] =
      await db.query(`SELECT count(*) FILTER (WHERE kind = 'rijksontmoetingsplein')::int AS rop, count(*) FILTER (WHERE kind = 'rijkskantoor')::int AS kantoor,
      count(*) FILTER (WHERE location_precision <> 'gemeente')::int AS precise FROM site WHERE dataset = 'gepubliceerd' AND import_id IS NOT NULL`);
    expect(counts).toEqual({ rop: 12, kantoor: 27, precise: 0 });
    const [outside] =
      await db.query(`SELECT count(*)::int AS n FROM site s WHERE s.dataset = 'gepubliceerd' AND s.import_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM region r WHERE r.kind = 'gemeente' AND r.code = s.gemeente_code AND ST_Intersects(r.geom, s.geom))`);
    expect(outside.n).toBe(0);
    const [middelburg] = await db.query(
      `SELECT gemeente_code, rop_status, rop_opened_on FROM site WHERE name = 'Rijksontmoetingsplein Middelburg'`,
    );
    expect(middelburg).toEqual({ gemeente_code: 'GM0687', rop_status: 'open', rop_opened_on: '2025-12-01' });
  });

  it('maps "Den Haag" to CBS \'s-Gravenhage and links only evident organisations with their sector', async () => {
    const rows =
      await db.query(`SELECT s.gemeente_code, o.name, o.sector FROM site s JOIN site_organisation so ON so.site_id = s.id JOIN organisation o ON o.id = so.organisation_id
      WHERE s.name = 'Rijkskantoor Rijnstraat 8' ORDER BY o.name`);
    expect(rows.map((r: { name: string }) => r.name)).toEqual([
      'Centraal Orgaan opvang asielzoekers',
      'Dienst Terugkeer en Vertrek',
      'Immigratie- en Naturalisatiedienst',
      'Ministerie van Buitenlandse Zaken',
      'Ministerie van Infrastructuur en Waterstaat',
    ]);
    expect(rows[0]).toMatchObject({ gemeente_code: 'GM0518', sector: 'zbo' });
    const [planbureau] = await db.query(`SELECT count(*)::int AS n FROM organisation WHERE name ILIKE '%planbureau%'`);
    expect(planbureau.n).toBe(0);
  });

  it('seeds projects and cases with their regions and sources', async () => {
    const [projects] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE city = 'landelijk' AND geom IS NULL)::int AS national FROM masterplan_project WHERE dataset = 'gepubliceerd'`,
    );
    expect(projects).toEqual({ n: 26, national: 2 });
    const [havelte] = await db.query(
      `SELECT from_region_code, to_region_code, fte_change, fte_moving::int AS moving FROM location_case WHERE organisation_name LIKE '%Johannes Postkazerne%'`,
    );
    const [westerveld] = await db.query(
      `SELECT code FROM region WHERE kind = 'gemeente' AND name = 'Westerveld' LIMIT 1`,
    );
    // 600 leave Havelte (fte_moving_value -600): Westerveld is the origin; the net is not published.
    expect(havelte).toEqual({ from_region_code: westerveld.code, to_region_code: null, fte_change: null, moving: 600 });
    // A provincial statistic (Fryslân −152 fte) is a regional statement (published_context), not a case.
    const [friesland] = await db.query(
      `SELECT count(*)::int AS n FROM location_case WHERE dataset = 'gepubliceerd' AND fte_change = -152`,
    );
    expect(friesland.n).toBe(0);
  });

  it('imports sites: a coordinate gives precision adres, an address goes through the geocoder, a bad place is reported', async () => {
    const answers: Geocoder = {
      name: 'test',
      geocode: async (q) =>
        q.address === 'Teststraat 1' ? { lon: 6.57, lat: 52.99, gemeenteCode: 'GM0106', label: 'geconstrueerd' } : null,
    };
    const geocoder = new CachedGeocoder(db, answers);
    const file = path.join(dir, 'sites.csv');
    fs.writeFileSync(
      file,
      [
        'naam,soort,adres,plaats,lon,lat,source_url',
        `${tag} A,rijkskantoor,,Assen,6.5625,52.9925,https://example.org/a`,
        `${tag} B,overig,Teststraat 1,Assen,,,https://example.org/b`,
        `${tag} C,overig,,Den Haag,,,https://example.org/c`,
      ].join('\n'),
    );
    const result = await run('sites', file, { geocoder });
    expect(result.rowsWritten).toBe(3);
    const rows = await db.query(
      `SELECT name, location_precision, gemeente_code, ST_X(geom) AS lon FROM site WHERE name LIKE $1 ORDER BY name`,
      [`${tag}%`],
    );
    expect(rows.map((r: { location_precision: string }) => r.location_precision)).toEqual([
      'adres',
      'adres',
      'gemeente',
    ]);
    expect(rows[1]).toMatchObject({ gemeente_code: 'GM0106', lon: 6.57 });
    const [cached] = await db.query(`SELECT found, provider FROM geocode_cache WHERE query = 'teststraat 1|assen'`);
    expect(cached).toEqual({ found: true, provider: 'test' });

    const bad = path.join(dir, 'sites-fout.csv');
    fs.writeFileSync(bad, `naam,soort,plaats,lon,lat,source_url\n${tag} D,kasteel,Atlantis,2.35,48.86,\n`);
    const error = (await run('sites', bad).catch((e: unknown) => e)) as ImportRejectedError;
    expect(error.errors.map((e) => e.column)).toEqual(['lon', 'plaats', 'soort', 'source_url']);
  });

  it('imports projects and profiles, and re-importing the same file changes nothing', async () => {
    const projects = path.join(dir, 'projecten.csv');
    fs.writeFileSync(
      projects,
      `project,plaats,soort,status,source_url\n${tag} project,Den Bosch,nieuwbouw kantoor,gepland,https://example.org/p\n`,
    );
    expect((await run('projects', projects)).rowsWritten).toBe(1);
    expect((await run('projects', projects)).status).toBe('ongewijzigd');
    const [project] = await db.query(
      `SELECT kind, gemeente_code, location_precision FROM masterplan_project WHERE name = $1`,
      [`${tag} project`],
    );
    expect(project).toEqual({ kind: 'nieuwbouw', gemeente_code: 'GM0796', location_precision: 'gemeente' });

    const profiles = path.join(dir, 'profielen.csv');
    fs.writeFileSync(profiles, `regio,kernkwaliteiten,kansen\nCR07,veiligheid;energie,testkansen ${backend.name}\n`);
    // Profiles are published reference data, shared by both datasets: never a demo delivery.
    await expect(run('profiles', profiles)).rejects.toThrow(/voorbeelddata/);
    const result = await run('profiles', profiles, { dataset: 'gepubliceerd' });
    const [profile] = await db.query(`SELECT region_code, core_qualities FROM region_profile WHERE import_id = $1`, [
      result.importId,
    ]);
    expect(profile).toEqual({ region_code: 'CR07', core_qualities: ['veiligheid', 'energie'] });
  });

  it('imports boundaries from GeoJSON and derives membership; a malformed file is refused', async () => {
    const file = path.join(dir, 'provincies.geojson');
    fs.copyFileSync(path.join(sharedDataDir(), 'geo', 'cbs_provincie_2025.geojson'), file);
    const result = await run('boundaries', file, { dataset: 'gepubliceerd' });
    expect(result.rowsWritten).toBe(12);
    const [drenthe] = await db.query(
      `SELECT import_id, provincie_code FROM region WHERE code = 'PV22' AND year = 2025`,
    );
    expect(drenthe).toEqual({ import_id: result.importId, provincie_code: 'PV22' });
    const broken = path.join(dir, 'kapot.geojson');
    fs.writeFileSync(broken, '{"type": "FeatureCollection", "features": [');
    const error = (await run('boundaries', broken, { dataset: 'gepubliceerd' }).catch(
      (e: unknown) => e,
    )) as ImportRejectedError;
    expect(error.errors[0]!.reason).toMatch(/geen geldige JSON/);
  });
});
