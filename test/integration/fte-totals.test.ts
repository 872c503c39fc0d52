/**
 * The maintained fte totals (fte_region_total, migration 1763800016250) against the full
 * computation (fteByRegionScan, the aggregate as it was before the totals): after every kind of
 * write — fte rows inserted, updated, deleted; a site moved to another gemeente or deleted; an
 * import; a gemeente that changes province; TRUNCATE — the aggregate read from the totals equals
 * the scan on every level, dataset and sector, and equals what a rebuild from scratch holds.
 * Unknown stays unknown (a region whose last delivery goes has no figure, not 0); the datasets
 * stay apart; confidential cases reach nothing. Both reads run in one snapshot (REPEATABLE READ),
 * rolled back, so a test can also try a change it must not leave behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource, EntityManager } from 'typeorm';
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import { FteRegionTotals1763800016250 } from '../../server/db/migrations/1763800016250-FteRegionTotals.js';
import { fteByRegion, fteByRegionScan } from '../../server/fte/fte.queries.js';
import { isDemoLoaded, loadDemoData, removeDemoData } from '../../server/demo/demo.seed.js';
import { fteImport } from '../../server/imports/fte-import.js';
import { runImport } from '../../server/imports/import.service.js';
import { insertSite } from '../../server/sites/site.queries.js';
import { updateSite } from '../../server/sites/site.service.js';
import { seedFile } from '../../seeds/paths.js';
import { backends, connect } from '../support/backends.js';

const SOURCE = 'https://example.org/fte-totals-fixture';
const OTHER_SOURCE = 'https://example.org/fte-totals-fixture-2';
// Dates no seed or other suite uses, so fixtures meet nothing else.
const DATE = '2097-01-01';
const DATE2 = '2096-01-01';
const LEVELS: RegionKind[] = ['gemeente', 'provincie', 'corop', 'arbeidsmarktregio'];
const DATASETS: Dataset[] = ['gepubliceerd', 'demo'];
const SECTORS: (Sector | null)[] = [null, 'defensie', 'zbo', 'ministeries'];

interface TotalRow {
  dataset: string;
  peildatum: string;
  level: string;
  sector_key: string;
  region_code: string;
  source_url: string;
  fte: string;
  row_count: number;
}

describe.each(backends())('maintained fte totals on $name', (backend) => {
  let db: DataSource;
  let dir: string;
  const siteIds: number[] = [];
  const importIds: number[] = [];
  const org = `Testdienst totalen ${backend.name}`;

  /** Both computations in one snapshot, for every level × dataset × sector on the dates. */
  async function expectTotalsMatchScan(dates = [DATE, DATE2]): Promise<void> {
    await inSnapshot(async (m) => {
      for (const peildatum of dates)
        for (const level of LEVELS)
          for (const dataset of DATASETS)
            for (const sector of SECTORS) {
              const filter = { level, peildatum, dataset, sector };
              const maintained = await fteByRegion(m, filter);
              expect(maintained, JSON.stringify(filter)).toEqual(await fteByRegionScan(m, filter));
            }
      // And the table itself equals a rebuild from scratch (every date, key and source; no
      // leftover row counting nothing).
      const kept = await totals(m);
      expect(kept.every((r) => r.row_count > 0)).toBe(true);
      await m.query('SELECT rp_fte_totals_rebuild()');
      expect(kept).toEqual(await totals(m));
    });
  }

  /** REPEATABLE READ, rolled back (the rebuild above must not stay, nor hold its lock). */
  async function inSnapshot(work: (m: EntityManager) => Promise<void>): Promise<void> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction('REPEATABLE READ');
    try {
      await work(runner.manager);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  const totals = (m: Pick<EntityManager, 'query'>): Promise<TotalRow[]> =>
    m.query(`SELECT dataset, to_char(peildatum, 'YYYY-MM-DD') AS peildatum, level, sector_key, region_code, source_url,
                    fte::text AS fte, row_count FROM fte_region_total ORDER BY 1, 2, 3, 4, 5, 6`);

  const insertFte = async (f: {
    scope?: string;
    siteId?: number | null;
    regionCode?: string | null;
    sector?: Sector | null;
    organisationId?: number | null;
    fte: number | null;
    written?: string | null;
    dataset?: Dataset;
    peildatum?: string;
    source?: string;
  }): Promise<number> => {
    const [row] = await db.query(
      `INSERT INTO fte_count (peildatum, scope, region_code, site_id, sector, organisation_id, fte, fte_as_written, source_url, dataset)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        f.peildatum ?? DATE,
        f.scope ?? 'locatie',
        f.regionCode ?? null,
        f.siteId ?? null,
        f.sector ?? null,
        f.organisationId ?? null,
        f.fte,
        f.written ?? null,
        f.source ?? SOURCE,
        f.dataset ?? 'demo',
      ],
    );
    return row.id as number;
  };

  const provincie = async (code: string, dataset: Dataset = 'demo', sector: Sector | null = null) =>
    (await fteByRegion(db, { level: 'provincie', peildatum: DATE, dataset, sector, codes: [code] }))[0]!;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-totals-'));
    for (const [name, lon, lat, gemeente] of [
      ['Totalen A', 6.56, 52.99, 'GM0106'], // Assen, Drenthe
      ['Totalen B', 6.57, 53.0, 'GM0106'],
      ['Totalen C', 5.11, 52.09, 'GM0344'], // Utrecht
    ] as const) {
      const site = await insertSite(db, {
        kind: 'overig',
        name: `${name} ${backend.name}`,
        city: 'fixture',
        gemeenteCode: gemeente,
        geometryJson: JSON.stringify({ type: 'Point', coordinates: [lon, lat] }),
        locationPrecision: 'adres',
        sourceUrl: SOURCE,
        dataset: 'demo',
      });
      siteIds.push(site.id);
    }
  });

  afterAll(async () => {
    await db.query(`DELETE FROM fte_count WHERE peildatum = ANY($1::date[])`, [[DATE, DATE2]]);
    await db.query(`DELETE FROM site WHERE id = ANY($1::int[])`, [siteIds]);
    await db.query(`DELETE FROM location_case WHERE title LIKE $1`, [`${org}%`]);
    await db.query('DELETE FROM audit_entry WHERE entity = $1 AND entity_id = ANY($2::text[])', [
      'import_run',
      importIds.map(String),
    ]);
    await db.query('DELETE FROM import_run WHERE id = ANY($1::int[])', [importIds]);
    await db.query(`DELETE FROM organisation WHERE name LIKE $1`, [`${org}%`]);
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('counts inserted deliveries per region and sector, and leaves approximations and other datasets out', async () => {
    await insertFte({ siteId: siteIds[0], sector: 'defensie', fte: 10 });
    await insertFte({ siteId: siteIds[1], sector: 'zbo', fte: 5.5, source: OTHER_SOURCE });
    await insertFte({ siteId: siteIds[2], sector: 'zbo', fte: 7 });
    await insertFte({ siteId: siteIds[2], sector: 'defensie', fte: null, written: 'ruim 30' });
    await insertFte({ siteId: siteIds[0], sector: 'zbo', fte: 40, peildatum: DATE2 });
    // Published figures on the same date and gemeente do not reach the demo answer, nor it theirs.
    await insertFte({ scope: 'regio', regionCode: 'GM0106', fte: 1000, dataset: 'gepubliceerd' });
    // A gemeente's own total counts at provincie level, not at gemeente level (a direct figure there).
    await insertFte({ scope: 'regio', regionCode: 'GM0344', fte: 3, dataset: 'gepubliceerd' });

    expect(await provincie('PV22')).toMatchObject({ fte: 15.5, basis: 'leveringen', sources: [SOURCE, OTHER_SOURCE] });
    expect(await provincie('PV22', 'demo', 'zbo')).toMatchObject({ fte: 5.5, sources: [OTHER_SOURCE] });
    expect(await provincie('PV26')).toMatchObject({ fte: 7, basis: 'leveringen' });
    expect(await provincie('PV22', 'gepubliceerd')).toMatchObject({ fte: 1000, basis: 'leveringen' });
    expect(await provincie('PV26', 'gepubliceerd')).toMatchObject({ fte: 3, basis: 'leveringen' });
    const [utrecht] = await fteByRegion(db, {
      level: 'gemeente',
      peildatum: DATE,
      dataset: 'gepubliceerd',
      codes: ['GM0344'],
    });
    expect(utrecht).toMatchObject({ fte: 3, basis: 'regiocijfer' });
    await expectTotalsMatchScan();
  });

  it('follows an updated figure, sector, date and site', async () => {
    const id = await insertFte({ siteId: siteIds[0], sector: 'ministeries', fte: 2 });
    await db.query('UPDATE fte_count SET fte = 4.25 WHERE id = $1', [id]);
    expect(await provincie('PV22', 'demo', 'ministeries')).toMatchObject({ fte: 4.25 });
    await expectTotalsMatchScan();
    await db.query(`UPDATE fte_count SET sector = 'rechtspraak' WHERE id = $1`, [id]);
    expect(await provincie('PV22', 'demo', 'ministeries')).toMatchObject({ fte: null, basis: null, sources: [] });
    await db.query('UPDATE fte_count SET site_id = $2 WHERE id = $1', [id, siteIds[2]]);
    await db.query('UPDATE fte_count SET peildatum = $2 WHERE id = $1', [id, DATE2]);
    // A figure that becomes an approximation stops counting, and counts again as a number.
    await db.query(`UPDATE fte_count SET fte = NULL, fte_as_written = 'ongeveer 4' WHERE id = $1`, [id]);
    await expectTotalsMatchScan();
    await db.query(`UPDATE fte_count SET fte = 4, fte_as_written = NULL WHERE id = $1`, [id]);
    // An update that changes nothing the totals count.
    await db.query(`UPDATE fte_count SET note = 'opmerking' WHERE peildatum = ANY($1::date[])`, [[DATE, DATE2]]);
    await expectTotalsMatchScan();
  });

  it('forgets a region whose last delivery is deleted: unknown again, never 0', async () => {
    const id = await insertFte({ siteId: siteIds[2], sector: 'rechtspraak', fte: 9 });
    expect(await provincie('PV26', 'demo', 'rechtspraak')).toMatchObject({ fte: 9, basis: 'leveringen' });
    await db.query('DELETE FROM fte_count WHERE id = $1', [id]);
    expect(await provincie('PV26', 'demo', 'rechtspraak')).toMatchObject({ fte: null, basis: null, sources: [] });
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM fte_region_total WHERE peildatum = $1 AND sector_key = 'rechtspraak'`,
      [DATE],
    );
    expect(n).toBe(0);
    await expectTotalsMatchScan();
  });

  it('moves a site’s deliveries with the site to another gemeente (planner mutation)', async () => {
    const before = await provincie('PV27');
    const [site] = await db.query('SELECT version FROM site WHERE id = $1', [siteIds[2]]);
    // Utrecht → Amsterdam (Noord-Holland).
    await updateSite(db, siteIds[2]!, site.version, { gemeenteCode: 'GM0363' }, 'test');
    expect(await provincie('PV26')).toMatchObject({ fte: null, basis: null });
    expect((await provincie('PV27')).fte).toBe((before.fte ?? 0) + 7);
    await expectTotalsMatchScan();
    await db.query('UPDATE site SET gemeente_code = NULL WHERE id = $1', [siteIds[2]]);
    await expectTotalsMatchScan();
    await db.query(`UPDATE site SET gemeente_code = 'GM0344' WHERE id = $1`, [siteIds[2]]);
    expect(await provincie('PV26')).toMatchObject({ fte: 7, basis: 'leveringen' });
    await expectTotalsMatchScan();
  });

  it('subtracts a deleted site’s deliveries (removed with it by the foreign key)', async () => {
    const site = await insertSite(db, {
      kind: 'overig',
      name: `Totalen D ${backend.name}`,
      city: 'fixture',
      gemeenteCode: 'GM0014', // Groningen
      geometryJson: JSON.stringify({ type: 'Point', coordinates: [6.57, 53.22] }),
      locationPrecision: 'adres',
      sourceUrl: SOURCE,
      dataset: 'demo',
    });
    siteIds.push(site.id);
    await insertFte({ siteId: site.id, sector: 'zbo', fte: 11 });
    expect(await provincie('PV20')).toMatchObject({ fte: 11 });
    await db.query('DELETE FROM site WHERE id = $1', [site.id]);
    expect(await provincie('PV20')).toMatchObject({ fte: null, basis: null, sources: [] });
    await expectTotalsMatchScan();
  });

  it('counts an import (upserts on the cell included) in its own transaction', async () => {
    const file = path.join(dir, 'levering.csv');
    fs.writeFileSync(
      file,
      `organisatie;sector;locatie;gemeente;peildatum;fte\n${org};ministeries;;GM0014;${DATE};12,5\n${org};ministeries;;GM0106;${DATE};100\n${org} B;zbo;;GM0344;${DATE};7\n`,
    );
    const run = () =>
      runImport(db, fteImport, {
        file,
        actor: 'test',
        dataset: 'gepubliceerd',
        aliasFile: seedFile('gemeente_aliases.csv'),
      });
    const first = await run();
    importIds.push(first.importId);
    expect(first).toMatchObject({ rowsWritten: 3 });
    await expectTotalsMatchScan();
    // The same cells again with other figures: updated in place by ON CONFLICT.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('12,5', '13').replace(';100\n', ';90\n'));
    importIds.push((await run()).importId);
    await expectTotalsMatchScan();
  });

  it('recomputes when a gemeente changes province, at the commit of that change', async () => {
    await inSnapshot(async (m) => {
      await m.query(`UPDATE region SET provincie_code = 'PV27' WHERE kind = 'gemeente' AND code = 'GM0344'`);
      await m.query('SET CONSTRAINTS ALL IMMEDIATE'); // what COMMIT does; this transaction then rolls back
      const filter = { level: 'provincie' as const, peildatum: DATE, dataset: 'demo' as const };
      const maintained = await fteByRegion(m, filter);
      expect(maintained).toEqual(await fteByRegionScan(m, filter));
      expect(maintained.find((r) => r.code === 'PV26')).toMatchObject({ fte: null, basis: null });
    });
    await expectTotalsMatchScan();
  });

  it('empties with TRUNCATE', async () => {
    await inSnapshot(async (m) => {
      await m.query('TRUNCATE fte_count');
      expect(await totals(m)).toEqual([]);
    });
  });

  it('takes nothing from location cases, confidential or not', async () => {
    await inSnapshot(async (m) => {
      const before = await totals(m);
      await m.query(
        `INSERT INTO location_case (title, kind, status, confidential, dataset, fte_change, to_region_code)
         VALUES ($1, 'groei', 'in behandeling', true, 'demo', 500, 'GM0106'),
                ($2, 'groei', 'in behandeling', false, 'demo', 500, 'GM0106')`,
        [`${org} geheim`, `${org} openbaar`],
      );
      expect(await totals(m)).toEqual(before);
      const columns = await m.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'fte_region_total' ORDER BY 1`,
      );
      expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual([
        'dataset',
        'fte',
        'level',
        'peildatum',
        'region_code',
        'row_count',
        'sector_key',
        'source_url',
      ]);
    });
  });

  it('fills the totals from the data already there when the migration runs', async () => {
    await inSnapshot(async (m) => {
      const before = await totals(m);
      expect(before.some((r) => r.peildatum === DATE)).toBe(true);
      const migration = new FteRegionTotals1763800016250();
      await migration.down(m.queryRunner!);
      await migration.up(m.queryRunner!);
      expect(await totals(m)).toEqual(before);
    });
  });

  it('places a delivery written while its site moves in the gemeente the site ends up in', async () => {
    const mover = db.createQueryRunner();
    await mover.connect();
    await mover.startTransaction();
    await mover.query(`UPDATE site SET gemeente_code = 'GM0363' WHERE id = $1`, [siteIds[1]]);
    // Written from another connection before the move commits: on PostgreSQL its trigger waits
    // for the move (a table lock) and then sees it; the embedded database runs one after the other.
    const writer = (async () => {
      const other = db.createQueryRunner();
      await other.connect();
      try {
        await other.query(
          `INSERT INTO fte_count (peildatum, scope, site_id, sector, fte, source_url, dataset)
           VALUES ($1, 'locatie', $2, 'gevangeniswezen_dji', 21, $3, 'demo')`,
          [DATE, siteIds[1], SOURCE],
        );
      } finally {
        await other.release();
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await mover.commitTransaction();
    await mover.release();
    await writer;
    expect(await provincie('PV27', 'demo', 'gevangeniswezen_dji')).toMatchObject({ fte: 21 });
    expect(await provincie('PV22', 'demo', 'gevangeniswezen_dji')).toMatchObject({ fte: null, basis: null });
    await expectTotalsMatchScan();
    await db.query(`UPDATE site SET gemeente_code = 'GM0106' WHERE id = $1`, [siteIds[1]]);
    await expectTotalsMatchScan();
  });

  it('holds the seeded published figures and the demo data as loaded and removed', async () => {
    const dates = async () =>
      (await db.query(`SELECT DISTINCT to_char(peildatum, 'YYYY-MM-DD') AS d FROM fte_count ORDER BY 1`)).map(
        (r: { d: string }) => r.d,
      ) as string[];
    const loadedHere = !(await isDemoLoaded(db));
    if (loadedHere) expect((await loadDemoData(db)).status).toBe('geladen');
    const withDemo = await dates();
    expect(withDemo.length).toBeGreaterThan(3);
    await expectTotalsMatchScan(withDemo);
    // Last: removing the demo data removes the demo fixture sites above too.
    if (loadedHere) {
      await removeDemoData(db);
      await expectTotalsMatchScan(withDemo);
    }
  });
});
