/**
 * Starting the service so that a missing database does not stop it: the HTTP server listens at
 * once (health 503 "wachten", /graphql DATABASE_UNAVAILABLE) while the database is connected to
 * with exponential backoff; then migrations, seeds on first start, and the real app takes over.
 * Used by main.ts and by the fault tests (in-process, against a proxy they can cut).
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config.js';
import { loadTokens } from './auth/tokens.js';
import { retryWithBackoff } from './common/retry.js';
import { openDatabase, type Database } from './db/database.js';
import { createSchema } from './graphql/schema.js';
import { createApp, type App, type NodeHandler } from './http/app.js';
import { createHttpServer } from './http/server.js';
import { createShutdown } from './http/shutdown.js';
import { createStartingApp } from './http/starting-app.js';
import { needsSeeding, seedDatabase } from '../seeds/seed.js';

export interface Service {
  server: http.Server;
  port: number;
  /** Resolves when the database is connected and the API serves requests. */
  ready: Promise<void>;
  shutdown: () => Promise<void>;
}

export interface StartOptions {
  webRoot?: string;
  /** Retry pauses while the database is unreachable: 250 ms doubling up to this (ms). */
  maxRetryDelayMs?: number;
  log?: (message: string) => void;
}

export async function startService(config: AppConfig, options: StartOptions = {}): Promise<Service> {
  const log = options.log ?? ((m: string) => console.log(m));
  // Checked before listening: a bad API_TOKENS stops the process at once, not after the database is up.
  const tokens = loadTokens(process.env, { production: config.production, warn: (m) => console.warn(m) });
  if (config.production && !config.security.publicUrl) {
    log(
      'Let op: PUBLIC_URL is niet gezet; links in de OGC API en TileJSON zijn dan relatief (QGIS verwacht absolute links).',
    );
  }
  let attempts = 0;
  const starting = await createStartingApp({
    mode: config.databaseMode,
    attempts: () => attempts,
    security: config.security,
  });
  let handler: NodeHandler = starting.handler;
  const server = createHttpServer((req, res) => handler(req, res), {
    requestTimeoutMs: config.security.requestTimeoutMs,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  let database: Database | undefined;
  let app: App | undefined;
  let stopping = false;

  const ready = (async () => {
    database = await retryWithBackoff(
      () => {
        attempts++;
        if (stopping) throw new Error('gestopt');
        return openDatabase({
          ...config,
          statementTimeoutMs: config.security.statementTimeoutMs,
          lockTimeoutMs: config.security.lockTimeoutMs,
        });
      },
      {
        maxDelayMs: options.maxRetryDelayMs ?? 10_000,
        onRetry: (attempt, error, delay) =>
          log(
            `Database nog niet bereikbaar (poging ${attempt}: ${(error as Error).message}); opnieuw over ${delay} ms`,
          ),
      },
    );
    if (stopping) return;
    if (await needsSeeding(database.dataSource, config)) {
      log('Eerste start: brondata laden…');
      await seedDatabase(database.dataSource, config);
    }
    app = await createApp({
      database,
      schema: await createSchema(),
      webRoot: options.webRoot,
      defaultDataset: config.defaultDataset,
      isReady: () => !stopping,
      security: config.security,
      tokens,
    });
    handler = app.handler;
    await starting.close();
  })();

  const shutdown = createShutdown(server, {
    log,
    release: async () => {
      stopping = true;
      if (app) await app.close();
      else await starting.close();
      await database?.close();
    },
  });
  return { server, port: (server.address() as AddressInfo).port, ready, shutdown };
}
