/**
 * Entry point: configuration, database (embedded or DATABASE_URL), migrations, seeds on first
 * start, then one HTTP server for the API and the web app.
 */
import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, redactUrl } from './config.js';
import { openDatabase } from './db/database.js';
import { createSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import { needsSeeding, seedDatabase } from '../seeds/seed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const WEB_ROOT = path.resolve(here, '..', 'web');

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  console.log(config.databaseUrl ? `Database: ${redactUrl(config.databaseUrl)}` : `Database: ingebouwd (PGlite + PostGIS) in ${config.dataDir}`);
  const database = await openDatabase(config);
  let ready = false;
  if (await needsSeeding(database.dataSource, config)) {
    console.log('Eerste start: brondata laden…');
    await seedDatabase(database.dataSource, config);
  }
  const schema = await createSchema();
  const app = await createApp({ database, schema, webRoot: WEB_ROOT, isReady: () => ready });
  const server = http.createServer(app.express);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  ready = true;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Rijkspresentie draait op http://localhost:${port}/ (GraphQL: http://localhost:${port}/graphql) — gestart in ${Date.now() - started} ms`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: lopende verzoeken afronden en stoppen…`);
    ready = false;
    server.close();
    server.closeIdleConnections();
    await app.apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Starten mislukt:', error);
  }
  process.exit(1);
});
