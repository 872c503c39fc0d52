/**
 * Vector tiles over the real HTTP stack on both backends: tiles decode (@mapbox/vector-tile +
 * pbf) with the right features and attributes, missing figures are absent (never 0) with a
 * status, parameters are validated with typed 400s, and a data change invalidates the cache.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { invalidateTiles } from '../../server/common/data-version.js';
import { backends, connect } from '../support/backends.js';
import { FIXTURE_SOURCE, insertFixtures, startApp, tileOf, type Fixtures, type RunningApp } from '../support/api.js';

const DATE = '2099-03-01';

function decode(bytes: ArrayBuffer | Uint8Array) {
  return new VectorTile(new PbfReader(new Uint8Array(bytes)));
}

function features(tile: VectorTile, layer: string) {
  const l = tile.layers[layer];
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : [];
}

describe.each(backends())('vector tiles on $name', (backend) => {
  let db: DataSource;
  let app: RunningApp;
  let fx: Fixtures;
  const drenthe = tileOf(6.6, 52.9, 7);

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    fx = await insertFixtures(db, `Interop-tiles-${backend.name}`, DATE);
    app = await startApp(db, backend);
  });

  afterAll(async () => {
    await fx?.remove();
    await app?.close();
    await db?.destroy();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });
  const regionTile = (t = drenthe, query = `peildatum=${DATE}`) =>
    get(`/tiles/regions/${t.z}/${t.x}/${t.y}.mvt?${query}`);

  it('serves a region tile with fte attributes from the core aggregation', async () => {
    const res = await regionTile();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers.get('x-tile-encoder')).toBe(backend.name === 'embedded' ? 'node' : 'database');
    const tile = decode(await res.arrayBuffer());
    expect(tile.layers.regions!.extent).toBe(4096);
    const byCode = new Map(features(tile, 'regions').map((f) => [f.properties.code, f]));
    const pv22 = byCode.get('PV22')!;
    expect(pv22.properties).toMatchObject({
      name: 'Drenthe',
      level: 'provincie',
      fte: 120,
      value: 120,
      status: 'gepubliceerd cijfer',
      basis: 'regiocijfer',
      peildatum: DATE,
      sector: 'alle',
      dataset: 'gepubliceerd',
    });
    expect(pv22.properties.sources).toContain('example.org');
    expect(pv22.type).toBe(3);
    // Groningen has no figure: no fte attribute at all (not 0), and says so.
    const pv20 = byCode.get('PV20')!;
    expect(pv20.properties.fte).toBeUndefined();
    expect(pv20.properties.value).toBeUndefined();
    expect(pv20.properties.status).toBe('geen gepubliceerd cijfer');
  });

  it('keeps an approximation in words and computes a share of the national total', async () => {
    const t = tileOf(5.5, 52.0, 5); // holds Zuid-Holland and Drenthe
    const tile = decode(await (await regionTile(t, `peildatum=${DATE}&metric=aandeel_nationaal`)).arrayBuffer());
    const byCode = new Map(features(tile, 'regions').map((f) => [f.properties.code, f.properties]));
    expect(byCode.get('PV28')).toMatchObject({
      status: 'benadering (alleen in woorden gepubliceerd)',
      fteAsWritten: 'bijna 95.000',
      metric: 'aandeel_nationaal',
    });
    expect(byCode.get('PV28')!.fte).toBeUndefined();
    expect(byCode.get('PV22')).toMatchObject({ fte: 120, value: 12 });
  });

  it('shows demonstration data apart, as a sum of deliveries', async () => {
    const tile = decode(await (await regionTile(drenthe, `peildatum=${DATE}&dataset=demo`)).arrayBuffer());
    const pv22 = features(tile, 'regions').find((f) => f.properties.code === 'PV22')!;
    expect(pv22.properties).toMatchObject({
      fte: 10.5,
      basis: 'leveringen',
      status: 'som van leveringen',
      dataset: 'demo',
    });
  });

  it('serves sites and stations tiles with their attributes and ids', async () => {
    const t = tileOf(6.5623, 52.9934, 12);
    const sites = features(decode(await (await get(`/tiles/sites/${t.z}/${t.x}/${t.y}.mvt`)).arrayBuffer()), 'sites');
    const assen = sites.find((f) => f.id === fx.sites.assen)!;
    expect(assen.properties).toMatchObject({
      kind: 'rijkskantoor',
      name: `${fx.tag} Kantoor Assen`,
      gemeenteCode: 'GM0106',
      workplaces: 250,
      dataset: 'gepubliceerd',
    });
    expect(assen.type).toBe(1);
    const demoTile = tileOf(6.9068, 52.7858, 12);
    const published = features(
      decode(await (await get(`/tiles/sites/12/${demoTile.x}/${demoTile.y}.mvt`)).arrayBuffer()),
      'sites',
    );
    expect(published.some((f) => f.id === fx.sites.demo)).toBe(false);
    const demo = features(
      decode(await (await get(`/tiles/sites/12/${demoTile.x}/${demoTile.y}.mvt?dataset=demo`)).arrayBuffer()),
      'sites',
    );
    expect(demo.find((f) => f.id === fx.sites.demo)?.properties.dataset).toBe('demo');
    const s = tileOf(6.5645, 52.9925, 10);
    const stations = features(
      decode(await (await get(`/tiles/stations/${s.z}/${s.x}/${s.y}.mvt`)).arrayBuffer()),
      'stations',
    );
    expect(stations.find((f) => f.properties.code === 'ASN')?.properties).toMatchObject({
      name: 'Assen',
      type: expect.any(String),
    });
  });

  it('answers an empty tile far from the Netherlands with 204 No Content (issue 17, finding 3)', async () => {
    const res = await get('/tiles/sites/10/0/0.mvt');
    expect(res.status).toBe(204);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers a tile outside the pyramid with a JSON 404 (issue 17, finding 3)', async () => {
    for (const path of ['/tiles/sites/7/128/42.mvt', '/tiles/sites/7/66/128.mvt', '/tiles/sites/23/0/0.mvt']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('publishes a TileJSON per layer that carries the chosen parameters', async () => {
    const res = await get(`/tiles/regions.json?level=gemeente&peildatum=${DATE}`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.tilejson).toBe('3.0.0');
    expect(doc.tiles[0]).toBe(
      `${app.url}/tiles/regions/{z}/{x}/{y}.mvt?level=gemeente&peildatum=${DATE}&metric=fte&dataset=gepubliceerd`,
    );
    expect(doc.vector_layers[0]).toMatchObject({
      id: 'regions',
      fields: expect.objectContaining({ fte: 'Number', status: 'String' }),
    });
    expect((await (await get('/tiles/stations.json')).json()).vector_layers[0].id).toBe('stations');
  });

  it.each([
    ['/tiles/regions/7/66/42.mvt?level=wijk', 'level'],
    ['/tiles/regions/7/66/42.mvt?peildatum=2024-02-30', 'peildatum'],
    ['/tiles/regions/7/66/42.mvt?sector=onderwijs', 'sector'],
    ['/tiles/regions/7/66/42.mvt?metric=euro', 'metric'],
    ['/tiles/regions/7/66/42.mvt?peildatun=2024-01-01', 'peildatun'],
    ['/tiles/regions/7/66/42.mvt?level=corop&level=gemeente', 'level'],
    ['/tiles/sites/7/1e1/42.mvt', 'x'],
    ['/tiles/stations/7/66/42.mvt?dataset=demo', 'dataset'],
  ])('refuses %s with a typed 400 naming %s', async (path, field) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', field, description: expect.any(String) });
  });

  it('answers 404 for an unknown layer or tile name', async () => {
    expect((await get('/tiles/cases/7/66/42.mvt')).status).toBe(404);
    expect((await get('/tiles/sites/7/66/42.png')).status).toBe(404);
    expect((await get('/tiles/nope.json')).status).toBe(404);
  });

  it('sends ETag and Cache-Control, answers If-None-Match with 304, and invalidates on a write', async () => {
    const first = await regionTile(drenthe, `peildatum=${DATE}&sector=zbo`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const pv22 = () => features(decode(bytes), 'regions').find((f) => f.properties.code === 'PV22')!;
    let bytes = await first.arrayBuffer();
    expect(pv22().properties.fte).toBeUndefined();
    expect((await regionTile(drenthe, `peildatum=${DATE}&sector=zbo`)).headers.get('etag')).toBe(etag);
    expect(
      (
        await fetch(
          `${app.url}/tiles/regions/${drenthe.z}/${drenthe.x}/${drenthe.y}.mvt?peildatum=${DATE}&sector=zbo`,
          { headers: { 'If-None-Match': etag } },
        )
      ).status,
    ).toBe(304);

    // A write in this process that calls invalidateTiles(): the next request sees it at once.
    await db.query(
      `INSERT INTO fte_count (peildatum, scope, region_code, sector, fte, source_url) VALUES ($1, 'regio', 'PV22', 'zbo', 42, $2)`,
      [DATE, FIXTURE_SOURCE],
    );
    invalidateTiles();
    const second = await regionTile(drenthe, `peildatum=${DATE}&sector=zbo`);
    expect(second.headers.get('etag')).not.toBe(etag);
    bytes = await second.arrayBuffer();
    expect(pv22().properties).toMatchObject({ fte: 42, sector: 'zbo' });
  });

  it('notices a write by another process (import CLI) through the database data version', async () => {
    const query = `peildatum=${DATE}&sector=defensie`;
    const before = await regionTile(drenthe, query);
    const etag = before.headers.get('etag');
    const other = await connect(backend);
    try {
      await other.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, sector, fte, source_url) VALUES ($1, 'regio', 'PV22', 'defensie', 7, $2)`,
        [DATE, FIXTURE_SOURCE],
      );
    } finally {
      await other.destroy();
    }
    // No invalidateTiles() here: the data version is re-read at most once per second.
    let after = await regionTile(drenthe, query);
    for (let i = 0; i < 30 && after.headers.get('etag') === etag; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await regionTile(drenthe, query);
    }
    expect(after.headers.get('etag')).not.toBe(etag);
    const pv22 = features(decode(await after.arrayBuffer()), 'regions').find((f) => f.properties.code === 'PV22')!;
    expect(pv22.properties.fte).toBe(7);
  });
});
