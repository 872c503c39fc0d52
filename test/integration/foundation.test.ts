/**
 * Foundation on both backends: migrations from an empty database, spatial indexes that the
 * queries actually use, geometry round trips (GeoJSON and EWKB) and refusal of bad geometry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import wkx from 'wkx';
import { geoJsonToEwkb, ewkbToGeoJson } from '../../geo/ewkb.js';
import { GeometryError } from '../../geo/errors.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';
import { MIGRATIONS } from '../../server/db/entities.js';
import { createSite } from '../../server/sites/site.service.js';
import { backends, connect, type Backend } from '../support/backends.js';

describe.each(backends())('foundation on $name', (backend) => {
  let db: DataSource;
  let own: EmbeddedDatabase | undefined;
  let target: Backend = backend;

  beforeAll(async () => {
    // Start from an empty schema so the migrations are proven from scratch on this backend.
    // PostGIS caches operator ids per database session, and the shared PGlite is one session
    // for every suite: dropping its schema after another suite ran spatial queries breaks them
    // ("no spatial operator found"). So the embedded run uses a private, empty PGlite.
    if (backend.name === 'embedded') {
      own = await startEmbeddedDatabase({});
      target = { name: 'embedded', url: own.url };
    } else {
      db = await connect(target);
      await db.query('DROP SCHEMA public CASCADE');
      await db.query('CREATE SCHEMA public');
      await db.destroy();
    }
    db = await connect(target, { seed: true });
  });

  afterAll(async () => {
    await db?.destroy();
    await own?.stop();
  });

  it('applies every migration to an empty database and records them', async () => {
    const applied = await db.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((r: { name: string }) => r.name)).toEqual(MIGRATIONS.map((Migration) => new Migration().name));
    expect(applied[0]!.name).toBe('EnablePostgis1763800000000');
    const tables = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((r: { table_name: string }) => r.table_name)).toEqual(
      expect.arrayContaining([
        'region',
        'site',
        'organisation',
        'fte_count',
        'masterplan_project',
        'change_request',
        'region_profile',
        'location_case',
        'audit_entry',
        'import_run',
        'station',
      ]),
    );
    expect(await db.showMigrations()).toBe(false);
  });

  it('matches every entity column to a column of the same name and nullability', async () => {
    const columns: { table_name: string; column_name: string; is_nullable: string }[] = await db.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    for (const entity of db.entityMetadatas) {
      for (const column of entity.columns) {
        const found = columns.find((c) => c.table_name === entity.tableName && c.column_name === column.databaseName);
        expect(found, `${entity.tableName}.${column.databaseName}`).toBeDefined();
        expect(found!.is_nullable === 'YES', `${entity.tableName}.${column.databaseName} nullable`).toBe(
          column.isNullable,
        );
      }
    }
  });

  it('stores geometry with SRID 4326 and has GiST indexes on geometry and geography', async () => {
    const srids = await db.query(
      `SELECT f_table_name AS t, f_geometry_column AS c, srid, type FROM geometry_columns ORDER BY 1`,
    );
    expect(srids).toEqual(
      expect.arrayContaining([
        { t: 'region', c: 'geom', srid: 4326, type: 'MULTIPOLYGON' },
        { t: 'site', c: 'geom', srid: 4326, type: 'POINT' },
        { t: 'station', c: 'geom', srid: 4326, type: 'POINT' },
      ]),
    );
    const indexes = await db.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE indexdef ILIKE '%USING gist%' ORDER BY 1`,
    );
    const names = indexes.map((i: { indexname: string }) => i.indexname);
    expect(names).toEqual(
      expect.arrayContaining(['idx_region_geom', 'idx_site_geom', 'idx_site_geog', 'idx_station_geog']),
    );
  });

  it('loads the boundaries and derives membership: Assen lies in Noord-Drenthe and Drenthe', async () => {
    const [assen] = await db.query(
      `SELECT corop_code, provincie_code FROM region WHERE code = 'GM0106' AND year = 2024`,
    );
    expect(assen).toEqual({ corop_code: 'CR07', provincie_code: 'PV22' });
    const [corop] = await db.query(`SELECT name FROM region WHERE code = 'CR07' AND year = 2024`);
    expect(corop.name).toBe('Noord-Drenthe');
    const [orphans] = await db.query(
      `SELECT count(*)::int AS n FROM region WHERE kind = 'gemeente' AND (provincie_code IS NULL OR corop_code IS NULL)`,
    );
    expect(orphans.n).toBe(0);
  });

  it('uses the geography index for a within-distance query and the geometry index for point-in-polygon', async () => {
    // With a few hundred rows the planner may rightly prefer a scan; disabling scans proves the
    // index matches the expression the query uses, which is what decides behaviour at scale.
    const plan = await explainWithoutSeqScan(
      db,
      `SELECT code FROM station WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(6.56, 53.0), 4326)::geography, 5000)`,
    );
    expect(plan).toMatch(/idx_station_geog/);
    const pip = await explainWithoutSeqScan(
      db,
      `SELECT code FROM region WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(6.56, 53.0), 4326))`,
    );
    expect(pip).toMatch(/idx_region_geom/);
  });

  it('finds the newest division year of a kind on an index, and a site’s masterplan projects too', async () => {
    const newest = await explainWithoutSeqScan(db, `SELECT max(year) FROM region WHERE kind = 'gemeente'`);
    expect(newest).toMatch(/Index Only Scan Backward using idx_region_kind_year/);
    const projects = await explainWithoutSeqScan(
      db,
      `SELECT id FROM masterplan_project WHERE site_id = ANY('{1,2,3}'::int[])`,
    );
    expect(projects).toMatch(/idx_masterplan_project_site/);
  });

  it('answers point-in-polygon correctly: Assen station lies in gemeente Assen', async () => {
    const rows = await db.query(
      `SELECT r.code FROM region r JOIN station s ON ST_Intersects(r.geom, s.geom) WHERE s.code = 'ASN' AND r.kind = 'gemeente' AND r.year = 2024`,
    );
    expect(rows).toEqual([{ code: 'GM0106' }]);
  });

  it('round-trips GeoJSON through PostGIS unchanged', async () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [5.1, 52.0],
          [5.2, 52.0],
          [5.2, 52.1],
          [5.1, 52.1],
          [5.1, 52.0],
        ],
      ],
    };
    const [row] = await db.query(
      `SELECT ST_AsGeoJSON(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) AS out, ST_SRID(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) AS srid`,
      [JSON.stringify(polygon)],
    );
    expect(JSON.parse(row.out)).toEqual(polygon);
    expect(row.srid).toBe(4326);
  });

  it('round-trips EWKB made by wkx through PostGIS, SRID included', async () => {
    const point = { type: 'Point' as const, coordinates: [6.564, 52.993] };
    const [row] = await db.query(
      `SELECT ST_AsEWKB(ST_GeomFromEWKB($1)) AS ewkb, ST_AsText(ST_GeomFromEWKB($1)) AS wkt`,
      [geoJsonToEwkb(point)],
    );
    expect(row.wkt).toBe('POINT(6.564 52.993)');
    const back = ewkbToGeoJson(row.ewkb as Buffer);
    expect(back).toEqual({ geometry: point, srid: 4326 });
    expect(wkx.Geometry.parse(row.ewkb as Buffer).srid).toBe(4326);
  });

  describe('refuses bad geometry with a typed error and writes nothing', () => {
    const base = {
      kind: 'overig',
      name: 'Testlocatie',
      locationPrecision: 'adres',
      sourceUrl: 'https://example.org/test',
    };

    it.each([
      ['outside the Netherlands', { type: 'Point', coordinates: [2.35, 48.86] }, 'OUTSIDE_NETHERLANDS'],
      ['latitude and longitude swapped', { type: 'Point', coordinates: [52.09, 5.12] }, 'OUTSIDE_NETHERLANDS'],
      ['a coordinate out of range', { type: 'Point', coordinates: [5.12, 95] }, 'BAD_COORDINATES'],
      ['not GeoJSON', { type: 'Circle', coordinates: [5, 52] }, 'NOT_GEOJSON'],
      [
        'a polygon where a point belongs',
        {
          type: 'Polygon',
          coordinates: [
            [
              [5, 52],
              [5.1, 52],
              [5, 52.1],
              [5, 52],
            ],
          ],
        },
        'TYPE_NOT_ALLOWED',
      ],
    ])('%s', async (_label, location, problem) => {
      const before = await counts(db);
      const error = await createSite(db, { ...base, location }, 'test').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GeometryError);
      expect((error as GeometryError).problem).toBe(problem);
      expect(await counts(db)).toEqual(before);
    });

    it('a self-intersecting polygon is refused by PostGIS validity with its reason', async () => {
      const { checkGeometry } = await import('../../server/common/spatial.js');
      const bowtie = {
        type: 'Polygon',
        coordinates: [
          [
            [5, 52],
            [5.1, 52.1],
            [5.1, 52],
            [5, 52.1],
            [5, 52],
          ],
        ],
      };
      const error = await checkGeometry(db, bowtie).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GeometryError);
      expect((error as GeometryError).message).toMatch(/snijdt zichzelf/);
    });

    it('a valid site is written together with its audit entry', async () => {
      const before = await counts(db);
      const site = await createSite(
        db,
        { ...base, name: `Testlocatie ${backend.name}`, location: { type: 'Point', coordinates: [5.12, 52.09] } },
        'test',
      );
      expect(JSON.parse(site.geojson)).toEqual({ type: 'Point', coordinates: [5.12, 52.09] });
      expect(await counts(db)).toEqual({ sites: before.sites + 1, audits: before.audits + 1 });
      await db.query('DELETE FROM site WHERE id = $1', [site.id]);
    });
  });
});

async function counts(db: DataSource): Promise<{ sites: number; audits: number }> {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM site) AS sites, (SELECT count(*)::int FROM audit_entry) AS audits`,
  );
  return row;
}

async function explainWithoutSeqScan(db: DataSource, sql: string): Promise<string> {
  return db.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_seqscan = off');
    const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${sql}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}
