/**
 * Connections that come and go while PGlite is busy (CI, stop 23: "Connection terminated
 * unexpectedly" when a suite opened its fourth connection). PGlite runs each statement
 * synchronously in its worker thread; meanwhile the worker notices neither the connections that
 * closed nor the ones that arrived. Its socket server had a limit of its own (8 sockets): when the
 * statement ended, it still counted the closed ones and dropped a new connection without a word,
 * though the gateway, the one place that decides how many may connect, had admitted it.
 * The first test goes straight to the worker's socket (no password there), as the gateway does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';
import { startPgliteWorker, type PgliteWorker } from '../../server/db/pglite-worker.js';

/** Keeps PGlite's worker busy for a second or more on this machine. */
const BUSY = 'SELECT count(*) FROM generate_series(1, 5000000)';

describe('the embedded database’s worker while a statement runs', () => {
  let worker: PgliteWorker;
  let socketDir: string;

  beforeAll(async () => {
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-churn-'));
    worker = await startPgliteWorker({ dataDir: undefined, socketPath: path.join(socketDir, '.s.PGSQL.5432') });
  });

  afterAll(async () => {
    await worker?.stop();
    fs.rmSync(socketDir, { recursive: true, force: true });
  });

  const client = () => new pg.Client({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres' });

  it('takes every new connection, however many closed while it was busy', async () => {
    const open = Array.from({ length: 8 }, client);
    for (const c of open) await c.connect();
    const running = open[0]!.query(BUSY);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // While PGlite works: four connections go (the worker cannot notice yet), four others come.
    for (const c of open.slice(4)) void c.end().catch(() => {});
    const fresh = Array.from({ length: 4 }, client);
    const answers = fresh.map((c) => c.connect().then(() => c.query('SELECT 1 AS n')));
    await running;
    for (const answer of answers) await expect(answer).resolves.toMatchObject({ rows: [{ n: 1 }] });
    for (const c of [...open.slice(0, 4), ...fresh]) await c.end();
  });
});

describe('the embedded database’s gateway, the one place that counts sessions', () => {
  let db: EmbeddedDatabase;

  beforeAll(async () => {
    db = await startEmbeddedDatabase({});
  });

  afterAll(async () => {
    await db?.stop();
  });

  it('refuses a fifth session with a PostgreSQL error, and admits one again once a session ends', async () => {
    const client = () => new pg.Client({ connectionString: db.url });
    const four = Array.from({ length: 4 }, client);
    for (const c of four) await c.connect();
    const fifth = client();
    await expect(fifth.connect()).rejects.toMatchObject({
      code: '53300',
      message: 'te veel verbindingen met de ingebouwde database',
    });
    await four.pop()!.end();
    const again = client();
    await again.connect();
    await expect(again.query('SELECT 1 AS n')).resolves.toMatchObject({ rows: [{ n: 1 }] });
    for (const c of [...four, again]) await c.end();
  });
});

describe('the service on the embedded database, when psql or QGIS take the other sessions', () => {
  let service: Database;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-service-'));

  beforeAll(async () => {
    service = await openDatabase({ databaseUrl: undefined, dataDir });
  });

  afterAll(async () => {
    await service?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps its own session while idle, so that outside sessions cannot lock it out', async () => {
    await service.dataSource.query('SELECT 1');
    // Longer than pg's idle limit (10 s), after which the service's connection used to close.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const { url } = service.dataSource.options as { url: string };
    const outside = Array.from({ length: 3 }, () => new pg.Client({ connectionString: url }));
    for (const c of outside) await c.connect();
    const fourth = new pg.Client({ connectionString: url });
    await expect(fourth.connect()).rejects.toMatchObject({ code: '53300' });
    await expect(service.dataSource.query('SELECT 1 AS n')).resolves.toEqual([{ n: 1 }]);
    for (const c of outside) await c.end();
  }, 60_000);
});
