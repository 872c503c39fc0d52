/**
 * Migration 1763800014600-DatasetIntegrity on a database that already holds rows breaking its new
 * rules (as the issue-14 campaign left them): it repairs each, writes every repair to the audit
 * log, and then enforces the rules. Runs on a private, empty database per backend (a private PGlite,
 * or a scratch PostgreSQL database), migrated up to just before this migration.
 */
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../server/db/database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';
import { MIGRATIONS } from '../../server/db/entities.js';
import { DatasetIntegrity1763800014600 } from '../../server/db/migrations/1763800014600-DatasetIntegrity.js';
import { backends, type Backend } from '../support/backends.js';

const SOURCE = 'https://example.org/migratietest';
const stamp = (name: string) => Number(/\d{13}$/.exec(name)?.[0]);
const BEFORE = MIGRATIONS.filter((m) => stamp(m.name) < stamp(DatasetIntegrity1763800014600.name));

describe.each(backends())('dataset-integrity migration on existing data on $name', (backend) => {
  let own: EmbeddedDatabase | undefined;
  let scratch: string | undefined;
  let target: Backend;
  let db: DataSource;
  const ids: Record<string, number> = {};

  const migrate = async (migrations: typeof MIGRATIONS) => {
    const source = createDataSource({ url: target.url, mode: target.name });
    source.setOptions({ migrations });
    await source.initialize();
    await source.runMigrations({ transaction: 'each' });
    return source;
  };
  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params))[0];
  const site = async (name: string, dataset: string, city: string | null, extra = '') =>
    (
      await one(
        `INSERT INTO site (kind, name, city, geom, location_precision, source_url, dataset${extra ? ', in_use_since' : ''})
      VALUES ('overig', $1, $2, ST_SetSRID(ST_MakePoint(6.56, 52.99), 4326), 'gemeente', $3, $4${extra ? ', $5' : ''}) RETURNING id`,
        [name, city, SOURCE, dataset, ...(extra ? [extra] : [])],
      )
    ).id as number;

  beforeAll(async () => {
    if (backend.name === 'embedded') {
      own = await startEmbeddedDatabase({});
      target = { name: 'embedded', url: own.url };
    } else {
      scratch = `rp_migration_${process.pid}`;
      const admin = new pg.Client({ connectionString: backend.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
      await admin.query(`CREATE DATABASE ${scratch}`);
      await admin.end();
      const url = new URL(backend.url);
      url.pathname = `/${scratch}`;
      target = { name: 'postgres', url: url.toString() };
    }
    db = await migrate(BEFORE);
    ids.first = await site('Dubbel zonder plaats', 'demo', null);
    ids.second = await site('Dubbel zonder plaats', 'demo', null);
    ids.badDay = await site('Kantoor met 30 februari', 'gepubliceerd', 'Assen', '2024-02-30');
    ids.badMonth = await site('Kantoor met maand 13', 'gepubliceerd', 'Assen', '2024-13');
    ids.published = await site('Rijkskantoor Rijnstraat 8', 'gepubliceerd', 'Den Haag');
    ids.demo = await site('Fictief kantoor', 'demo', 'Den Haag');
    ids.project = (
      await one(
        `INSERT INTO masterplan_project (name, kind, status, source_url, site_id, dataset) VALUES ('Project', 'overig', 'x', $1, $2, 'gepubliceerd') RETURNING id`,
        [SOURCE, ids.demo],
      )
    ).id;
    ids.case = (
      await one(
        `INSERT INTO location_case (title, kind, status, from_site_id, to_site_id, dataset) VALUES ('Casus', 'groei', 'x', $1, $2, 'gepubliceerd') RETURNING id`,
        [ids.demo, ids.published],
      )
    ).id;
    ids.fte = (
      await one(
        `INSERT INTO fte_count (peildatum, scope, site_id, fte, source_url, dataset) VALUES ('2024-01-01', 'locatie', $1, 10, $2, 'gepubliceerd') RETURNING id`,
        [ids.demo, SOURCE],
      )
    ).id;
    ids.organisation = (
      await one(
        `INSERT INTO organisation (name, sector, dataset) VALUES ('Dienst uit een demolevering', 'zbo', 'demo') RETURNING id`,
      )
    ).id;
    await db.query(`INSERT INTO site_organisation (site_id, organisation_id) VALUES ($1, $2)`, [
      ids.published,
      ids.organisation,
    ]);
    ids.oldProfile = (
      await one(
        `INSERT INTO region_profile (region_code, core_qualities, received_on) VALUES ('PV22', '{oud}', '2023-01-01') RETURNING id`,
      )
    ).id;
    ids.newProfile = (
      await one(
        `INSERT INTO region_profile (region_code, core_qualities, received_on) VALUES ('PV22', '{nieuw}', '2024-01-01') RETURNING id`,
      )
    ).id;
    await db.destroy();
    db = await migrate(MIGRATIONS);
  }, 180_000);

  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await own?.stop();
    if (scratch) {
      const admin = new pg.Client({ connectionString: backend.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
      await admin.end();
    }
  });

  const repairs = async (entity: string, id: number) =>
    db.query(
      `SELECT action, before, after FROM audit_entry WHERE actor LIKE 'migratie%' AND entity = $1 AND entity_id = $2`,
      [entity, String(id)],
    );

  it('renames the second site with the same name and no place, keeping the first', async () => {
    expect(await one(`SELECT name FROM site WHERE id = $1`, [ids.first])).toEqual({ name: 'Dubbel zonder plaats' });
    expect(await one(`SELECT name FROM site WHERE id = $1`, [ids.second])).toEqual({
      name: `Dubbel zonder plaats (locatie ${ids.second})`,
    });
    expect(await repairs('site', ids.second)).toEqual([
      {
        action: 'update',
        before: { name: 'Dubbel zonder plaats' },
        after: { name: `Dubbel zonder plaats (locatie ${ids.second})` },
      },
    ]);
  });

  it('keeps the valid part of an impossible date', async () => {
    expect(await one(`SELECT in_use_since FROM site WHERE id = $1`, [ids.badDay])).toEqual({ in_use_since: '2024-02' });
    expect(await one(`SELECT in_use_since FROM site WHERE id = $1`, [ids.badMonth])).toEqual({ in_use_since: '2024' });
    expect(await repairs('site', ids.badDay)).toEqual([
      { action: 'update', before: { in_use_since: '2024-02-30' }, after: { in_use_since: '2024-02' } },
    ]);
  });

  it('unlinks records from sites of the other dataset and removes fte figures at them, all audited', async () => {
    expect(await one(`SELECT site_id FROM masterplan_project WHERE id = $1`, [ids.project])).toEqual({ site_id: null });
    expect(await one(`SELECT from_site_id, to_site_id FROM location_case WHERE id = $1`, [ids.case])).toEqual({
      from_site_id: null,
      to_site_id: ids.published,
    });
    expect(await one(`SELECT count(*)::int AS n FROM fte_count WHERE id = $1`, [ids.fte])).toEqual({ n: 0 });
    expect(await repairs('fte_count', ids.fte)).toEqual([
      expect.objectContaining({
        action: 'delete',
        after: null,
        before: expect.objectContaining({ site_id: ids.demo, dataset: 'gepubliceerd' }),
      }),
    ]);
    expect(await repairs('masterplan_project', ids.project)).toHaveLength(1);
    expect(await repairs('location_case', ids.case)).toHaveLength(1);
  });

  it('makes an organisation that published data names published, and keeps the newest profile of a region', async () => {
    expect(await one(`SELECT dataset FROM organisation WHERE id = $1`, [ids.organisation])).toEqual({
      dataset: 'gepubliceerd',
    });
    expect(await db.query(`SELECT id, core_qualities FROM region_profile WHERE region_code = 'PV22'`)).toEqual([
      { id: ids.newProfile, core_qualities: ['nieuw'] },
    ]);
    expect(await repairs('region_profile', ids.oldProfile)).toEqual([
      expect.objectContaining({ action: 'delete', before: expect.objectContaining({ core_qualities: ['oud'] }) }),
    ]);
  });

  it('enforces the rules from then on', async () => {
    // In a transaction: on the embedded backend a failed one gets a fresh connection (embedded-protocol.test.ts).
    const code = (sql: string, params: unknown[]) =>
      db
        .transaction((m) => m.query(sql, params))
        .then(
          () => 'geschreven',
          (e: { driverError?: { code?: string } }) => e.driverError?.code,
        );
    expect(
      await code(
        `INSERT INTO site (kind, name, geom, location_precision, source_url, dataset) VALUES ('overig', 'Dubbel zonder plaats', ST_SetSRID(ST_MakePoint(6.56, 52.99), 4326), 'gemeente', $1, 'demo')`,
        [SOURCE],
      ),
    ).toBe('23505');
    expect(await code(`UPDATE site SET in_use_since = '2023-02-29' WHERE id = $1`, [ids.badDay])).toBe('23514');
    expect(await code(`UPDATE masterplan_project SET site_id = $1 WHERE id = $2`, [ids.demo, ids.project])).toBe(
      '23503',
    );
    expect(await code(`INSERT INTO region_profile (region_code) VALUES ('PV22')`, [])).toBe('23505');
  });
});
