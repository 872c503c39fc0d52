/**
 * /health for load balancers and operators: 200 when start-up work is done and the database
 * answers, 503 otherwise, with the state in Dutch-labelled fields. `database` is "up", "down"
 * (was connected, now unreachable) or "wachten" (start-up: still connecting, with backoff).
 * Data notices (e.g. coarse fallback boundaries) travel with the health metadata.
 */
import type { RequestHandler } from 'express';
import type { DatabaseMode } from '../config.js';
import type { Database } from '../db/database.js';
import { listNotices } from '../regions/data-notice.queries.js';

export function healthHandler(options: { database: Database; isReady: () => boolean }): RequestHandler {
  return async (_req, res) => {
    const database = await pingDatabase(options.database);
    const ready = options.isReady() && database;
    const notices = database ? await listNotices(options.database.dataSource).catch(() => []) : [];
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : database ? 'starting' : 'degraded', databaseMode: options.database.mode, database: database ? 'up' : 'down', notices });
  };
}

/** While the database is still being connected to at start-up (see startup.ts). */
export function waitingHealthHandler(options: { mode: DatabaseMode; attempts: () => number }): RequestHandler {
  return (_req, res) => {
    res.status(503).json({ status: 'starting', databaseMode: options.mode, database: 'wachten', attempts: options.attempts(), notices: [] });
  };
}

async function pingDatabase(database: Database): Promise<boolean> {
  try {
    await database.dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
