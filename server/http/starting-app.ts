/**
 * What the HTTP server answers while the database is still being connected to at start-up:
 * /health says 503 with database "wachten"; every other request a typed 503
 * DATABASE_UNAVAILABLE with Retry-After. The real app replaces this handler once the database is
 * ready (startup.ts).
 */
import type { DatabaseMode } from '../config.js';
import type { SecurityConfig } from '../config-security.js';
import { HttpError, MESSAGES, RETRY_AFTER_S } from '../common/public-error.js';
import type { App } from './app.js';
import { createBaseApp } from './base.js';
import { waitingHealthRoutes } from './routes/health.js';

export interface StartingAppOptions {
  mode: DatabaseMode;
  attempts: () => number;
  security: SecurityConfig;
}

export async function createStartingApp(options: StartingAppOptions): Promise<Omit<App, 'apollo'>> {
  const app = await createBaseApp(options.security);
  await app.register(waitingHealthRoutes, options);
  app.setNotFoundHandler(async () => {
    throw new HttpError({
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
      message: MESSAGES.starting,
      retryAfter: RETRY_AFTER_S,
    });
  });
  await app.ready();
  return { handler: (req, res) => app.routing(req, res), close: () => app.close() };
}
