/**
 * OGC API - Features - Part 1: Core over the real HTTP stack on both backends: landing page,
 * conformance, API definition, collections, items with bbox and paging (next/prev links,
 * numberMatched/numberReturned), single items and 404s, with every GeoJSON response validated.
 */
import { check } from '@placemarkio/check-geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { backends, connect } from '../support/backends.js';
import { FIXTURE_SOURCE, insertFixtures, startApp, type Fixtures, type RunningApp } from '../support/api.js';

const DATE = '2099-04-01';
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
/** Around the fixture sites in Assen and Zwolle (and nothing of Utrecht). */
const NORTH_EAST = '6.0,52.4,6.7,53.1';

interface Link {
  href: string;
  rel: string;
  type: string;
}

describe.each(backends())('OGC API Features on $name', (backend) => {
  let db: DataSource;
  let app: RunningApp;
  let fx: Fixtures;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    fx = await insertFixtures(db, `Interop-ogc-${backend.name}`, DATE);
    await db.query(
      `INSERT INTO location_case (title, kind, status, confidential, advice) VALUES ($1, 'groei', 'in behandeling', true, 'vertrouwelijk advies')`,
      [`${fx.tag} vertrouwelijke casus`],
    );
    app = await startApp(db, backend);
  });

  afterAll(async () => {
    await db?.query(`DELETE FROM location_case WHERE title = $1`, [`${fx?.tag} vertrouwelijke casus`]);
    await fx?.remove();
    await app?.close();
    await db?.destroy();
  });

  const get = (path: string) => fetch(path.startsWith('http') ? path : `${app.url}${path}`);
  async function geojson(path: string) {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const text = await res.text();
    expect(() => check(text)).not.toThrow();
    return JSON.parse(text);
  }
  const link = (links: Link[], rel: string) => links.find((l) => l.rel === rel);

  it('serves the landing page with links to the API definition, conformance and collections', async () => {
    const res = await get('/ogc');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = await res.json();
    expect(doc.title).toBeTruthy();
    for (const [rel, type] of [
      ['self', 'application/json'],
      ['service-desc', 'application/vnd.oai.openapi+json;version=3.0'],
      ['conformance', 'application/json'],
      ['data', 'application/json'],
    ]) {
      expect(link(doc.links, rel!), rel).toMatchObject({ href: expect.stringMatching(/^http:\/\//), type });
    }
    const api = await get(link(doc.links, 'service-desc')!.href);
    expect(api.status).toBe(200);
    expect((await api.json()).openapi).toBe('3.0.3');
  });

  it('declares conformance to Core and GeoJSON', async () => {
    const doc = await (await get('/ogc/conformance')).json();
    expect(doc.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
      ]),
    );
  });

  it('lists every collection with items links, CRS84 and an extent; confidential cases are not offered anonymously', async () => {
    const res = await get('/ogc/collections');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = await res.json();
    const ids = doc.collections.map((c: { id: string }) => c.id);
    expect(ids).toEqual([
      'sites',
      'rijksontmoetingspleinen',
      'masterplanprojecten',
      'stations',
      'locatiecasussen',
      'provincies',
      'provincies-demo',
      'corop-gebieden',
      'corop-gebieden-demo',
      'gemeenten',
      'gemeenten-demo',
      'arbeidsmarktregios',
      'arbeidsmarktregios-demo',
    ]);
    for (const c of doc.collections) {
      expect(link(c.links, 'items')).toMatchObject({
        type: 'application/geo+json',
        href: expect.stringContaining(`/ogc/collections/${c.id}/items`),
      });
      expect(c.crs).toEqual([CRS84]);
      expect(c.extent.spatial.bbox[0]).toHaveLength(4);
    }
    // Location cases are listed; the confidential one is not served without a planner's token (ogc-access.test.ts).
    const cases = await (await get('/ogc/collections/locatiecasussen/items?limit=1000')).text();
    expect(cases).not.toContain(`${fx.tag} vertrouwelijke casus`);
    expect(cases).not.toContain('vertrouwelijk advies');
    const one = await (await get('/ogc/collections/sites')).json();
    expect(one).toMatchObject({ id: 'sites', itemType: 'feature' });
  });

  it('answers 404 with a JSON error for an unknown collection or feature', async () => {
    for (const path of [
      '/ogc/collections/casussen',
      '/ogc/collections/casussen/items',
      `/ogc/collections/sites/items/999999999`,
      '/ogc/collections/sites/items/abc',
      '/ogc/collections/stations/items/NOPE',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('filters items by bbox and pages through them with next and prev links', async () => {
    const all = await geojson(`/ogc/collections/sites/items?bbox=${NORTH_EAST}`);
    const mine = all.features.filter((f: { properties: { city: string } }) => f.properties.city === `${fx.tag}-stad`);
    expect(mine.map((f: { id: number }) => f.id).sort()).toEqual([fx.sites.assen, fx.sites.zwolleRop].sort());
    expect(all.numberMatched).toBe(all.features.length);
    expect(all.numberReturned).toBe(all.features.length);
    expect(
      all.features.every((f: { geometry: { coordinates: number[] } }) => {
        const [lon, lat] = f.geometry.coordinates;
        return lon! >= 6.0 && lon! <= 6.7 && lat! >= 52.4 && lat! <= 53.1;
      }),
    ).toBe(true);

    const first = await geojson(`/ogc/collections/stations/items?bbox=${NORTH_EAST}&limit=2`);
    expect(first.numberReturned).toBe(2);
    expect(first.numberMatched).toBeGreaterThan(2);
    expect(link(first.links, 'self')!.type).toBe('application/geo+json');
    expect(link(first.links, 'prev')).toBeUndefined();
    const second = await geojson(link(first.links, 'next')!.href);
    expect(second.features.map((f: { id: string }) => f.id)).not.toContain(first.features[0].id);
    expect(second.numberMatched).toBe(first.numberMatched);
    const back = await geojson(link(second.links, 'prev')!.href);
    expect(back.features.map((f: { id: string }) => f.id)).toEqual(first.features.map((f: { id: string }) => f.id));
    // Following next links visits every matched feature exactly once, then stops.
    const seen: string[] = [];
    let page = first;
    for (let i = 0; page && i < 200; i++) {
      seen.push(...page.features.map((f: { id: string }) => f.id));
      const next = link(page.links, 'next');
      page = next ? await geojson(next.href) : null;
    }
    expect(seen).toHaveLength(first.numberMatched);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('clamps limit to the maximum and refuses invalid parameters with a typed 400', async () => {
    const big = await geojson('/ogc/collections/stations/items?limit=50000');
    expect(big.numberReturned).toBe(big.numberMatched); // all 397 stations fit in the maximum
    expect(link(big.links, 'self')!.href).toContain('limit=1000');
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['bbox=1,2,3', 'bbox'],
      ['bbox=7,53,6,52', 'bbox'],
      ['offset=-1', 'offset'],
      ['colour=red', 'colour'],
      ['peildatum=2024-01-01', 'peildatum'],
    ]) {
      const res = await get(`/ogc/collections/stations/items?${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('serves a single feature with self and collection links', async () => {
    const feature = await geojson(`/ogc/collections/sites/items/${fx.sites.assen}`);
    expect(feature).toMatchObject({ type: 'Feature', id: fx.sites.assen, geometry: { type: 'Point' } });
    expect(feature.properties).toMatchObject({
      name: `${fx.tag} Kantoor Assen`,
      kind: 'rijkskantoor',
      gemeenteCode: 'GM0106',
      grossFloorAreaM2: 1234.5,
      sourceUrl: FIXTURE_SOURCE,
      dataset: 'gepubliceerd',
    });
    expect(link(feature.links, 'self')!.href).toBe(`${app.url}/ogc/collections/sites/items/${fx.sites.assen}`);
    expect(link(feature.links, 'collection')!.type).toBe('application/json');
  });

  it('keeps demonstration data out unless asked for, and the ROP collection to meeting hubs', async () => {
    const published = await geojson(`/ogc/collections/sites/items?bbox=6.8,52.7,7.0,52.9`);
    expect(published.features.some((f: { id: number }) => f.id === fx.sites.demo)).toBe(false);
    const demo = await geojson(`/ogc/collections/sites/items?bbox=6.8,52.7,7.0,52.9&dataset=demo`);
    expect(demo.features.find((f: { id: number }) => f.id === fx.sites.demo)?.properties.dataset).toBe('demo');
    const rops = await geojson(`/ogc/collections/rijksontmoetingspleinen/items?bbox=${NORTH_EAST}`);
    expect(rops.features.map((f: { id: number }) => f.id)).toContain(fx.sites.zwolleRop);
    expect(
      rops.features.every((f: { properties: { kind: string } }) => f.properties.kind === 'rijksontmoetingsplein'),
    ).toBe(true);
  });

  it('serves masterplan projects, those without a place with a null geometry outside any bbox', async () => {
    const placed = await geojson(`/ogc/collections/masterplanprojecten/items/${fx.projects.placed}`);
    expect(placed.properties).toMatchObject({ name: `${fx.tag} Renovatie`, kind: 'renovatie', plannedWorkplaces: 300 });
    const unplaced = await geojson(`/ogc/collections/masterplanprojecten/items/${fx.projects.unplaced}`);
    expect(unplaced.geometry).toBeNull();
    const inBox = await geojson(`/ogc/collections/masterplanprojecten/items?bbox=${NORTH_EAST}`);
    const ids = inBox.features.map((f: { id: number }) => f.id);
    expect(ids).toContain(fx.projects.placed);
    expect(ids).not.toContain(fx.projects.unplaced);
  });

  it('serves regions with their fte figures; missing figures are null with a status', async () => {
    const doc = await geojson(`/ogc/collections/provincies/items?peildatum=${DATE}`);
    expect(doc.numberMatched).toBe(12);
    expect(doc).toMatchObject({ peildatum: DATE, dataset: 'gepubliceerd' });
    const byCode = new Map(doc.features.map((f: { id: string; properties: object }) => [f.id, f.properties]));
    expect(byCode.get('PV22')).toMatchObject({
      name: 'Drenthe',
      fte: 120,
      status: 'gepubliceerd cijfer',
      sources: [FIXTURE_SOURCE],
    });
    expect(byCode.get('PV20')).toMatchObject({
      fte: null,
      value: null,
      status: 'geen gepubliceerd cijfer',
      sources: [],
    });
    expect(byCode.get('PV28')).toMatchObject({ fte: null, fteAsWritten: 'bijna 95.000' });
    const one = await geojson(`/ogc/collections/provincies/items/PV22?peildatum=${DATE}&dataset=demo`);
    expect(one.geometry.type).toBe('MultiPolygon');
    expect(one.properties).toMatchObject({ fte: 10.5, status: 'som van leveringen', dataset: 'demo' });
    const gemeenten = await geojson(`/ogc/collections/gemeenten/items?bbox=6.55,52.98,6.57,53.0&peildatum=${DATE}`);
    expect(gemeenten.features.map((f: { id: string }) => f.id)).toContain('GM0106');
  });
});
