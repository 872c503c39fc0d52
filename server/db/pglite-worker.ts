/**
 * PGlite and its socket server in a worker thread. PGlite executes each statement synchronously
 * (WebAssembly) and knows no statement_timeout: in the main thread one slow statement stopped
 * the HTTP server for as long as it ran (a 1.9 MB search string: 20 s, issue 14, finding 4). In
 * a worker, a slow statement delays only the requests that wait for the database; the event loop
 * keeps serving everything else.
 *
 * The worker's code is CommonJS source run with `eval`: it runs the same from tsc's output and
 * from the tests' TypeScript (a worker file would need compiling first). Its modules come as
 * absolute paths resolved here.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface PgliteWorker {
  /** What the socket server answers to getServerConn(): the address to connect to. */
  target: string;
  /** Writes the whole database as a gzipped tarball (PGlite's dumpDataDir), for loadDataDir later. */
  dump(file: string): Promise<void>;
  stop(): Promise<void>;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.modules.pglite);
const { postgis } = require(workerData.modules.postgis);
const { PGLiteSocketServer } = require(workerData.modules.socket);
(async () => {
  const fs = require('node:fs');
  const loadDataDir = workerData.loadDataDir ? new Blob([fs.readFileSync(workerData.loadDataDir)]) : undefined;
  const db = await PGlite.create({ dataDir: workerData.dataDir, loadDataDir, extensions: { postgis } });
  // No limit of its own (its default is one connection): the gateway alone decides who may connect.
  // A limit here also counts connections that closed while PGlite ran a statement, which this
  // thread notices only afterwards, and drops a new one without a word (CI, stop 23).
  const server = new PGLiteSocketServer({ db, path: workerData.socketPath, maxConnections: Infinity });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message && message.dump) {
      const blob = await db.dumpDataDir('gzip');
      fs.writeFileSync(message.dump, Buffer.from(await blob.arrayBuffer()));
      return parentPort.postMessage({ dumped: message.dump });
    }
    if (message !== 'stop') return;
    await server.stop();
    // Socket handlers detach on setImmediate and still touch the database; let them finish.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await db.close();
    parentPort.postMessage({ stopped: true });
  });
  parentPort.postMessage({ target: server.getServerConn() });
})().catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

const resolve = createRequire(import.meta.url).resolve;

/** loadDataDir: a tarball written by dump() to start from (in memory) instead of an empty database. */
export async function startPgliteWorker(options: {
  dataDir: string | undefined;
  loadDataDir?: string;
  socketPath: string;
}): Promise<PgliteWorker> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      ...options,
      modules: {
        pglite: resolve('@electric-sql/pglite'),
        postgis: resolve('@electric-sql/pglite-postgis'),
        socket: resolve('@electric-sql/pglite-socket'),
      },
    },
  });
  const target = await new Promise<string>((done, fail) => {
    worker.once('error', fail);
    worker.once('message', (message: { target?: string; error?: string }) =>
      message.target ? done(message.target) : fail(new Error(message.error)),
    );
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  worker.on('error', (error) => console.error('[database] de ingebouwde database is gestopt met een fout', error));
  return {
    target,
    async dump(file) {
      const dumped = new Promise<void>((done) => worker.once('message', () => done()));
      worker.postMessage({ dump: file });
      await dumped;
    },
    async stop() {
      const stopped = new Promise<void>((done) => worker.once('message', () => done()));
      worker.postMessage('stop');
      await Promise.race([stopped, new Promise((done) => setTimeout(done, 10_000))]);
      await worker.terminate();
    },
  };
}
