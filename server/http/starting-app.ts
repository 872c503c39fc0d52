/**
 * What the HTTP server answers while the database is still being connected to at start-up:
 * /health says 503 with database "wachten"; /graphql a typed DATABASE_UNAVAILABLE error (503);
 * every other route a short 503. The real app replaces this handler once the database is ready.
 */
import express, { type Express } from 'express';
import type { DatabaseMode } from '../config.js';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../graphql/format-error.js';
import { waitingHealthHandler } from './health.js';
import { securityHeaders } from './security.js';

export function createStartingApp(options: { mode: DatabaseMode; attempts: () => number; production: boolean; basemapOrigins?: string[] }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders({ production: options.production, basemapOrigins: options.basemapOrigins }));
  app.get('/health', waitingHealthHandler(options));
  app.use((req, res) => {
    res.setHeader('Retry-After', '5');
    const body = { errors: [{ message: `${DATABASE_UNAVAILABLE_MESSAGE} (de dienst start nog)`, extensions: { code: 'DATABASE_UNAVAILABLE' } }] };
    if (req.path.startsWith('/graphql')) res.status(503).json(body);
    else res.status(503).type('text/plain').send('De dienst start nog; probeer het over enkele seconden opnieuw.');
  });
  return app;
}
