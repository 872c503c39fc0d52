/**
 * The OGC API as a GIS client reads it: GDAL's OAPIF driver (ogrinfo, Debian's gdal-bin, installed
 * by scripts/test-env.sh) against the live test server (issue 17, findings 1 and 2). ogrinfo lists
 * every collection as a layer; the region layers type fte as a number (Real) from the collection's
 * schema, and with no parameters at all show the newest peildatum that has figures; the -demo
 * layers show the demonstration figures; datetime selects a peildatum.
 * ogrinfo runs as a child process without blocking: the server answers it from this same process.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { backends, connect } from '../support/backends.js';
import { insertFixtures, startApp, type Fixtures, type RunningApp } from '../support/api.js';

const run = promisify(execFile);
const DATE = '2099-05-01';

async function ogrinfo(...args: string[]): Promise<string> {
  const { stdout } = await run('ogrinfo', ['-ro', '--config', 'GDAL_HTTP_TIMEOUT', '60', ...args], {
    timeout: 120_000,
    maxBuffer: 64 << 20,
  });
  return stdout;
}

/** "fte: Real (0.0)" lines of an ogrinfo -so layer summary, as { fte: 'Real' }. */
function fieldTypes(summary: string): Record<string, string> {
  return Object.fromEntries([...summary.matchAll(/^(\w+): (\w+) \(/gm)].map((m) => [m[1]!, m[2]!]));
}

/** The value of one field per feature in ogrinfo's feature dump, keyed by the feature's code. */
function valuesByCode(dump: string, field: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of dump.split(/^OGRFeature/m).slice(1)) {
    const code = /^\s+code \(String\) = (\S+)/m.exec(block)?.[1];
    const value = new RegExp(`^\\s+${field} \\(\\w+\\) = (.*)$`, 'm').exec(block)?.[1];
    if (code) out.set(code, value ?? '(null)');
  }
  return out;
}

describe.each(backends())('OGC API through GDAL OAPIF on $name', (backend) => {
  let db: DataSource;
  let app: RunningApp;
  let fx: Fixtures;
  let ogc: string;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    fx = await insertFixtures(db, `Interop-gdal-${backend.name}`, DATE);
    app = await startApp(db, backend);
    ogc = `OAPIF:${app.url}/ogc`;
  });

  afterAll(async () => {
    await fx?.remove();
    await app?.close();
    await db?.destroy();
  });

  it('lists every collection as a layer, region levels per dataset', async () => {
    const layers = await ogrinfo(ogc);
    for (const id of ['sites', 'stations', 'provincies', 'provincies-demo', 'gemeenten', 'gemeenten-demo']) {
      expect(layers).toMatch(new RegExp(`^\\d+: ${id} \\(`, 'm'));
    }
  });

  it('types fte and value as numbers and reads the newest peildatum with figures without parameters', async () => {
    const summary = await ogrinfo('-so', ogc, 'provincies');
    expect(fieldTypes(summary)).toMatchObject({ fte: 'Real', value: 'Real', year: 'Integer' });
    const dump = await ogrinfo(ogc, 'provincies');
    const fte = valuesByCode(dump, 'fte');
    expect(fte.size).toBe(12);
    // Some province has a figure on the default peildatum (the fixture's Drenthe 120, or newer).
    expect([...fte.values()].some((v) => /^\d/.test(v))).toBe(true);
    // GDAL prints dates as 2099/05/01; newer fixture dates of other suites may exist, older may not.
    const peildatum = valuesByCode(dump, 'peildatum').get('PV22')!.replaceAll('/', '-');
    expect(peildatum >= DATE).toBe(true);
  });

  it('reads the demonstration figures from the -demo layer, typed as numbers', async () => {
    const summary = await ogrinfo('-so', ogc, 'provincies-demo');
    expect(fieldTypes(summary)).toMatchObject({ fte: 'Real', value: 'Real' });
    const dump = await ogrinfo(ogc, 'provincies-demo');
    expect(new Set(valuesByCode(dump, 'dataset').values())).toEqual(new Set(['demo']));
  });

  it('opens the service URL with ?dataset=demo: every request carries it, every layer stays valid', async () => {
    const demo = `${ogc}?dataset=demo`;
    const provinces = await ogrinfo(demo, 'provincies');
    expect(new Set(valuesByCode(provinces, 'dataset').values())).toEqual(new Set(['demo']));
    expect(await ogrinfo('-so', demo, 'stations')).toMatch(/Feature Count: [1-9]/);
    expect(await ogrinfo('-so', demo, 'provincies-demo')).toMatch(/fte: Real/);
    const wrong = await fetch(`${app.url}/ogc/collections/provincies-demo/items?dataset=gepubliceerd`);
    expect(wrong.status).toBe(400);
  });

  it('selects the peildatum with a filter on peildatum (GDAL sends it as datetime) and with datetime itself', async () => {
    const dump = await ogrinfo(ogc, 'provincies', '-where', `peildatum = '${DATE}'`);
    const fte = valuesByCode(dump, 'fte');
    expect(fte.size).toBe(12);
    expect(fte.get('PV22')).toBe('120');
    expect(new Set(valuesByCode(dump, 'peildatum').values())).toEqual(new Set([DATE.replaceAll('-', '/')]));
    const items = await fetch(`${app.url}/ogc/collections/provincies/items?datetime=${DATE}T00:00:00Z`);
    expect(items.status).toBe(200);
    expect((await items.json()).peildatum).toBe(DATE);
    const interval = await (await fetch(`${app.url}/ogc/collections/provincies/items?datetime=../${DATE}`)).json();
    expect(interval.peildatum <= DATE).toBe(true);
    const none = await (await fetch(`${app.url}/ogc/collections/provincies/items?datetime=1900-01-01`)).json();
    expect(none).toMatchObject({ numberMatched: 0, numberReturned: 0, features: [] });
  });

  it('describes each collection as Core and Part 3 ask: own parameters, extents, schema, links, JSON errors', async () => {
    const getJson = async (path: string, status = 200) => {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toMatch(/json/);
      return res.json();
    };
    const api = await getJson('/ogc/api');
    expect(api.info.license).toMatchObject({ name: 'CC0 1.0' });
    const names = (path: string) => api.paths[path].get.parameters.map((p: { name: string }) => p.name);
    const param = (path: string, name: string) =>
      api.paths[path].get.parameters.find((p: { name: string }) => p.name === name);
    expect(param('/collections/stations/items', 'dataset').description).toMatch(/^Zonder gevolg/);
    expect(names('/collections/sites/items')).toEqual(expect.arrayContaining(['dataset', 'datetime', 'bbox']));
    expect(names('/collections/sites/items')).not.toContain('peildatum');
    expect(names('/collections/provincies/items')).toEqual(
      expect.arrayContaining(['dataset', 'peildatum', 'datetime', 'sector']),
    );
    expect(param('/collections/provincies-demo/items', 'dataset').description).toMatch(/^Alleen demo/);
    const operations = Object.values(api.paths).map((p: any) => p.get.operationId);
    expect(operations.every((id: unknown) => typeof id === 'string')).toBe(true);
    expect(new Set(operations).size).toBe(operations.length);

    const landing = await getJson('/ogc?dataset=demo');
    expect(landing.links.find((l: { rel: string }) => l.rel === 'service-doc')).toMatchObject({ type: 'text/html' });
    expect(landing.links.find((l: { rel: string }) => l.rel === 'data').href).toMatch(/collections\?dataset=demo$/);
    const doc = await fetch(landing.links.find((l: { rel: string }) => l.rel === 'service-doc').href);
    expect(doc.status).toBe(200);
    expect(await doc.text()).toContain('getProvinciesFeatures');

    const collections = await getJson('/ogc/collections?dataset=demo');
    const byId = new Map(collections.collections.map((c: any) => [c.id, c]));
    const sites: any = byId.get('sites');
    const stations: any = byId.get('stations');
    expect(sites.links.find((l: { rel: string }) => l.rel === 'items').href).toMatch(/items\?dataset=demo$/);
    expect(stations.links.find((l: { rel: string }) => l.rel === 'items').href).toMatch(/items$/);
    expect(stations.extent.spatial.bbox[0]).not.toEqual((byId.get('provincies') as any).extent.spatial.bbox[0]);
    expect((byId.get('provincies') as any).extent.temporal.interval[0][1]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(stations.extent.temporal).toBeUndefined();

    const queryables = await getJson('/ogc/collections/provincies/queryables');
    expect(queryables.properties.peildatum).toMatchObject({ type: 'string', format: 'date' });
    const schema = await getJson('/ogc/collections/provincies/schema');
    expect(schema.properties.properties.properties.fte).toMatchObject({ type: 'number' });

    const one = await getJson(`/ogc/collections/provincies/items/PV22?dataset=demo&peildatum=${DATE}`);
    const self = one.links.find((l: { rel: string }) => l.rel === 'self').href;
    expect(self).toBe(`${app.url}/ogc/collections/provincies/items/PV22?dataset=demo&peildatum=${DATE}`);
    expect((await getJson(self.replace(app.url, ''))).properties).toMatchObject({ dataset: 'demo', peildatum: DATE });

    const missing = await getJson('/ogc/bestaat-niet/ook-niet', 404);
    expect(missing.code).toBe('NOT_FOUND');
    const both = await getJson(`/ogc/collections/provincies/items?peildatum=${DATE}&datetime=${DATE}`, 400);
    expect(both.field).toBe('datetime');
    expect((await getJson('/ogc/collections/provincies/items?datetime=2023-13-01', 400)).field).toBe('datetime');
  });
});
