/**
 * The embedded default: PGlite with PostGIS, persisted in a data folder and exposed on a
 * loopback port through PGlite's socket server. The application then speaks `pg` to it
 * exactly as to a real server, so both modes share every query, migration and test.
 *
 * PGlite and its socket server run in a worker thread. PGlite executes each statement
 * synchronously (WebAssembly) and knows no statement_timeout: in the main thread one slow
 * statement stopped the HTTP server for as long as it ran (a 1.9 MB search string: 20 s,
 * issue 14, finding 4). In a worker, a slow statement delays only the requests that wait for
 * the database; the event loop keeps serving everything else.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the database files; undefined keeps everything in memory (tests). */
  dataDir?: string;
}

/**
 * The worker's code, as CommonJS source: it runs the same from tsc's output and from the
 * tests' TypeScript (a worker file would need compiling first). Its modules come as absolute
 * paths resolved here. The service keeps one connection (pool of one); a few more slots let a
 * new connection in while a closed one is still being detached: with the default of 1 the OS
 * refuses it ("Connection terminated unexpectedly").
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.modules.pglite);
const { postgis } = require(workerData.modules.postgis);
const { PGLiteSocketServer } = require(workerData.modules.socket);
(async () => {
  const db = await PGlite.create({ dataDir: workerData.dataDir, extensions: { postgis } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message !== 'stop') return;
    await server.stop();
    // Socket handlers detach on setImmediate and still touch the database; let them finish.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await db.close();
    parentPort.postMessage({ stopped: true });
  });
  // getServerConn() answers "127.0.0.1:<port>" once listening on the OS-assigned port.
  parentPort.postMessage({ conn: server.getServerConn() });
})().catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

const resolve = createRequire(import.meta.url).resolve;

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      dataDir: options.dataDir ? path.join(options.dataDir, 'pglite') : undefined,
      modules: { pglite: resolve('@electric-sql/pglite'), postgis: resolve('@electric-sql/pglite-postgis'), socket: resolve('@electric-sql/pglite-socket') },
    },
  });
  const conn = await new Promise<string>((done, fail) => {
    worker.once('error', fail);
    worker.once('message', (message: { conn?: string; error?: string }) => (message.conn ? done(message.conn) : fail(new Error(message.error))));
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  worker.on('error', (error) => console.error('[database] de ingebouwde database is gestopt met een fout', error));
  return {
    url: `postgres://postgres@${conn}/postgres`,
    async stop() {
      const stopped = new Promise<void>((done) => worker.once('message', () => done()));
      worker.postMessage('stop');
      await Promise.race([stopped, new Promise((done) => setTimeout(done, 10_000))]);
      await worker.terminate();
    },
  };
}
