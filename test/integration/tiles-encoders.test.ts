/**
 * The two tile encoders produce the same tiles: ST_AsMVT in PostGIS (rp_tile_<layer>) and the
 * Node fallback (ST_AsMVTGeom's steps in SQL, @maplibre/vt-pbf) that embedded PGlite needs.
 * - on PostgreSQL, both encoders against one database;
 * - across backends, the Node encoder on PGlite against ST_AsMVT on PostgreSQL, same data.
 * Features and attributes must be equal; geometry equal for points and, for clipped and
 * simplified polygons, equal within two tile units (bounding box) and 1 % of area (plus a few
 * square units for slivers cut by the tile edge), with the
 * exterior rings oriented as the MVT spec requires (positive area).
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { renderTile, type TileEncoder, type TileRequest } from '../../server/tiles/tile.service.js';
import { LAYERS, type TileLayerId } from '../../server/tiles/tile-layers.js';
import { backends, connect, type Backend } from '../support/backends.js';
import { insertFixtures, tileOf, type Fixtures } from '../support/api.js';

const DATE = '2099-03-15';

interface Summary {
  props: Record<string, unknown>;
  type: number;
  bbox: [number, number, number, number];
  area: number;
  points: string;
}

function summarise(
  bytes: Uint8Array,
  layer: string,
  keyOf: (props: Record<string, unknown>, id: number | undefined) => string,
): Map<string, Summary> {
  const tile = new VectorTile(new PbfReader(bytes));
  const l = tile.layers[layer];
  const out = new Map<string, Summary>();
  for (let i = 0; l && i < l.length; i++) {
    const f = l.feature(i);
    const rings = f.loadGeometry();
    const all = rings.flat();
    const area = rings.reduce((sum, ring) => sum + ringArea(ring), 0);
    out.set(keyOf(f.properties, f.id), {
      props: { ...f.properties },
      type: f.type,
      bbox: [
        Math.min(...all.map((p) => p.x)),
        Math.min(...all.map((p) => p.y)),
        Math.max(...all.map((p) => p.x)),
        Math.max(...all.map((p) => p.y)),
      ],
      area,
      points: f.type === 1 ? JSON.stringify(all.map((p) => [p.x, p.y])) : '',
    });
  }
  return out;
}

function ringArea(ring: { x: number; y: number }[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += ring[j]!.x * ring[i]!.y - ring[i]!.x * ring[j]!.y;
  return sum / 2;
}

function expectSameTile(a: Map<string, Summary>, b: Map<string, Summary>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [key, left] of a) {
    const right = b.get(key)!;
    expect(right.props, key).toEqual(left.props);
    expect(right.type, key).toBe(left.type);
    if (left.type === 1) {
      expect(right.points, key).toBe(left.points);
      continue;
    }
    left.bbox.forEach((v, i) => expect(Math.abs(v - right.bbox[i]!), `${key} bbox`).toBeLessThanOrEqual(2));
    expect(left.area, `${key} exterior ring orientation`).toBeGreaterThan(0);
    expect(right.area, `${key} exterior ring orientation`).toBeGreaterThan(0);
    // Clipping at the tile edge rounds differently (wagyu vs ST_ClipByBox2D): allow a few units² on slivers.
    expect(Math.abs(left.area - right.area), `${key} area`).toBeLessThanOrEqual(0.01 * left.area + 16);
  }
}

const byCode = (p: Record<string, unknown>) => String(p.code);
const byName = (p: Record<string, unknown>) => String(p.name);

/** Tiles compared: every layer, several zooms, with and without figures. */
const CASES: { layer: TileLayerId; at: [number, number, number]; query: Record<string, string>; key: typeof byCode }[] =
  [
    { layer: 'regions', at: [5.5, 52.0, 5], query: { peildatum: DATE, metric: 'aandeel_nationaal' }, key: byCode },
    { layer: 'regions', at: [6.6, 52.9, 7], query: { peildatum: DATE, dataset: 'demo' }, key: byCode },
    { layer: 'regions', at: [6.6, 52.9, 8], query: { level: 'gemeente', peildatum: DATE }, key: byCode },
    { layer: 'regions', at: [5.1, 52.1, 6], query: { level: 'corop', peildatum: DATE }, key: byCode },
    { layer: 'sites', at: [6.56, 52.99, 12], query: {}, key: byName },
    { layer: 'sites', at: [6.9, 52.78, 6], query: { dataset: 'demo' }, key: byName },
    { layer: 'stations', at: [6.56, 52.99, 9], query: {}, key: byCode },
  ];

function request(c: (typeof CASES)[number]): TileRequest {
  const [lon, lat, z] = c.at;
  return { layer: c.layer, ...tileOf(lon, lat, z), params: LAYERS[c.layer].parse(c.query) };
}

async function render(db: DataSource, c: (typeof CASES)[number], encoder: TileEncoder): Promise<Uint8Array> {
  return renderTile(db, request(c), encoder);
}

const list = backends();
const postgres = list.find((b) => b.name === 'postgres');
const embedded = list.find((b) => b.name === 'embedded')!;

describe.runIf(postgres)('tile encoders compared', () => {
  const dbs = new Map<Backend['name'], DataSource>();
  const fixtures: Fixtures[] = [];

  beforeAll(async () => {
    for (const backend of [embedded, postgres!]) {
      const db = await connect(backend, { seed: true });
      dbs.set(backend.name, db);
      fixtures.push(await insertFixtures(db, 'Interop-encoders', DATE));
    }
  });

  afterAll(async () => {
    for (const f of fixtures) await f.remove();
    for (const db of dbs.values()) await db.destroy();
  });

  it.each(CASES.map((c) => [`${c.layer} ${c.at.join('/')} ${JSON.stringify(c.query)}`, c] as const))(
    'ST_AsMVT and the Node encoder agree on PostgreSQL: %s',
    async (_label, c) => {
      const db = dbs.get('postgres')!;
      const [database, node] = [await render(db, c, 'database'), await render(db, c, 'node')];
      const a = summarise(database, c.layer, c.key);
      expect(a.size).toBeGreaterThan(0);
      expectSameTile(a, summarise(node, c.layer, c.key));
    },
  );

  it.each(CASES.map((c) => [`${c.layer} ${c.at.join('/')} ${JSON.stringify(c.query)}`, c] as const))(
    'PGlite (Node encoder) and PostgreSQL (ST_AsMVT) serve the same tile: %s',
    async (_label, c) => {
      const fromPostgres = summarise(await render(dbs.get('postgres')!, c, 'database'), c.layer, c.key);
      const fromEmbedded = summarise(await render(dbs.get('embedded')!, c, 'node'), c.layer, c.key);
      expect(fromPostgres.size).toBeGreaterThan(0);
      expectSameTile(fromPostgres, fromEmbedded);
    },
  );

  it('reports rough render times per encoder (uncached, figures computed once as the service does)', async () => {
    const c = CASES[2]!; // gemeenten around Drenthe, the heaviest case
    const time = async (db: DataSource, encoder: TileEncoder) => {
      const queryParams = await LAYERS[c.layer].queryParams(db, request(c).params);
      await renderTile(db, request(c), encoder, queryParams);
      const start = performance.now();
      for (let i = 0; i < 5; i++) await renderTile(db, request(c), encoder, queryParams);
      return (performance.now() - start) / 5;
    };
    const figures = {
      postgresDatabase: await time(dbs.get('postgres')!, 'database'),
      postgresNode: await time(dbs.get('postgres')!, 'node'),
      embeddedNode: await time(dbs.get('embedded')!, 'node'),
    };
    console.info(
      '[tiles] ms per uncached gemeente tile z8:',
      Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v)])),
    );
    for (const ms of Object.values(figures)) expect(ms).toBeLessThan(10_000);
  });
});
