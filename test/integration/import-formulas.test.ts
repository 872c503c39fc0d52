/**
 * A delivery whose cells a spreadsheet would run as formulas is refused, also when the formula
 * hides behind spaces that the importer trims (" =1+1" used to be stored as "=1+1"). Every such
 * cell is reported with its line and column; nothing is written, and with --accept-valid only
 * the clean rows are. Plain negative numbers are not formulas: their own checks answer them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runImport } from '../../server/imports/import.service.js';
import { ImportRejectedError, type RowError } from '../../server/tables/row-errors.js';
import { siteImport } from '../../server/imports/site-import.js';
import { seedFile } from '../../seeds/paths.js';
import { backends, connect } from '../support/backends.js';

const SOURCE = 'https://example.org/formule-test';

describe.each(backends())('formula cells in imports on $name', (backend) => {
  let db: DataSource;
  let dir: string;
  const tag = `Formuletest ${backend.name}`;
  const importIds: number[] = [];

  const file = (name: string, lines: string[]) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, `naam;soort;plaats;source_url;note;lon\n${lines.join('\n')}\n`);
    return target;
  };
  const run = async (target: string, acceptValid = false) => {
    const result = await runImport(db, siteImport, {
      file: target,
      actor: 'test-formules',
      dataset: 'demo',
      aliasFile: seedFile('gemeente_aliases.csv'),
      acceptValid,
    });
    importIds.push(result.importId);
    return result;
  };
  const stored = async () =>
    db.query(
      `SELECT name, note FROM site WHERE name LIKE $1 OR note LIKE '%1+1%' OR note LIKE '%SUM(%' ORDER BY name`,
      [`%${tag}%`],
    );
  const refusal = async (target: string): Promise<RowError[]> => {
    const error = await run(target).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejectedError);
    return (error as ImportRejectedError).errors;
  };

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-formula-'));
  });

  afterAll(async () => {
    await db.query(`DELETE FROM site WHERE name LIKE $1`, [`%${tag}%`]);
    await db.query(`DELETE FROM audit_entry WHERE entity = 'import_run' AND entity_id = ANY($1::text[])`, [
      importIds.map(String),
    ]);
    await db.query(`DELETE FROM import_run WHERE id = ANY($1::int[])`, [importIds]);
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses formula cells, also behind spaces, names line and column, and writes nothing', async () => {
    const errors = await refusal(
      file('formules.csv', [
        `${tag} goed;rijkskantoor;Assen;${SOURCE};gewone toelichting;`,
        `${tag} spatie;rijkskantoor;Assen;${SOURCE}; =1+1;`,
        `@SUM(1+1) ${tag};rijkskantoor;Assen;${SOURCE};;`,
        `${tag} link;rijkskantoor;Assen;${SOURCE};"=HYPERLINK(""https://evil.example"",""klik"")";`,
        `${tag} min;rijkskantoor;Assen;${SOURCE};-1+cmd|' /C calc'!A0;`,
      ]),
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'note'],
      [4, 'naam'],
      [5, 'note'],
      [6, 'note'],
    ]);
    expect(errors[0]!.reason).toMatch(/formule/);
    expect(await stored()).toEqual([]);
  });

  it('with accept-valid writes only the clean rows', async () => {
    const result = await run(
      file('deels.csv', [
        `${tag} streep;rijkskantoor;Assen;${SOURCE};- opmerking;`,
        `${tag} ok;rijkskantoor;Assen;${SOURCE};a = b;`,
        `${tag} vies;rijkskantoor;Assen;${SOURCE};\t=2+2;`,
      ]),
      true,
    );
    expect(result).toMatchObject({ rowsTotal: 3, rowsWritten: 1, rowsRejected: 2 });
    expect(await stored()).toEqual([{ name: `${tag} ok`, note: 'a = b' }]);
  });

  it('leaves a plain negative number to the column’s own check', async () => {
    const errors = await refusal(file('min.csv', [`${tag} west;rijkskantoor;Assen;${SOURCE};;-5`]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 'lon' });
    expect(errors[0]!.reason).not.toMatch(/formule/);
  });
});
