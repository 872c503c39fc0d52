/**
 * fte deliveries through the import service: a good CSV is written with its import_run and
 * import_id; a file with bad rows is refused whole with every problem (line, column, reason);
 * --accept-valid writes the good rows; the same file again changes nothing; XLSX works the same.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { fteByRegion } from '../../server/fte/fte.queries.js';
import { fteImport } from '../../server/imports/fte-import.js';
import { runImport } from '../../server/imports/import.service.js';
import { ImportRejectedError } from '../../server/tables/row-errors.js';
import { insertSite } from '../../server/sites/site.queries.js';
import { seedFile } from '../../seeds/paths.js';
import { backends, connect } from '../support/backends.js';

const DATE = '2098-01-01'; // no real figure uses this date

describe.each(backends())('fte import on $name', (backend) => {
  let db: DataSource;
  let dir: string;
  const org = `Testdienst import ${backend.name}`;
  const site = `Testkantoor import ${backend.name}`;
  const importIds: number[] = [];
  const run = (file: string, extra: { acceptValid?: boolean } = {}) =>
    runImport(db, fteImport, {
      file,
      actor: 'test',
      dataset: 'gepubliceerd',
      aliasFile: seedFile('gemeente_aliases.csv'),
      ...extra,
    }).then((r) => {
      importIds.push(r.importId);
      return r;
    });
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const cellCount = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM fte_count WHERE peildatum = $1`, [DATE]))[0].n as number;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-import-'));
    await insertSite(db, {
      kind: 'rijkskantoor',
      name: site,
      city: 'Assen',
      gemeenteCode: 'GM0106',
      geometryJson: JSON.stringify({ type: 'Point', coordinates: [6.56, 52.99] }),
      locationPrecision: 'gemeente',
      sourceUrl: 'https://example.org/test',
    });
  });

  afterAll(async () => {
    await db.query('DELETE FROM fte_count WHERE peildatum = $1', [DATE]);
    await db.query('DELETE FROM site WHERE name = $1', [site]);
    await db.query(`DELETE FROM organisation WHERE name LIKE $1`, [`${org}%`]);
    await db.query('DELETE FROM audit_entry WHERE entity = $1 AND entity_id = ANY($2::text[])', [
      'import_run',
      importIds.map(String),
    ]);
    await db.query('DELETE FROM import_run WHERE id = ANY($1::int[])', [importIds]);
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a good CSV with its import_run, and every row carries the import id', async () => {
    const file = write(
      'goed.csv',
      `organisatie;sector;locatie;gemeente;peildatum;fte\n${org};ministeries;${site};;1-1-2098;12,5\n${org};ministeries;;Den Haag;${DATE};100\n${org} B;zbo;;GM0106;${DATE};7\n`,
    );
    const result = await run(file);
    expect(result).toMatchObject({ status: 'geïmporteerd', rowsTotal: 3, rowsWritten: 3, rowsRejected: 0 });
    const [runRow] = await db.query(
      'SELECT kind, file_hash, rows_written, actor, finished_at FROM import_run WHERE id = $1',
      [result.importId],
    );
    expect(runRow).toMatchObject({ kind: 'fte', rows_written: 3, actor: 'test' });
    expect(runRow.file_hash).toMatch(/^[0-9a-f]{64}$/);
    const rows = await db.query('SELECT import_id FROM fte_count WHERE peildatum = $1', [DATE]);
    expect(rows.map((r: { import_id: number }) => r.import_id)).toEqual([
      result.importId,
      result.importId,
      result.importId,
    ]);
    const [drenthe] = await fteByRegion(db, {
      level: 'provincie',
      peildatum: DATE,
      dataset: 'gepubliceerd',
      codes: ['PV22'],
    });
    expect(drenthe).toMatchObject({ fte: 19.5, basis: 'leveringen' });
    const [zh] = await fteByRegion(db, {
      level: 'provincie',
      peildatum: DATE,
      dataset: 'gepubliceerd',
      codes: ['PV28'],
    });
    expect(zh!.fte).toBe(100);
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = path.join(dir, 'goed.csv');
    const runs = (await db.query('SELECT count(*)::int AS n FROM import_run'))[0].n;
    const result = await run(file);
    expect(result.status).toBe('ongewijzigd');
    expect((await db.query('SELECT count(*)::int AS n FROM import_run'))[0].n).toBe(runs);
    expect(await cellCount()).toBe(3);
  });

  const BAD = (o: string) =>
    [
      'organisatie,sector,gemeente,peildatum,fte',
      `${o} C,ministeries,Assen,${DATE},5`,
      `${o} C,brandweer,Assen,${DATE},5`,
      `${o} C,ministeries,Atlantis,${DATE},5`,
      `${o} C,ministeries,Assen,2098-03-01,5`,
      `${o} C,ministeries,Westerveld,${DATE},-3`,
      `${o} C,ministeries,Emmen,${DATE},1.234`,
      `${o} C,ministeries,Assen,${DATE},6`,
      `,ministeries,Assen,${DATE},6`,
      `${o} C,zbo,Emmen,${DATE},2`,
    ].join('\n');

  it('refuses a file with bad rows whole, reporting every bad row with line, column and reason', async () => {
    const before = await cellCount();
    const error = await run(write('fout.csv', BAD(org))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const errors = (error as ImportRejectedError).errors.map((e) => [e.line, e.column]);
    expect(errors).toEqual([
      [3, 'sector'],
      [4, 'gemeente'],
      [5, 'peildatum'],
      [6, 'fte'],
      [7, 'fte'],
      [8, 'fte'],
      [9, 'organisatie'],
      [10, 'sector'],
    ]);
    expect((error as ImportRejectedError).errors.find((e) => e.line === 10)!.reason).toMatch(
      /hoort bij sector ministeries/,
    );
    expect((error as ImportRejectedError).errors.find((e) => e.line === 8)!.reason).toMatch(/dubbele cel.*regel 2/);
    expect(await cellCount()).toBe(before);
  });

  it('with acceptValid writes the good rows and reports the rest', async () => {
    const before = await cellCount();
    const result = await run(write('deels.csv', BAD(`${org} deels`)), { acceptValid: true });
    expect(result).toMatchObject({ status: 'geïmporteerd', rowsTotal: 9, rowsWritten: 1, rowsRejected: 8 });
    expect(result.errors).toHaveLength(8);
    expect(await cellCount()).toBe(before + 1);
  });

  it('refuses an organisation name too long for the database as a row error, before anything is written', async () => {
    // 3,000 characters exceed what a unique btree index row can hold (~2,700 bytes); the row
    // validation must catch it rather than PostgreSQL failing halfway through the write.
    const before = await cellCount();
    const orgs = (await db.query('SELECT count(*)::int AS n FROM organisation'))[0].n;
    const error = await run(
      write(
        'lang.csv',
        `organisatie,sector,gemeente,peildatum,fte\n${org} ${'x'.repeat(3000)},ministeries,Assen,${DATE},5\n`,
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).errors).toEqual([
      { line: 2, column: 'organisatie', reason: expect.stringMatching(/te lang: 30\d\d tekens, hoogstens 300/) },
    ]);
    expect(await cellCount()).toBe(before);
    expect((await db.query('SELECT count(*)::int AS n FROM organisation'))[0].n).toBe(orgs);
  });

  it('refuses a file without a required column, on line 1', async () => {
    const error = await run(write('kolom.csv', `organisatie,sector,gemeente,fte\n${org},zbo,Assen,1\n`)).catch(
      (e: unknown) => e,
    );
    expect((error as ImportRejectedError).errors).toEqual([
      { line: 1, column: 'peildatum', reason: expect.stringMatching(/kolom ontbreekt/) },
    ]);
  });

  it('imports XLSX the same way (fixture generated with exceljs), with spreadsheet line numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Levering');
    sheet.addRow(['Organisatie', 'Sector', 'Gemeente', 'Peildatum', 'FTE']);
    sheet.addRow([`${org} X`, 'Defensie', 'Assen', new Date(Date.UTC(2098, 0, 1)), 40.25]);
    sheet.addRow([`${org} Y`, 'Nationale Politie', 'Westerveld', '2098-01-01', 3]);
    const good = path.join(dir, 'levering.xlsx');
    await workbook.xlsx.writeFile(good);
    const result = await run(good);
    expect(result).toMatchObject({ status: 'geïmporteerd', rowsWritten: 2 });
    const [row] = await db.query(
      `SELECT fte::float AS fte, sector, region_code FROM fte_count WHERE import_id = $1 AND sector = 'defensie'`,
      [result.importId],
    );
    expect(row).toEqual({ fte: 40.25, sector: 'defensie', region_code: 'GM0106' });

    sheet.addRow([`${org} X`, 'Defensie', 'Assen', '2098-01-01', 'veel']);
    const bad = path.join(dir, 'levering-fout.xlsx');
    await workbook.xlsx.writeFile(bad);
    const error = await run(bad).catch((e: unknown) => e);
    expect((error as ImportRejectedError).errors.map((e) => [e.line, e.column])).toEqual([[4, 'fte']]);
  });
});
