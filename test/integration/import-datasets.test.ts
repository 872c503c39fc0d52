/**
 * `npm run import` cannot destroy published data (issue 14, findings 6 and 10), through the
 * compiled CLI as planners run it, on both backends:
 * - a --demo delivery only ever writes fictional rows: a site with the name and place of a
 *   published one is added beside it, and the published row keeps every value;
 * - every row an import writes is in the audit log with its before and after, like a mutation;
 * - region profiles are published reference data: a --demo profile delivery is refused;
 * - a file that is not UTF-8 and impossible dates are refused with a clear message, nothing written.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, connect } from '../support/backends.js';
import { buildServerOnce } from '../support/server-build.js';

const CLI = 'dist/server/cli/import.js';
const PUBLISHED = 'Rijkskantoor Rijnstraat 8';

// One tsc build shared by every test that runs the compiled CLI (test/support/server-build.ts).
beforeAll(() => void buildServerOnce(), 180_000);

describe.each(backends())('imports keep datasets apart on $name', (backend) => {
  let db: DataSource;
  let dir: string;
  const ACTOR = `import-datasets-${backend.name}`;
  const tag = `[import-datasets-${backend.name}]`;

  const cli = (...args: string[]) =>
    spawnSync('node', [CLI, ...args, '--actor', ACTOR], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: backend.url, GEOCODER: 'off' },
      timeout: 120_000,
    });
  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const publishedRow = async () =>
    db.query(
      `SELECT id, kind, address, city, gemeente_code, ST_AsText(geom) AS geom, workplaces, gross_floor_area_m2, in_use_since, source_url, note, import_id, version
       FROM site WHERE name = $1 AND dataset = 'gepubliceerd'`,
      [PUBLISHED],
    );
  const importAudit = async (entity: string, entityId: number) =>
    db.query(
      `SELECT before, after FROM audit_entry WHERE actor = $1 AND action = 'import' AND entity = $2 AND entity_id = $3 ORDER BY id`,
      [ACTOR, entity, String(entityId)],
    );

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-datasets-'));
  });

  afterAll(async () => {
    const runs = `SELECT id FROM import_run WHERE actor = '${ACTOR}'`;
    await db.query(`DELETE FROM site WHERE name LIKE $1 OR (name = $2 AND dataset = 'demo')`, [`%${tag}%`, PUBLISHED]);
    await db.query(`DELETE FROM region_profile WHERE import_id IN (${runs})`);
    await db.query(
      `DELETE FROM audit_entry WHERE actor = $1 OR (entity = 'import_run' AND entity_id IN (SELECT id::text FROM import_run WHERE actor = $1))`,
      [ACTOR],
    );
    await db.query(`DELETE FROM import_run WHERE actor = $1`, [ACTOR]);
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`adds a --demo site beside the published "${PUBLISHED}" and leaves the published row as it was`, async () => {
    const before = await publishedRow();
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ workplaces: 4400 });
    const [published] = await db.query(`SELECT count(*)::int AS n FROM site WHERE dataset = 'gepubliceerd'`);
    const file = write(
      'demo-sites.csv',
      `naam,soort,plaats,werkplekken,source_url,note\n${PUBLISHED},rijkskantoor,Den Haag,1,https://example.org/fictief,Fictieve overschrijving\n`,
    );
    const imported = cli('sites', file, '--demo');
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/1 van 1 rijen geschreven/);

    expect(await publishedRow()).toEqual(before);
    expect((await db.query(`SELECT count(*)::int AS n FROM site WHERE dataset = 'gepubliceerd'`))[0].n).toBe(
      published.n,
    );
    const [demo] = await db.query(`SELECT id, workplaces, note FROM site WHERE name = $1 AND dataset = 'demo'`, [
      PUBLISHED,
    ]);
    expect(demo).toMatchObject({ workplaces: 1, note: 'Fictieve overschrijving' });
    // The import's rows are audited one by one; the published site has no entry from it.
    const audit = await importAudit('site', demo.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      before: null,
      after: { id: demo.id, dataset: 'demo', workplaces: 1, name: PUBLISHED, geom: { type: 'Point' } },
    });
    expect(await importAudit('site', before[0].id)).toEqual([]);
  });

  it('writes each changed row of a published import into the audit log with its before and after', async () => {
    const name = `Testkantoor ${tag}`;
    const csv = (workplaces: number, note = '') =>
      `naam,soort,plaats,werkplekken,source_url,note\n${name},rijkskantoor,Assen,${workplaces},https://example.org/bron,${note}\n`;
    expect(cli('sites', write('eerste.csv', csv(10))).status).toBe(0);
    const [site] = await db.query(`SELECT id FROM site WHERE name = $1 AND dataset = 'gepubliceerd'`, [name]);
    expect(cli('sites', write('tweede.csv', csv(20))).status).toBe(0);
    // Another file with the same content changes no row, so it adds no row entry either.
    expect(cli('sites', write('derde.csv', `${csv(20)}\n`)).status).toBe(0);
    const audit = await importAudit('site', site.id);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ before: null, after: { workplaces: 10, dataset: 'gepubliceerd' } });
    expect(audit[1]).toMatchObject({ before: { workplaces: 10, version: 1 }, after: { workplaces: 20, version: 2 } });
  });

  it('refuses a --demo delivery of region profiles and leaves the published profile alone', async () => {
    const [{ code }] = await db.query(
      `SELECT code FROM region WHERE kind = 'gemeente' AND code NOT IN (SELECT region_code FROM region_profile) ORDER BY code LIMIT 1 OFFSET 3`,
    );
    expect(cli('profiles', write('profiel.csv', `regio,kernkwaliteiten\n${code},water\n`)).status).toBe(0);
    const refused = cli('profiles', write('profiel-demo.csv', `regio,kernkwaliteiten\n${code},fictief\n`), '--demo');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/Geweigerd: .*voorbeelddata/);
    const profiles = await db.query(`SELECT core_qualities FROM region_profile WHERE region_code = $1`, [code]);
    expect(profiles).toEqual([{ core_qualities: ['water'] }]);
  });

  it('refuses a CSV that is not UTF-8 (Latin-1), names the line and says how to save it; nothing is written', async () => {
    const text = `naam,soort,plaats,source_url\nKantoor Noord ${tag},overig,Assen,https://example.org/a\nCafé Zuid ${tag},overig,Assen,https://example.org/b\n`;
    const refused = cli('sites', write('latin1.csv', Buffer.from(text, 'latin1')));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/latin1\.csv, regel 3: .*UTF-8/);
    const [stored] = await db.query(`SELECT count(*)::int AS n FROM site WHERE name LIKE $1`, [`%${tag}%`]);
    const [ours] = await db.query(
      `SELECT count(*)::int AS n FROM site WHERE name LIKE $1 AND name LIKE 'Testkantoor%'`,
      [`%${tag}%`],
    );
    expect(stored.n).toBe(ours.n);
  });

  it('refuses impossible dates in a delivery, naming line and column', async () => {
    const sites = cli(
      'sites',
      write(
        'datum.csv',
        `naam,plaats,in_gebruik_sinds,source_url\nDatumkantoor ${tag},Assen,2024-02-30,https://example.org/a\nMaandkantoor ${tag},Assen,2024-13,https://example.org/b\n`,
      ),
    );
    expect(sites.status).toBe(1);
    expect(sites.stderr).toMatch(/regel 2, kolom in_gebruik_sinds/);
    expect(sites.stderr).toMatch(/regel 3, kolom in_gebruik_sinds/);
    const profiles = cli(
      'profiles',
      write('profieldatum.csv', `regio,kernkwaliteiten,ontvangen_op\nPV22,water,2024-02-30\n`),
    );
    expect(profiles.status).toBe(1);
    expect(profiles.stderr).toMatch(/regel 2, kolom ontvangen_op/);
  });
});
