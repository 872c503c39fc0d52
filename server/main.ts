/**
 * Entry point: configuration, then the HTTP server (which answers at once, 503 while the
 * database is not yet reachable), then database (embedded or DATABASE_URL), migrations and seeds
 * on first start — see startup.ts. SIGTERM / SIGINT drain in-flight requests before stopping.
 */
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, redactUrl } from './config.js';
import { startService } from './startup.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const WEB_ROOT = path.resolve(here, '..', 'web');

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  console.log(
    config.databaseUrl
      ? `Database: ${redactUrl(config.databaseUrl)}`
      : `Database: ingebouwd (PGlite + PostGIS) in ${config.dataDir}`,
  );
  const service = await startService(config, { webRoot: WEB_ROOT });
  const stop = (signal: string) => {
    console.log(`${signal} ontvangen`);
    service.shutdown().then(
      () => process.exit(0),
      (error) => {
        console.error('Stoppen mislukt:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  console.log(`Luistert op http://localhost:${service.port}/ — wacht op de database…`);
  await service.ready;
  console.log(
    `Rijkspresentie draait op http://localhost:${service.port}/ (GraphQL: http://localhost:${service.port}/graphql) — gestart in ${Date.now() - started} ms`,
  );
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Starten mislukt:', error);
  }
  process.exit(1);
});
