/**
 * The embedded default keeps its data in DATA_DIR: what a planner wrote is still there after the
 * service restarts, and a restart applies no migration twice. (Tests elsewhere use an in-memory
 * embedded database; this one uses a real folder, as `npm start` does.)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.js';

describe('embedded database on disk', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-embedded-'));
  const open = () => openDatabase({ databaseUrl: undefined, dataDir });

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps written rows and applied migrations across a restart', async () => {
    const first = await open();
    expect(first.mode).toBe('embedded');
    const migrations = (await first.dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n as number;
    expect(migrations).toBeGreaterThan(0);
    await first.dataSource.query(
      `INSERT INTO organisation (name, sector) VALUES ('Dienst Persistentietest', 'ministeries')`,
    );
    await first.close();
    expect(fs.readdirSync(path.join(dataDir, 'pglite')).length).toBeGreaterThan(0);

    const second = await open();
    try {
      const rows = await second.dataSource.query(
        `SELECT sector FROM organisation WHERE name = 'Dienst Persistentietest'`,
      );
      expect(rows).toEqual([{ sector: 'ministeries' }]);
      expect((await second.dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n).toBe(migrations);
      const [postgis] = await second.dataSource.query(`SELECT ST_AsText(ST_MakePoint(6.56, 52.99)) AS wkt`);
      expect(postgis.wkt).toBe('POINT(6.56 52.99)');
    } finally {
      await second.close();
    }
  }, 180_000);
});
