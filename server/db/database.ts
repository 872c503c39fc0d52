/**
 * One way in to the database for the whole service: a TypeORM DataSource over `pg`,
 * pointed either at DATABASE_URL or at the embedded PGlite default.
 */
import 'reflect-metadata';
import { DataSource, type QueryRunner } from 'typeorm';
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
  const dataSource = new DataSource({
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
  if (options.mode === 'embedded') replaceConnectionAfterFailedTransaction(dataSource);
  return dataSource;
}

/**
 * Embedded only. After a statement fails inside a transaction (a unique violation, say), PGlite's
 * socket server (@electric-sql/pglite-socket 0.2.11) sends one CommandComplete too many; the next
 * statement on that connection would take it as its own, empty, result — the next request would
 * read nothing. So a query runner whose transaction saw a failed statement does not hand its
 * connection back to the pool: it releases it with the error, and pg closes it (the stray message
 * goes with it) and opens a fresh one for the next caller. This happens before the pool can give
 * the connection to anyone else. test/integration/embedded-protocol.test.ts shows the symptom.
 */
function replaceConnectionAfterFailedTransaction(dataSource: DataSource): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = create(mode) as QueryRunner & { releasePostgresConnection?: (error?: unknown) => Promise<void> };
    let failed: unknown;
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as { query: unknown }).query = async (...args: unknown[]) => {
      try {
        return await query(...args);
      } catch (error) {
        if (runner.isTransactionActive) failed = error;
        throw error;
      }
    };
    const release = runner.release.bind(runner);
    runner.release = () => (failed !== undefined && runner.releasePostgresConnection ? runner.releasePostgresConnection(failed) : release());
    return runner;
  };
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
