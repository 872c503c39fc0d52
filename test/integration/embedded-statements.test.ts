/**
 * Statements that stopped the embedded database, or changed it for every connection, are kept
 * from PGlite (its one session serves them all):
 * - COPY … FROM. PGlite reads one protocol message per call, so `psql -c "\copy t from file"` (and
 *   ogr2ogr, which loads with COPY by default) met end of input: "unexpected EOF on client
 *   connection with an open transaction", then "protocol synchronization was lost", and every
 *   later connection hung. COPY … FROM a program or file and COPY … TO PROGRAM left PGlite's one
 *   session dead as well. COPY … TO STDOUT still works.
 * - Session settings (helper probe, 7 December): a LATIN1 client_encoding ended in a PANIC at the
 *   first non-ASCII answer; pg_dump's set_config('search_path', '', false) left every other
 *   connection without its tables; an idle-in-transaction timeout hung the session once it fired.
 * The gateway ends such a session (0A000) before PGlite sees the statement. Embedded only.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';

const run = promisify(execFile);

const REFUSED: { name: string; query: pg.QueryConfig }[] = [
  { name: 'COPY … FROM STDIN', query: { text: 'COPY copy_target FROM STDIN' } },
  {
    name: 'COPY with comments, columns and CSV options',
    query: { text: '/* laden */ copy copy_target (a, b) -- kolommen\n from stdin with (format csv)' },
  },
  { name: 'COPY … FROM STDIN after another statement', query: { text: "SELECT 'copy'; COPY copy_target FROM stdin" } },
  { name: 'COPY … FROM PROGRAM', query: { text: "COPY copy_target FROM PROGRAM 'true'" } },
  { name: 'COPY … FROM a file', query: { text: "COPY copy_target FROM '/dev/blob'" } },
  { name: 'COPY … TO PROGRAM', query: { text: "COPY copy_target TO PROGRAM 'cat'" } },
  { name: 'COPY … FROM STDIN as a prepared statement', query: { name: 'laden', text: 'COPY copy_target FROM STDIN' } },
];

describe('the embedded database after COPY … FROM and session settings', () => {
  let db: EmbeddedDatabase;
  let folder: string;

  beforeAll(async () => {
    db = await startEmbeddedDatabase({ idleInTransactionMs: 1_000 });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-copy-'));
    await query('CREATE TABLE copy_target (a integer, b text)');
    // For ogr2ogr. PGlite loads PostGIS's WebAssembly on first use: seconds on a busy machine.
    expect(await query('CREATE EXTENSION IF NOT EXISTS postgis', 120_000)).toEqual([]);
  });

  afterAll(async () => {
    await db?.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  const client = () => new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 10_000 });

  /** One statement on a new connection: its rows, or its error code / message, or 'hangt' after 8 s. */
  async function query(config: pg.QueryConfig | string, waitMs = 8_000): Promise<unknown> {
    const c = client();
    c.on('error', () => {});
    const answer = c
      .connect()
      .then(() => c.query(config))
      .then(
        (r) => r.rows,
        (e: Error & { code?: string }) => e.code ?? e.message,
      );
    const hung = new Promise((resolve) => setTimeout(() => resolve('hangt'), waitMs));
    const result = await Promise.race([answer, hung]);
    await c.end().catch(() => {});
    return result;
  }

  /** `work` on a new connection inside BEGIN … COMMIT; what it returns. */
  async function inTransaction<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = client();
    await c.connect();
    await c.query('BEGIN');
    const result = await work(c);
    await c.query('COMMIT');
    await c.end();
    return result;
  }

  /** psql against the embedded database, as a GIS user would run it. */
  async function psql(command: string): Promise<{ out: string; err: string; ok: boolean }> {
    const env = { ...process.env, PGPASSWORD: new URL(db.url).password, PGCONNECT_TIMEOUT: '10' };
    const args = ['-h', db.host, '-p', String(db.port), '-U', 'postgres', '-d', 'postgres', '-X', '-c', command];
    try {
      const { stdout, stderr } = await run('psql', args, { env, timeout: 20_000 });
      return { out: stdout, err: stderr, ok: true };
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      return { out: failed.stdout ?? '', err: failed.stderr ?? '', ok: false };
    }
  }

  it('refuses psql’s \\copy … from a file with a clear message, and serves the next connection', async () => {
    const file = path.join(folder, 'rijen.txt');
    fs.writeFileSync(file, '1\teen\n2\ttwee\n');
    const copied = await psql(`\\copy copy_target from '${file}'`);
    expect(copied.ok).toBe(false);
    expect(copied.err).toContain('COPY … FROM');
    expect(copied.err).toContain('PG_USE_COPY NO');
    expect(await query('SELECT count(*)::int AS n FROM copy_target')).toEqual([{ n: 0 }]);
  });

  it.each(REFUSED)('ends the session that sends $name (0A000) and serves the next one', async ({ query: sent }) => {
    expect(await query(sent)).toBe('0A000');
    expect(await query('SELECT count(*)::int AS n FROM copy_target')).toEqual([{ n: 0 }]);
  });

  it('rolls back the transaction the refused COPY was part of, and holds no one up', async () => {
    const c = client();
    c.on('error', () => {});
    await c.connect();
    await c.query('BEGIN');
    await c.query("INSERT INTO copy_target VALUES (99, 'half')");
    const refused = await c.query('COPY copy_target FROM STDIN').then(
      () => 'accepted',
      (e: Error & { code?: string }) => e.code,
    );
    await c.end().catch(() => {});
    expect(refused).toBe('0A000');
    expect(await query('SELECT count(*)::int AS n FROM copy_target WHERE a = 99')).toEqual([{ n: 0 }]);
  });

  /** ogr2ogr loading two points into the embedded database, with the given extra arguments. */
  async function ogr2ogr(table: string, ...extra: string[]): Promise<{ ok: boolean; err: string }> {
    const file = path.join(folder, `${table}.geojson`);
    const point = (naam: string, lon: number, lat: number) => ({
      type: 'Feature',
      properties: { naam },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
    const features = [point('een', 5.1, 52.1), point('twee', 5.2, 52.2)];
    fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
    const { password } = new URL(db.url);
    const target = `PG:host=${db.host} port=${db.port} user=postgres password=${password} dbname=postgres`;
    try {
      await run('ogr2ogr', ['-f', 'PostgreSQL', target, file, '-nln', table, ...extra], { timeout: 30_000 });
      return { ok: true, err: '' };
    } catch (error) {
      return { ok: false, err: (error as { stderr?: string }).stderr ?? String(error) };
    }
  }

  it('loads with ogr2ogr as the message advises (PG_USE_COPY NO); its default COPY is refused', async () => {
    const byCopy = await ogr2ogr('punten_copy');
    expect(byCopy.ok).toBe(false);
    expect(byCopy.err).toContain('PG_USE_COPY NO');
    expect(await ogr2ogr('punten', '--config', 'PG_USE_COPY', 'NO')).toEqual({ ok: true, err: '' });
    const loaded = await query('SELECT naam, ST_AsText(wkb_geometry) AS wkt FROM punten ORDER BY naam');
    expect(loaded).toEqual([
      { naam: 'een', wkt: 'POINT(5.1 52.1)' },
      { naam: 'twee', wkt: 'POINT(5.2 52.2)' },
    ]);
  });

  it('refuses a LATIN1 client encoding and still answers non-ASCII text to the next connection', async () => {
    const set = await psql("set client_encoding = 'LATIN1'");
    expect(set.ok).toBe(false);
    expect(set.err).toContain('client_encoding instellen voor de hele sessie wordt niet ondersteund');
    expect(await query("SELECT 'Fryslân' AS naam")).toEqual([{ naam: 'Fryslân' }]);
  });

  it('keeps pg_dump’s empty search_path from the connections that come after', async () => {
    expect(await query("SELECT pg_catalog.set_config('search_path', '', false)")).toBe('0A000');
    expect(await query('SELECT count(*)::int AS n FROM copy_target')).toEqual([{ n: 0 }]);
    // For one transaction it is allowed: nobody else runs meanwhile.
    const inside = await inTransaction(async (c) => {
      await c.query('SET LOCAL search_path = pg_catalog');
      return c.query('SELECT count(*)::int AS n FROM copy_target').catch((e: { code?: string }) => e.code);
    });
    expect(inside).toBe('42P01');
    expect(await query('SELECT count(*)::int AS n FROM copy_target')).toEqual([{ n: 0 }]);
  });

  it('refuses an idle-in-transaction timeout, which hung the session once it fired', async () => {
    expect(await query("SET idle_in_transaction_session_timeout = '100ms'")).toBe('0A000');
    // Longer than the refused 100 ms, shorter than the gateway's own 1 s limit here.
    await inTransaction(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(await query('SELECT 1 AS n')).toEqual([{ n: 1 }]);
  });

  it('keeps a temporary table from hiding a table of the same name from other connections', async () => {
    expect(await query('CREATE TABLE zichtbaar AS SELECT 1 AS a')).toEqual([]);
    expect(await query('CREATE TEMP TABLE zichtbaar AS SELECT * FROM public.zichtbaar WHERE false')).toBe('0A000');
    expect(await query('SELECT count(*)::int AS n FROM zichtbaar')).toEqual([{ n: 1 }]);
    // One that ends with its transaction is allowed.
    const counted = await inTransaction(async (c) => {
      await c.query('CREATE TEMP TABLE werk (a int) ON COMMIT DROP');
      await c.query('INSERT INTO werk VALUES (1)');
      return (await c.query('SELECT count(*)::int AS n FROM werk')).rows;
    });
    expect(counted).toEqual([{ n: 1 }]);
  });

  it('still copies out with \\copy … to stdout, and lets the word copy through elsewhere', async () => {
    expect(await query("INSERT INTO copy_target VALUES (1, 'copy from stdin')")).toEqual([]);
    const copied = await psql('\\copy copy_target to stdout');
    expect(copied).toMatchObject({ ok: true, out: '1\tcopy from stdin\n' });
    expect(await query("SELECT b AS copy FROM copy_target WHERE b = 'copy from stdin'")).toEqual([
      { copy: 'copy from stdin' },
    ]);
  });
});
