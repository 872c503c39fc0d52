/**
 * Where boundaries come from: a configured folder (missing or malformed: a clear error, nothing
 * written), a PDOK download into the cache (fake network; the response is CONSTRUCTED by us in
 * the WFS GeoJSON shape, latitude first as some WFS servers answer), and the coarse npm
 * fallback with a warning in the log and a notice for the API.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { BoundaryLoadError, findBoundaryFiles, loadBoundaries } from '../../server/regions/boundaries.seed.js';
import { chooseBoundarySource } from '../../server/regions/boundary-source.seed.js';
import { FALLBACK_SOURCE } from '../../server/regions/boundary-fallback.js';
import { graphql } from 'graphql';
import { createRequestContext } from '../../server/graphql/context.js';
import { createSchema } from '../../server/graphql/schema.js';
import { listNotices } from '../../server/regions/data-notice.queries.js';
import { createDataSource } from '../../server/db/database.js';
import { startEmbeddedDatabase } from '../../server/db/embedded.js';
import { seedDatabase } from '../../seeds/seed.js';
import { backends, connect } from '../support/backends.js';

const silent = { info: () => {}, warn: () => {} };
const square = (lon: number, lat: number) => [
  [
    [lon, lat],
    [lon + 0.1, lat],
    [lon + 0.1, lat + 0.1],
    [lon, lat + 0.1],
    [lon, lat],
  ],
];
/** CONSTRUCTED test response (not real PDOK data): one made-up square, latitude first. */
const constructedWfs = (prefix: string) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        statcode: `${prefix}99`.padEnd(prefix === 'GM' ? 6 : 4, '9'),
        statnaam: 'Geconstrueerd testgebied',
      },
      geometry: { type: 'Polygon', coordinates: square(6.5, 52.9).map((ring) => ring.map(([lon, lat]) => [lat, lon])) },
    },
  ],
});

describe('boundary folder problems give a clear error', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-geo-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a missing folder, an empty folder, a malformed file', async () => {
    expect(() => findBoundaryFiles(path.join(tmp, 'bestaat-niet'))).toThrow(/bestaat niet/);
    expect(() => findBoundaryFiles(tmp)).toThrow(/bevat geen bestanden/);
    await expect(chooseBoundarySource({ sharedDataDir: path.join(tmp, 'leeg') }, silent)).rejects.toThrow(
      /geen map geo/,
    );
  });
});

describe.each(backends())('boundary sources on $name', (backend) => {
  let db: DataSource;
  let tmp: string;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-geo-'));
  });

  afterAll(async () => {
    await db?.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses a malformed boundary file and writes nothing', async () => {
    const folder = path.join(tmp, 'kapot');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'cbs_provincie_2024.geojson'),
      '{"type": "FeatureCollection", "features": [{"properties": {"statcode": "XX01"}}]}',
    );
    const [before] = await db.query('SELECT count(*)::int AS n, max(id) AS last FROM region');
    await expect(loadBoundaries(db, folder)).rejects.toThrow(BoundaryLoadError);
    await expect(loadBoundaries(db, folder)).rejects.toThrow(/statcode moet met PV beginnen/);
    const [after] = await db.query('SELECT count(*)::int AS n, max(id) AS last FROM region');
    expect(after).toEqual(before);
  });

  it('downloads from PDOK into the cache (turning latitude-first round), then uses the cache', async () => {
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      const layer = /gebiedsindelingen:(\w+)_gegeneraliseerd/.exec(decodeURIComponent(url))![1]!;
      const prefix = { provincie: 'PV', coropgebied: 'CR', gemeente: 'GM', arbeidsmarktregio: 'AM' }[layer]!;
      return { ok: true, status: 200, json: async () => constructedWfs(prefix) };
    };
    const options = {
      dataDir: tmp,
      pdokBoundariesUrl: 'https://example.invalid/cbs/gebiedsindelingen/{year}/wfs/v1_0',
      fetch,
    };
    const choice = await chooseBoundarySource(options, silent);
    expect(choice.origin).toBe('pdok');
    expect(urls).toHaveLength(8);
    expect(urls[0]).toContain('/2024/wfs/v1_0?');
    const files = findBoundaryFiles(choice.folder).map((f) => path.basename(f.file));
    expect(files).toContain('cbs_gemeente_2025.geojson');
    const written = JSON.parse(fs.readFileSync(path.join(choice.folder, 'cbs_provincie_2024.geojson'), 'utf8'));
    expect(written.features[0].geometry.coordinates[0][0]).toEqual([6.5, 52.9]);
    expect((await chooseBoundarySource(options, silent)).origin).toBe('cache');
  });
});

describe('coarse fallback without folder and network', () => {
  it('loads 12 provinces from the npm package, warns in the log and leaves a notice for the API', async () => {
    const embedded = await startEmbeddedDatabase({});
    const dataSource = createDataSource({ url: embedded.url, mode: 'embedded' });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-fallback-'));
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      const warnings: string[] = [];
      const failingFetch = async () => {
        throw new TypeError('fetch failed (offline)');
      };
      await seedDatabase(
        dataSource,
        {
          sharedDataDir: undefined,
          dataDir: tmp,
          randstadProvinces: ['PV26', 'PV27', 'PV28'],
          grensregioCodes: [],
          pdokBoundariesUrl: 'https://example.invalid/{year}',
        },
        { info: () => {}, warn: (m) => warnings.push(m) },
        { fetch: failingFetch },
      );
      const regions = await dataSource.query(`SELECT kind, code, source FROM region ORDER BY code`);
      expect(regions).toHaveLength(12);
      expect(
        regions.every((r: { kind: string; source: string }) => r.kind === 'provincie' && r.source === FALLBACK_SOURCE),
      ).toBe(true);
      expect(regions.map((r: { code: string }) => r.code)).toEqual([
        'PV20',
        'PV21',
        'PV22',
        'PV23',
        'PV24',
        'PV25',
        'PV26',
        'PV27',
        'PV28',
        'PV29',
        'PV30',
        'PV31',
      ]);
      expect(warnings.some((w) => /WAARSCHUWING: Grove provinciegrenzen/.test(w))).toBe(true);
      expect(await listNotices(dataSource)).toEqual([
        { topic: 'grenzen', level: 'waarschuwing', message: expect.stringMatching(/Grove provinciegrenzen/) },
      ]);
      // The same notice reaches GraphQL clients (and the map's banner) through serviceInfo.
      const answer = await graphql({
        schema: await createSchema(),
        source: '{ serviceInfo { dataNotices { topic level message } } }',
        contextValue: createRequestContext({ db: dataSource, databaseMode: 'embedded' }),
      });
      expect(answer.errors).toBeUndefined();
      expect((answer.data as any).serviceInfo.dataNotices).toEqual([
        { topic: 'grenzen', level: 'waarschuwing', message: expect.stringMatching(/Grove provinciegrenzen/) },
      ]);
      const [assen] = await dataSource.query(
        `SELECT code FROM region WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(6.56, 52.99), 4326))`,
      );
      expect(assen.code).toBe('PV22');
    } finally {
      await dataSource.destroy();
      await embedded.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
