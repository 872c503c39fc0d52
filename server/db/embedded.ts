/**
 * The embedded default: PGlite with PostGIS, persisted in a data folder and reached like a real
 * server. PGlite's socket server listens on a Unix socket in a folder only this user may enter;
 * a password gateway on a loopback port (embedded-gateway.ts) is the one way in, for the
 * service's own pg connections as for psql and QGIS. So both modes share every query, migration
 * and test, and no other local user can read or change the data. PGlite and its socket server run
 * in a worker thread (pglite-worker.ts), so a slow statement never stops the HTTP event loop.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startGateway, type Gateway } from './embedded-gateway.js';
import { embeddedPassword } from './embedded-password.js';
import { startPgliteWorker, type PgliteWorker } from './pglite-worker.js';

export interface EmbeddedDatabase {
  /** postgres:// URL with the password: for the service's own connections, never for a log. */
  url: string;
  host: string;
  port: number;
  /** File that holds the password; undefined for an in-memory database. */
  passwordFile: string | undefined;
  /** Writes the database as a tarball that loadDataDir starts from (tests: a seeded template). */
  dump(file: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the database files; undefined keeps everything in memory (tests). */
  dataDir?: string;
  /** Loopback port (EMBEDDED_DB_PORT); 0 or undefined lets the system choose one. */
  port?: number;
  /** End a connection idle inside a transaction after this long (ms); default 5 s. */
  idleInTransactionMs?: number;
  /** In memory, start from this tarball (written by dump()) instead of an empty database. */
  loadDataDir?: string;
}

/** Long enough for a person typing in psql, short enough that the API's requests still finish. */
export const IDLE_IN_TRANSACTION_MS = 5_000;
/**
 * The service keeps one connection (pool of one), psql or QGIS a few. The gateway is the one
 * place that counts them, and refuses one too many with a PostgreSQL error (53300).
 */
const MAX_SESSIONS = 4;

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (options.dataDir) privateFolder(path.join(options.dataDir, 'pglite'));
  const { password, file } = embeddedPassword(options.dataDir);
  // mkdtemp makes the folder 0700: only this user can reach the socket inside it. A short path
  // in the system's temporary folder, since Unix socket paths are limited to about 100 bytes.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-pglite-'));
  const socketPath = path.join(socketDir, '.s.PGSQL.5432');
  let pglite: PgliteWorker;
  try {
    pglite = await startPgliteWorker({
      dataDir: options.dataDir ? path.join(options.dataDir, 'pglite') : undefined,
      loadDataDir: options.loadDataDir,
      socketPath,
    });
  } catch (error) {
    fs.rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
  let gateway: Gateway;
  try {
    gateway = await startGateway({
      port: options.port ?? 0,
      password,
      target: pglite.target,
      maxSessions: MAX_SESSIONS,
      idleInTransactionMs: options.idleInTransactionMs ?? IDLE_IN_TRANSACTION_MS,
    });
  } catch (error) {
    await stopAll(pglite, socketDir);
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (inUse) throw new Error(`EMBEDDED_DB_PORT ${options.port} is al in gebruik`);
    throw error;
  }
  return {
    url: `postgres://postgres:${password}@${gateway.host}:${gateway.port}/postgres`,
    host: gateway.host,
    port: gateway.port,
    passwordFile: file,
    dump: (target) => pglite.dump(target),
    async stop() {
      await gateway.close();
      await stopAll(pglite, socketDir);
    },
  };
}

async function stopAll(pglite: PgliteWorker, socketDir: string): Promise<void> {
  await pglite.stop();
  fs.rmSync(socketDir, { recursive: true, force: true });
}

/** The database files are as confidential as the database: only the owner may enter the folder. */
function privateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
}

/** One line for the start-up log: where and how to connect, never the password itself. */
export function connectionHint(embedded: EmbeddedDatabase): string {
  const where = `psql -h ${embedded.host} -p ${embedded.port} -U postgres postgres`;
  const secret = embedded.passwordFile ? `wachtwoord in ${embedded.passwordFile}` : 'wachtwoord alleen in het geheugen';
  return `Ingebouwde database bereikbaar voor psql en QGIS: ${where} (${secret}; alleen vanaf deze machine)`;
}
