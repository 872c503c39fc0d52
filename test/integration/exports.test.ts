/**
 * Exports over the real HTTP stack on both backends: every collection as GeoJSON and CSV and
 * the fte aggregate as CSV, each carrying its sources and whether it is published or
 * demonstration data; CSV in a standard and a Dutch Excel dialect; missing figures empty.
 */
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../server/imports/import.service.js';
import { siteImport } from '../../server/imports/site-import.js';
import { backends, connect } from '../support/backends.js';
import { FIXTURE_SOURCE, insertFixtures, startApp, type Fixtures, type RunningApp } from '../support/api.js';

const DATE = '2099-05-01';
/** The importer's site fields (branch `data`, server/imports/), in this order. */
const IMPORT_FIELDS = [
  'kind',
  'name',
  'address',
  'city',
  'gemeenteCode',
  'locationPrecision',
  'grossFloorAreaM2',
  'workplaces',
  'tenure',
  'inUseSince',
  'ropStatus',
  'ropOpenedOn',
  'sourceUrl',
  'note',
];

type Row = Record<string, string>;

describe.each(backends())('exports on $name', (backend) => {
  let db: DataSource;
  let app: RunningApp;
  let fx: Fixtures;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    fx = await insertFixtures(db, `Interop-export-${backend.name}`, DATE);
    // Text that Excel would run as a formula.
    await db.query(`UPDATE site SET note = '=1+1' WHERE id = $1`, [fx.sites.utrecht]);
    await db.query(`UPDATE site SET address = $2, note = $3 WHERE id = $1`, [
      fx.sites.zwolleRop,
      '=HYPERLINK("https://evil.example","klik")',
      '@SUM(1+1)',
    ]);
    app = await startApp(db, backend);
  });

  afterAll(async () => {
    await fx?.remove();
    await app?.close();
    await db?.destroy();
  });

  const get = (path: string) => fetch(`${app.url}${path}`);
  async function geojson(path: string) {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w-]+\.geojson"$/);
    const text = await res.text();
    expect(() => check(text)).not.toThrow();
    return JSON.parse(text);
  }
  async function csv(path: string, dialect: 'standaard' | 'nl' = 'standaard'): Promise<{ text: string; rows: Row[] }> {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    const rows = parse(text, { columns: true, bom: true, delimiter: dialect === 'nl' ? ';' : ',' }) as Row[];
    return { text, rows };
  }
  const mine = (rows: Row[]) => rows.filter((r) => r.city === `${fx.tag}-stad`);

  it('exports sites as GeoJSON in the importer’s fields, at full precision, with sources and status', async () => {
    const doc = await geojson('/export/sites.geojson');
    expect(doc).toMatchObject({
      type: 'FeatureCollection',
      name: 'sites',
      dataset: 'gepubliceerd',
      gegevensstatus: 'gepubliceerde cijfers',
    });
    expect(doc.sources).toContain(FIXTURE_SOURCE);
    const assen = doc.features.find((f: { id: number }) => f.id === fx.sites.assen);
    expect(Object.keys(assen.properties)).toEqual(IMPORT_FIELDS);
    expect(assen.properties).toMatchObject({
      kind: 'rijkskantoor',
      address: 'Fixtureweg 1',
      gemeenteCode: 'GM0106',
      grossFloorAreaM2: 1234.5,
      workplaces: 250,
      tenure: 'huur',
      inUseSince: '2017',
      ropStatus: null,
    });
    expect(assen.geometry).toEqual({ type: 'Point', coordinates: [6.5623451234567, 52.9934561234567] });
    expect(doc.features.some((f: { id: number }) => f.id === fx.sites.demo)).toBe(false);
  });

  it('exports demonstration sites on request, labelled fictieve voorbeelddata', async () => {
    const doc = await geojson('/export/sites.geojson?dataset=demo');
    expect(doc).toMatchObject({ dataset: 'demo', gegevensstatus: 'fictieve voorbeelddata' });
    expect(doc.features.map((f: { id: number }) => f.id)).toContain(fx.sites.demo);
    expect(doc.features.map((f: { id: number }) => f.id)).not.toContain(fx.sites.assen);
  });

  it('exports sites as standard CSV with provenance columns and empty cells for missing values', async () => {
    const { text, rows } = await csv('/export/sites.csv');
    // A BOM, so LibreOffice and Excel read UTF-8 with their default import settings (issue 17, finding 6).
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const header = text.slice(1).split('\r\n')[0]!.split(',');
    const withPrecision = IMPORT_FIELDS.flatMap((f) =>
      ['inUseSince', 'ropOpenedOn'].includes(f) ? [f, `${f}Precision`] : [f],
    );
    expect(header).toEqual(['id', ...withPrecision, 'lon', 'lat', 'dataset', 'gegevensstatus']);
    const assen = mine(rows).find((r) => r.id === String(fx.sites.assen))!;
    // A date as precise as its source: a full ISO date in the column, how much of it is known beside it.
    expect(assen).toMatchObject({
      inUseSince: '2017-01-01',
      inUseSincePrecision: 'jaar',
      ropOpenedOn: '',
      ropOpenedOnPrecision: '',
    });
    expect(assen).toMatchObject({
      grossFloorAreaM2: '1234.5',
      lon: '6.5623451234567',
      lat: '52.9934561234567',
      dataset: 'gepubliceerd',
      gegevensstatus: 'gepubliceerde cijfers',
      sourceUrl: FIXTURE_SOURCE,
    });
    const utrecht = mine(rows).find((r) => r.id === String(fx.sites.utrecht))!;
    expect(utrecht).toMatchObject({ tenure: '', grossFloorAreaM2: '', note: "'=1+1" });
  });

  it('defuses formulas in the standard dialect too, as the anonymous default download', async () => {
    const { rows } = await csv('/export/sites.csv');
    const zwolle = mine(rows).find((r) => r.id === String(fx.sites.zwolleRop))!;
    expect(zwolle).toMatchObject({ address: `'=HYPERLINK("https://evil.example","klik")`, note: "'@SUM(1+1)" });
    // No cell of the whole download starts (after spaces) with = + - @, apart from plain numbers.
    const risky = rows
      .flatMap((row) => Object.values(row))
      .filter((cell) => /^\s*[=+@-]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
    expect(risky).toEqual([]);
  });

  it('exports CSV for Dutch Excel: BOM, semicolons, decimal comma, formulas defused', async () => {
    const { text, rows } = await csv('/export/sites.csv?dialect=nl', 'nl');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, 30)).toMatch(/^id;kind;name;address;/);
    const assen = mine(rows).find((r) => r.id === String(fx.sites.assen))!;
    expect(assen).toMatchObject({ grossFloorAreaM2: '1234,5', lon: '6,5623451234567', lat: '52,9934561234567' });
    expect(mine(rows).find((r) => r.id === String(fx.sites.utrecht))!.note).toBe("'=1+1");
  });

  it('exports the fte aggregate per level as CSV: figures, approximations in words, missing as empty', async () => {
    const { rows } = await csv(`/export/fte.csv?level=provincie&peildatum=${DATE}`);
    expect(rows).toHaveLength(12);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('PV22')).toMatchObject({
      name: 'Drenthe',
      level: 'provincie',
      peildatum: DATE,
      sector: 'alle',
      fte: '120',
      status: 'gepubliceerd cijfer',
      sources: FIXTURE_SOURCE,
      dataset: 'gepubliceerd',
      gegevensstatus: 'gepubliceerde cijfers',
    });
    expect(byCode.get('PV20')).toMatchObject({ fte: '', value: '', status: 'geen gepubliceerd cijfer', sources: '' });
    expect(byCode.get('PV28')).toMatchObject({ fte: '', fteAsWritten: 'bijna 95.000' });
    const share = await csv(`/export/fte.csv?level=provincie&peildatum=${DATE}&metric=aandeel_nationaal`);
    expect(share.rows.find((r) => r.code === 'PV22')).toMatchObject({ metric: 'aandeel_nationaal', value: '12' });
    const demo = await csv(`/export/fte.csv?level=gemeente&peildatum=${DATE}&dataset=demo&dialect=nl`, 'nl');
    expect(demo.rows.find((r) => r.code === 'GM0114')).toMatchObject({
      fte: '10,5',
      basis: 'leveringen',
      gegevensstatus: 'fictieve voorbeelddata',
    });
  });

  it('exports region collections with figures as GeoJSON (the map’s aggregate with its boundaries)', async () => {
    const doc = await geojson(`/export/fte.geojson?level=provincie&peildatum=${DATE}`);
    expect(doc).toMatchObject({ name: 'provincies', peildatum: DATE, dataset: 'gepubliceerd' });
    expect(doc.features).toHaveLength(12);
    expect(doc.sources).toContain(FIXTURE_SOURCE);
    expect(doc.features.find((f: { id: string }) => f.id === 'PV20').properties).toMatchObject({
      fte: null,
      status: 'geen gepubliceerd cijfer',
    });
    const csvRegions = await csv(`/export/provincies.csv?peildatum=${DATE}`);
    expect(csvRegions.rows.find((r) => r.code === 'PV22')).toMatchObject({
      fte: '120',
      gegevensstatus: 'gepubliceerde cijfers',
    });
    expect(Object.keys(csvRegions.rows[0]!)).not.toContain('lon');
  });

  it('exports stations and masterplan projects with their provenance', async () => {
    const stations = await csv('/export/stations.csv');
    expect(stations.rows.length).toBeGreaterThan(300);
    expect(stations.rows.find((r) => r.code === 'ASN')).toMatchObject({
      name: 'Assen',
      dataset: '',
      gegevensstatus: 'open data van derden',
    });
    const projects = await geojson('/export/masterplanprojecten.geojson');
    const unplaced = projects.features.find((f: { id: number }) => f.id === fx.projects.unplaced);
    expect(unplaced.geometry).toBeNull();
    expect(projects.sources).toContain(FIXTURE_SOURCE);
  });

  it('answers unknown exports with 404 and bad parameters with a typed 400', async () => {
    expect((await get('/export/casussen.csv')).status).toBe(404);
    expect((await get('/export/sites.xlsx')).status).toBe(404);
    for (const [path, field] of [
      ['/export/sites.csv?dialect=excel', 'dialect'],
      ['/export/fte.csv?level=wijk', 'level'],
      ['/export/sites.geojson?dialect=nl', 'dialect'],
      ['/export/fte.csv?peildatum=1-1-2024', 'peildatum'],
      ['/export/stations.csv?dataset=demo', 'dataset'],
    ]) {
      const res = await get(path!);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('a GeoJSON site export re-imports through the importer without changes', async () => {
    const before = await siteSnapshot(db);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rp-roundtrip-')), 'sites.geojson');
    fs.writeFileSync(file, Buffer.from(await (await get('/export/sites.geojson')).arrayBuffer()));
    const result = await runImport(db, siteImport, { file, actor: 'test-roundtrip', dataset: 'gepubliceerd' }).catch(
      (e) => {
        throw new Error(
          `${e.message}\n${(e.errors ?? []).map((x: { line: number; column: string; reason: string }) => `${x.line} ${x.column}: ${x.reason}`).join('\n')}`,
        );
      },
    );
    expect(result.status).toBe('geïmporteerd');
    expect(result.rowsTotal).toBe(before.length);
    expect(await siteSnapshot(db)).toEqual(before);
    expect(result.rowsWritten).toBe(0);
  });
});

/** Every published site with every imported field, its geometry (EWKB hex), version and provenance. */
async function siteSnapshot(db: DataSource): Promise<Record<string, unknown>[]> {
  return db.query(
    `SELECT id, kind, name, address, city, gemeente_code, location_precision, gross_floor_area_m2, workplaces, tenure, in_use_since,
            rop_status, rop_opened_on, source_url, note, version, import_id, encode(ST_AsEWKB(geom), 'hex') AS geom,
            ARRAY(SELECT organisation_id FROM site_organisation so WHERE so.site_id = site.id ORDER BY 1) AS organisations
       FROM site WHERE dataset = 'gepubliceerd' ORDER BY id`,
  );
}
