/**
 * The embedded database is not open to every local user (issue 14, finding 11): its loopback
 * port asks for a password (SCRAM-SHA-256) that lives in DATA_DIR in a file only the owner may
 * read; psql (and so QGIS, which uses the same libpq) gets in with it and not without; the start-up
 * log says where and how to connect, never the password; EMBEDDED_DB_PORT fixes the port
 * (issue 17, finding 7). And a session left idle inside a transaction no longer blocks the API's
 * writes for ever: the gateway ends it after 5 s and PGlite rolls it back.
 * Embedded only: PostgreSQL's own authentication is the server's business.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../server/db/database.js';
import { backends } from '../support/backends.js';
import { startApi, type Api } from '../support/api.js';

const embedded = backends().find((b) => b.name === 'embedded')!;
const shared = new URL(embedded.url);
const PASSWORD_FILE = 'embedded-db.password';

const connectWith = async (
  password: string | undefined,
  target = { host: shared.hostname, port: Number(shared.port) },
) => {
  const client = new pg.Client({
    ...target,
    user: 'postgres',
    database: 'postgres',
    password,
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    const { rows } = await client.query('SELECT 1 AS n');
    return { ok: true, rows };
  } catch (error) {
    return { ok: false, error: error as Error & { code?: string } };
  } finally {
    await client.end().catch(() => {});
  }
};

/** What the server answers to a bare start-up packet: its first message type and auth code. */
async function firstAnswer(host: string, port: number): Promise<string> {
  const socket = net.connect(port, host);
  const parameters = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const packet = Buffer.alloc(8 + parameters.length);
  packet.writeInt32BE(packet.length, 0);
  packet.writeInt32BE(196608, 4);
  parameters.copy(packet, 8);
  socket.write(packet);
  const chunk = await new Promise<Buffer>((resolve, reject) => socket.once('data', resolve).once('error', reject));
  socket.destroy();
  return `${String.fromCharCode(chunk[0]!)}${chunk.readInt32BE(5)}`;
}

function psql(port: number, password: string, sql: string): Promise<{ ok: boolean; out: string }> {
  const args = [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-d',
    'postgres',
    '-X',
    '-A',
    '-t',
    '-w',
    '-c',
    sql,
  ];
  return new Promise((resolve) =>
    execFile(
      'psql',
      args,
      { env: { ...process.env, PGPASSWORD: password }, encoding: 'utf8', timeout: 20_000 },
      (error, stdout, stderr) => resolve({ ok: !error, out: (error ? stderr : stdout).trim() }),
    ),
  );
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('embedded database access', () => {
  it('asks every connection for a password instead of letting it in at once', async () => {
    expect(await firstAnswer(shared.hostname, Number(shared.port))).toBe('R10'); // AuthenticationSASL, not AuthenticationOk (R0)
  });

  it('refuses a connection without, with an empty or with a wrong password', async () => {
    for (const password of [undefined, '', 'postgres', `${decodeURIComponent(shared.password)}x`]) {
      const attempt = await connectWith(password);
      expect(attempt.ok, `password ${JSON.stringify(password)}`).toBe(false);
    }
    expect((await connectWith('postgres')).error?.code).toBe('28P01');
  });

  it('lets the service’s own connection string in, with its password', async () => {
    const attempt = await connectWith(decodeURIComponent(shared.password));
    expect(attempt).toMatchObject({ ok: true, rows: [{ n: 1 }] });
  });

  describe('with a data folder', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-auth-'));
    let port: number;
    let log: string[];
    let close: () => Promise<void>;

    beforeAll(async () => {
      port = await freePort();
      const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        const database = await openDatabase({ databaseUrl: undefined, dataDir, embeddedDbPort: port });
        close = () => database.close();
      } finally {
        log = spy.mock.calls.map((call) => call.join(' '));
        spy.mockRestore();
      }
    }, 180_000);

    afterAll(async () => {
      await close?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const password = () => fs.readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();

    it('keeps a generated password in DATA_DIR, readable by the owner only, and the database files private', () => {
      expect(fs.statSync(path.join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
      expect(password()).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(fs.statSync(path.join(dataDir, 'pglite')).mode & 0o777).toBe(0o700);
    });

    it('listens on EMBEDDED_DB_PORT and says in the log where and how to connect, never the password', () => {
      const line = log.find((l) => l.includes('psql'));
      expect(line).toContain(`-p ${port}`);
      expect(line).toContain(path.join(dataDir, PASSWORD_FILE));
      expect(log.join('\n')).not.toContain(password());
    });

    it('lets psql in with the password from the file, and not without it or with another', async () => {
      expect(await psql(port, password(), 'SELECT count(*) FROM migrations')).toMatchObject({
        ok: true,
        out: expect.stringMatching(/^\d+$/),
      });
      expect((await psql(port, '', 'SELECT 1')).out).toMatch(/no password supplied/);
      expect((await psql(port, 'geraden', 'SELECT 1')).out).toMatch(/28P01|wachtwoord onjuist/);
    });
  });
});

describe('a session idle inside a transaction on the embedded database', () => {
  let api: Api;
  let external: pg.Client;
  const name = `Wachtende schrijfactie ${Date.now()}`;

  beforeAll(async () => {
    // A new connection waits behind the idle transaction as the write does; it must not give up
    // (production's 5 s) in a race with the gateway's own 5 s cut.
    api = await startApi(embedded, { connectionTimeoutMs: 30_000 });
  });

  afterAll(async () => {
    await external?.end().catch(() => {});
    await api?.db.query(
      `DELETE FROM audit_entry WHERE entity = 'site' AND entity_id IN (SELECT id::text FROM site WHERE name LIKE 'Wachtende schrijfactie%')`,
    );
    await api?.db.query(`DELETE FROM site WHERE name LIKE 'Wachtende schrijfactie%'`);
    await api?.close();
  });

  it('blocks the API’s writes for seconds at most: the idle session is ended and its transaction rolled back', async () => {
    await api.db.query('SELECT 1'); // the API's pooled connection is open (pg closes one idle 10 s)
    external = new pg.Client({ connectionString: embedded.url });
    const ended = new Promise<Error>((resolve) => external.on('error', resolve));
    await external.connect();
    await external.query('BEGIN');
    await external.query(
      `UPDATE organisation SET name = name || ' (psql)' WHERE id = (SELECT min(id) FROM organisation)`,
    );
    const started = Date.now();
    const write = api.gql(
      `mutation($input: SiteInput!) { createSite(input: $input) { id } }`,
      {
        input: {
          kind: 'rijkskantoor',
          name,
          city: 'Assen',
          location: { type: 'Point', coordinates: [6.5625, 52.9925] },
          locationPrecision: 'adres',
          sourceUrl: 'https://example.org/wachtende-schrijfactie',
          dataset: 'demo',
        },
      },
      { as: 'planner' },
    );
    const outcome = await Promise.race([
      write,
      new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 15_000)),
    ]);
    const waited = Date.now() - started;
    if (outcome === 'blocked') await external.query('ROLLBACK').catch(() => {});
    console.log(`[embedded-auth] API write waited ${waited} ms behind an idle transaction`);
    expect(outcome).not.toBe('blocked');
    expect(outcome).toMatchObject({ status: 200, data: { createSite: { id: expect.any(Number) } } });
    expect(waited).toBeLessThan(10_000);
    expect((await ended).message).toMatch(/inactief binnen een transactie/);
    const renamed = await api.db.query(`SELECT count(*)::int AS n FROM organisation WHERE name LIKE '% (psql)'`);
    expect(renamed).toEqual([{ n: 0 }]);
  }, 60_000);
});
