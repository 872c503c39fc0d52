/**
 * One way in to the database for the whole service: a TypeORM DataSource over `pg`,
 * pointed either at DATABASE_URL or at the embedded PGlite default.
 */
import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import { DataSource, type QueryRunner } from 'typeorm';
import type { AppConfig, DatabaseMode } from '../config.js';
import { connectionHint, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { guardPool, unguarded, type ScopedDataSource } from './pool-guard.js';
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
  /**
   * Give up waiting for a lock after this long (ms): a table someone else holds locked answers
   * TIMEOUT at once instead of holding a connection until statement_timeout (PostgreSQL only).
   */
  lockTimeoutMs?: number;
  /** PostgreSQL only: named prepared statements for parameterised SQL (default true). */
  preparedStatements?: boolean;
  /**
   * Keep the pool's connections open while idle (pg closes them after 10 s). The service does so on
   * the embedded database: there the gateway admits 4 sessions in all, and psql or QGIS sessions
   * opened while the service was idle took every slot and locked the service out (53300).
   */
  keepIdleConnections?: boolean;
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
    poolSize: options.mode === 'embedded' ? 1 : POOL_SIZE,
    // An idle client whose server went away (restart, failover) emits 'error' on the pool; without
    // a handler that would crash the process. The pool drops that client and connects anew.
    poolErrorHandler: (error: Error) => logPoolError(error),
    extra: {
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      lock_timeout: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      ...(options.keepIdleConnections ? { idleTimeoutMillis: 0 } : {}),
      // JIT compiles plans that cost more than ~100k; for the API's short queries the compile
      // time (tens of ms) outweighs any gain. PGlite has no JIT, so only set it on a server.
      // Plans of prepared statements: PostgreSQL's own choice (see preparedStatements below).
      ...(options.mode === 'postgres' ? { options: '-c jit=off' } : {}),
    },
  });
  if (options.mode === 'embedded') replaceConnectionAfterFailedStatement(dataSource);
  else {
    if (options.preparedStatements ?? true) preparedStatements(dataSource);
    // One class of request holds at most 4 of the 10 connections, all GraphQL at most 8
    // (pool-guard.ts). Not on the embedded database: its one connection serves every statement
    // in turn anyway.
    const waitMs = options.connectionTimeoutMs ?? 5_000;
    classViews.set(dataSource, guardPool(dataSource, { perClass: 4, perFamily: POOL_SIZE - 2, waitMs }));
  }
  return dataSource;
}

const classViews = new WeakMap<DataSource, ScopedDataSource>();

/**
 * Views of a DataSource per class of request (pool-guard.ts): what the HTTP surfaces and each
 * GraphQL request query through. Without a guard (the embedded database) the DataSource itself.
 */
export function queryClassViews(dataSource: DataSource): ScopedDataSource {
  return classViews.get(dataSource) ?? unguarded(dataSource);
}

const POOL_SIZE = 10;
export const DEFAULT_LOCK_TIMEOUT_MS = 2_000;

/** Named statements per distinct SQL text; beyond this many texts, statements go unnamed. */
const MAX_PREPARED_TEXTS = 2_000;

/**
 * PostgreSQL only. The API's reads are a fixed set of parameterised SQL texts, so each is sent as
 * a named prepared statement (pg parses it once per connection and then only binds): PostgreSQL
 * skips parsing and analysis on every later call, ~0.1 ms of a 0.3 ms site search (bench/notes.md).
 * Plans: PostgreSQL's default (plan_cache_mode auto) plans the first five calls for their values,
 * then keeps a generic plan only where its estimate is no worse. For the API's short reads the
 * planning was as costly as the run (0.95 ms planning against 1.4 ms for a site list with its
 * organisations); with generic plans the radius search served 1.2-1.5x the requests per second and
 * the Zwolle polygon 1.05-1.3x (bench/plan-pgl.mjs, one run, two builds; BENCHMARKS.md). The tile
 * functions, where a generic plan was five times slower, force custom plans themselves
 * (migration 1763800009100). Parameterless texts stay unnamed: they may hold
 * several statements, which a prepared statement cannot. Not on the embedded database: its socket
 * server shares one session between connections, where one connection's names would clash with
 * another's. DATABASE_PREPARED_STATEMENTS=false turns them off (a pooler in transaction mode).
 */
function preparedStatements(dataSource: DataSource): void {
  const names = new Map<string, string>();
  // A prefix per process: a postgres:// URL may lead to the embedded database's socket server
  // (the import CLI beside a running server), where every connection shares one session.
  const prefix = `rp_${randomBytes(3).toString('hex')}_`;
  let enabled = true;
  const query = dataSource.query.bind(dataSource) as (
    query: unknown,
    parameters?: unknown[],
    queryRunner?: QueryRunner,
  ) => Promise<unknown>;
  (dataSource as { query: unknown }).query = async (sql: string, parameters?: unknown[], queryRunner?: QueryRunner) => {
    if (!enabled || !parameters?.length) return query(sql, parameters, queryRunner);
    let name = names.get(sql);
    if (name === undefined && names.size < MAX_PREPARED_TEXTS) names.set(sql, (name = `${prefix}${names.size + 1}`));
    if (!name) return query(sql, parameters, queryRunner);
    try {
      return await query({ name, text: sql }, parameters, queryRunner);
    } catch (error) {
      // 42P05: the name exists in this session already, which happens only where connections
      // share a session (see above): such a server gets unnamed statements from now on.
      if ((error as { driverError?: { code?: string } }).driverError?.code !== '42P05') throw error;
      enabled = false;
      console.warn('[database] deze server deelt sessies tussen verbindingen: prepared statements staan uit');
      return query(sql, parameters, queryRunner);
    }
  };
}

/**
 * Embedded only. After a statement fails inside a transaction (a unique violation, say), PGlite's
 * socket server (@electric-sql/pglite-socket 0.2.11) sends one CommandComplete too many; the next
 * statement on that connection would take it as its own, empty, result — the next request would
 * read nothing. So a query runner whose transaction saw a failed statement does not hand its
 * connection back to the pool: it releases it with the error, and pg closes it (the stray message
 * goes with it) and opens a fresh one for the next caller. This happens before the pool can give
 * the connection to anyone else. test/integration/embedded-protocol.test.ts shows the symptom.
 * A statement that fails outside a transaction is treated alike: its connection is replaced too.
 * We have not caught a stray message there, but one request's answer reaching another would be a
 * leak, and a fresh connection after a rare failure costs a few milliseconds.
 */
function replaceConnectionAfterFailedStatement(dataSource: DataSource): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = create(mode) as QueryRunner & { releasePostgresConnection?: (error?: unknown) => Promise<void> };
    let failed: unknown;
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as { query: unknown }).query = async (...args: unknown[]) => {
      try {
        return await query(...args);
      } catch (error) {
        failed = error;
        throw error;
      }
    };
    const release = runner.release.bind(runner);
    runner.release = () =>
      failed !== undefined && runner.releasePostgresConnection ? runner.releasePostgresConnection(failed) : release();
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
type OpenConfig = Pick<AppConfig, 'databaseUrl' | 'dataDir'> &
  Partial<Pick<AppConfig, 'preparedStatements' | 'embeddedDbPort'>>;

export async function openDatabase(
  config: OpenConfig & { statementTimeoutMs?: number; lockTimeoutMs?: number },
): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  const start = () => startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedDbPort });
  const url = config.databaseUrl ?? (embedded = await start()).url;
  if (embedded) console.log(connectionHint(embedded));
  const mode: DatabaseMode = embedded ? 'embedded' : 'postgres';
  const dataSource = createDataSource({
    url,
    mode,
    statementTimeoutMs: config.statementTimeoutMs,
    lockTimeoutMs: config.lockTimeoutMs,
    preparedStatements: config.preparedStatements,
    keepIdleConnections: mode === 'embedded',
  });
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
