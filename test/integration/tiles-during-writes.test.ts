/**
 * Tiles keep serving while a planner writes (issue 14, finding 8): every data-version change used
 * to abort the renders in flight ("Error: deleted", 11–24 answers of 500 in 10 s). Here a writer
 * updates a site over GraphQL while readers fetch tiles nobody asked for before (so renders are
 * always in flight); every tile must be a 200, and once the writes are done a tile shows the
 * last write, never an older rendering.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.js';
import { startApi, type Api } from '../support/api.js';

const ASSEN = { lon: 6.5625, lat: 52.9925 };
const WRITES = 40;
const READERS = 6;
const DATA_VERSION_RECHECK_MS = 1000;

/** The slippy-map tile holding a point. */
function tileOf(lon: number, lat: number, z: number) {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    z,
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n),
  };
}

/** Tile addresses around the Netherlands, each asked once: every request is a fresh render. */
function* addresses() {
  for (let z = 8; z <= 12; z += 1) {
    const min = tileOf(3.4, 53.5, z);
    const max = tileOf(7.2, 50.8, z);
    for (let x = min.x; x <= max.x; x += 1) for (let y = min.y; y <= max.y; y += 1) yield { z, x, y };
  }
}

describe.each(backends())('tiles during writes on $name', (backend) => {
  let api: Api;
  let siteId: number;
  let version: number;
  const name = `Tegelschrijver ${backend.name} ${Date.now()}`;

  beforeAll(async () => {
    api = await startApi(backend);
    const created = await api.data(
      `mutation($input: SiteInput!) { createSite(input: $input) { id version } }`,
      {
        input: {
          kind: 'rijkskantoor',
          name,
          city: 'Assen',
          location: { type: 'Point', coordinates: [ASSEN.lon, ASSEN.lat] },
          locationPrecision: 'adres',
          sourceUrl: 'https://example.org/tegels-tijdens-schrijven',
          dataset: 'demo',
          workplaces: 0,
        },
      },
      { as: 'planner' },
    );
    ({ id: siteId, version } = created.createSite);
  });

  afterAll(async () => {
    await api?.db.query(`DELETE FROM audit_entry WHERE entity = 'site' AND entity_id = $1`, [String(siteId)]);
    await api?.db.query('DELETE FROM site WHERE id = $1', [siteId]);
    await api?.close();
  });

  it('answers every tile with 200 (or 204 when empty) while a writer changes the data, and shows the last write afterwards', async () => {
    const statuses = new Map<number, number>();
    let writing = true;
    const pending = addresses();
    const reader = async () => {
      let n = 0;
      for (let next = pending.next(); writing && !next.done; next = pending.next()) {
        const { z, x, y } = next.value;
        const layer = n++ % 2 === 0 ? 'regions' : 'sites?dataset=demo';
        const [path, query = ''] = layer.split('?');
        const res = await fetch(`${api.url}/tiles/${path}/${z}/${x}/${y}.mvt?${query}`);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    const writer = async () => {
      try {
        for (let i = 1; i <= WRITES; i += 1) {
          const updated = await api.data(
            `mutation($id: Int!, $version: Int!, $patch: SitePatch!) { updateSite(id: $id, version: $version, patch: $patch) { version } }`,
            { id: siteId, version, patch: { workplaces: i } },
            { as: 'planner' },
          );
          version = updated.updateSite.version;
          // Spread the writes over a few data-version re-reads (at most one per second).
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        writing = false;
      }
    };
    await Promise.all([writer(), ...Array.from({ length: READERS }, reader)]);
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(
      `[tiles-during-writes] ${backend.name}: ${total} tiles during ${WRITES} writes: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    // Only success: 200 with a tile, or 204 for a tile with nothing in it.
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 204)).toEqual([]);
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(50);

    // The last write shows once the data version has been re-read: never an older rendering.
    await new Promise((resolve) => setTimeout(resolve, DATA_VERSION_RECHECK_MS + 100));
    const t = tileOf(ASSEN.lon, ASSEN.lat, 14);
    const res = await fetch(`${api.url}/tiles/sites/${t.z}/${t.x}/${t.y}.mvt?dataset=demo`);
    expect(res.status).toBe(200);
    const layer = new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer()))).layers.sites!;
    const mine = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties).find(
      (p) => p.name === name,
    );
    expect(mine?.workplaces).toBe(WRITES);
  });
});
