/**
 * /health for load balancers and operators: 200 when start-up work is done and the database
 * answers, 503 otherwise, with the state in Dutch-labelled fields. `database` is "up", "down"
 * (was connected, now unreachable) or "wachten" (start-up: still connecting, with backoff).
 * Data notices (e.g. coarse fallback boundaries) travel with the health metadata.
 */
import type { FastifyInstance } from 'fastify';
import type { DatabaseMode } from '../../config.js';
import type { Database } from '../../db/database.js';
import { listNotices } from '../../regions/data-notice.queries.js';

export async function healthRoutes(
  app: FastifyInstance,
  options: { database: Database; isReady: () => boolean },
): Promise<void> {
  app.get('/health', async (_request, reply) => {
    const database = await pingDatabase(options.database);
    const ready = options.isReady() && database;
    const notices = database ? await listNotices(options.database.dataSource).catch(() => []) : [];
    reply.code(ready ? 200 : 503);
    const status = ready ? 'ok' : database ? 'starting' : 'degraded';
    return { status, databaseMode: options.database.mode, database: database ? 'up' : 'down', notices };
  });
}

/** While the database is still being connected to at start-up (see startup.ts). */
export async function waitingHealthRoutes(
  app: FastifyInstance,
  options: { mode: DatabaseMode; attempts: () => number },
): Promise<void> {
  app.get('/health', async (_request, reply) => {
    reply.code(503);
    return {
      status: 'starting',
      databaseMode: options.mode,
      database: 'wachten',
      attempts: options.attempts(),
      notices: [],
    };
  });
}

async function pingDatabase(database: Database): Promise<boolean> {
  try {
    await database.dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
