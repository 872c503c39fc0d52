/**
 * The embedded default: PGlite with PostGIS, persisted in a data folder and exposed on a
 * loopback port through PGlite's socket server. The application then speaks `pg` to it
 * exactly as to a real server, so both modes share every query, migration and test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the database files; undefined keeps everything in memory (tests). */
  dataDir?: string;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir: options.dataDir ? path.join(options.dataDir, 'pglite') : undefined,
    extensions: { postgis },
  });
  // The service itself keeps one connection (pool of one). A few more slots let a new
  // connection in while a closed one is still being detached: with the default of 1 the OS
  // refuses it ("Connection terminated unexpectedly").
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  // getServerConn() answers "127.0.0.1:<port>" once listening on the OS-assigned port.
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  return {
    url,
    async stop() {
      await server.stop();
      // Socket handlers detach on setImmediate and still touch the database; let them finish.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await db.close();
    },
  };
}
