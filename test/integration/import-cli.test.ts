/**
 * `npm run import`: the command planners run on a yearly delivery. Runs the compiled CLI as a
 * child process against each backend (DATABASE_URL), and checks its exit codes, its Dutch
 * messages and what it writes: 0 imported or unchanged, 1 refused with every bad row, 2 misuse.
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

// One tsc build shared by every test that runs the compiled CLI (test/support/server-build.ts).
beforeAll(() => void buildServerOnce(), 180_000);

describe.each(backends())('import CLI on $name', (backend) => {
  let db: DataSource;
  let dir: string;
  let region: string;
  const ACTOR = `cli-test-${backend.name}`;

  const cli = (...args: string[]) =>
    spawnSync('node', [CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: backend.url, GEOCODER: 'off' },
      timeout: 120_000,
    });
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const profiles = async () =>
    db.query(`SELECT core_qualities, opportunities FROM region_profile WHERE region_code = $1`, [region]);

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-cli-'));
    // A gemeente without a profile, so the test neither depends on nor changes seeded profiles.
    [{ code: region }] = await db.query(
      `SELECT code FROM region WHERE kind = 'gemeente' AND code NOT IN (SELECT region_code FROM region_profile) ORDER BY code LIMIT 1`,
    );
  });

  afterAll(async () => {
    const runs = `SELECT id FROM import_run WHERE actor = '${ACTOR}'`;
    await db.query(`DELETE FROM region_profile WHERE import_id IN (${runs})`);
    await db.query(
      `DELETE FROM audit_entry WHERE entity = 'import_run' AND entity_id IN (SELECT id::text FROM import_run WHERE actor = $1)`,
      [ACTOR],
    );
    await db.query(`DELETE FROM import_run WHERE actor = $1`, [ACTOR]);
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a good file (exit 0), reports an unchanged re-import, and updates the profile from a newer delivery', async () => {
    const first = write(
      'profielen.csv',
      `regio,kernkwaliteiten,kansen,ontvangen_op\n${region},bereikbaarheid;onderwijs,campus bij station,2025-02-01\n`,
    );
    const imported = cli('profiles', first, '--actor', ACTOR);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Geïmporteerd \(import \d+\): 1 van 1 rijen geschreven, 0 geweigerd/);
    expect(await profiles()).toEqual([
      { core_qualities: ['bereikbaarheid', 'onderwijs'], opportunities: 'campus bij station' },
    ]);

    const again = cli('profiles', first, '--actor', ACTOR);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Ongewijzigd/);

    const newer = write(
      'profielen-2026.csv',
      `regio,kernkwaliteiten,kansen,ontvangen_op\n${region},bereikbaarheid,hub voor uitvoering,2026-02-01\n`,
    );
    expect(cli('profiles', newer, '--actor', ACTOR).status).toBe(0);
    expect(await profiles()).toEqual([{ core_qualities: ['bereikbaarheid'], opportunities: 'hub voor uitvoering' }]);
  });

  it('refuses a file with bad rows (exit 1), lists every bad row on stderr and writes nothing', async () => {
    const runsBefore = (await db.query(`SELECT count(*)::int AS n FROM import_run`))[0].n;
    const bad = write(
      'fout.csv',
      `regio,kernkwaliteiten,ontvangen_op\nGM9999,water,2025-01-01\n${region},,2025-01-01\n${region},water,1 januari\n`,
    );
    const refused = cli('profiles', bad, '--actor', ACTOR);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Geweigerd: 3 fout\(en\) in 3 rijen; er is niets geschreven/);
    expect(refused.stderr).toMatch(/regel 2, kolom regio: onbekende regiocode "GM9999"/);
    expect(refused.stderr).toMatch(/regel 3, kolom kernkwaliteiten/);
    expect(refused.stderr).toMatch(/regel 4, kolom ontvangen_op/);
    expect((await db.query(`SELECT count(*)::int AS n FROM import_run`))[0].n).toBe(runsBefore);
    expect(await profiles()).toEqual([{ core_qualities: ['bereikbaarheid'], opportunities: 'hub voor uitvoering' }]);
  });

  it('explains its usage (exit 2) for an unknown kind or a missing file argument, and refuses an unreadable file (exit 1)', () => {
    const unknown = cli('personeel', 'x.csv');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Gebruik: npm run import -- <fte\|sites\|projects\|profiles\|boundaries> <bestand>/);
    expect(cli('fte').status).toBe(2);
    const missing = cli('fte', path.join(dir, 'bestaat-niet.csv'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Geweigerd: bestaat-niet\.csv: bestand bestaat niet/);
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
    const folder = cli('profiles', dir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/geen bestand/);
  });
});
