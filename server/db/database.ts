/**
 * One way in to the database for the whole service: a TypeORM DataSource over `pg`,
 * pointed either at DATABASE_URL or at the embedded PGlite default.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { AppConfig, DatabaseMode } from '../config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { ENTITIES, MIGRATIONS } from './entities.js';

export interface Database {
  dataSource: DataSource;
  mode: DatabaseMode;
  close(): Promise<void>;
}

export interface ConnectOptions {
  url: string;
  mode: DatabaseMode;
  /** Abort statements that run longer than this (ms); protects the pool from runaway queries. */
  statementTimeoutMs?: number;
  /** Give up waiting for a connection after this long (ms), so requests fail fast while the database is down. */
  connectionTimeoutMs?: number;
}

export function createDataSource(options: ConnectOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    // PGlite is a single connection and its multiplexer does not isolate concurrent
    // transactions, so embedded mode gets a pool of exactly one.
    poolSize: options.mode === 'embedded' ? 1 : 10,
    // An idle client whose server went away (restart, failover) emits 'error' on the pool; without
    // a handler that would crash the process. The pool drops that client and connects anew.
    poolErrorHandler: (error: Error) => logPoolError(error),
    extra: {
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      // JIT compiles plans that cost more than ~100k; for the API's short queries the compile
      // time (tens of ms) outweighs any gain. PGlite has no JIT, so only set it on a server.
      ...(options.mode === 'postgres' ? { options: '-c jit=off' } : {}),
    },
  });
}

let lastPoolLog = 0;
/** One line per 10 s at most: a restart makes every idle client fail at once. */
function logPoolError(error: Error): void {
  if (Date.now() - lastPoolLog < 10_000) return;
  lastPoolLog = Date.now();
  console.warn(`[database] verbinding verbroken (${error.message}); nieuwe verbindingen worden opgebouwd`);
}

/** Connects (starting the embedded database when no URL is configured) and applies migrations. */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'> & { statementTimeoutMs?: number }): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  const url = config.databaseUrl ?? (embedded = await startEmbeddedDatabase({ dataDir: config.dataDir })).url;
  const mode: DatabaseMode = embedded ? 'embedded' : 'postgres';
  const dataSource = createDataSource({ url, mode, statementTimeoutMs: config.statementTimeoutMs });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    mode,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
