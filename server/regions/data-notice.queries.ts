/**
 * Notices about the data as loaded (e.g. "coarse fallback boundaries"), for the log and for the
 * API's metadata. One notice per topic; clearing it says the condition is gone.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';

export interface DataNotice {
  topic: string;
  level: 'info' | 'waarschuwing';
  message: string;
}

export async function setNotice(db: Queryable, notice: DataNotice): Promise<void> {
  await db.query(
    `INSERT INTO data_notice (topic, level, message) VALUES ($1, $2, $3)
     ON CONFLICT (topic) DO UPDATE SET level = EXCLUDED.level, message = EXCLUDED.message, created_at = now()`,
    [notice.topic, notice.level, notice.message],
  );
}

export async function clearNotice(db: Queryable, topic: string): Promise<void> {
  await db.query('DELETE FROM data_notice WHERE topic = $1', [topic]);
}

/** All current notices, warnings first: what /health or the GraphQL metadata should show. */
export async function listNotices(db: Queryable): Promise<DataNotice[]> {
  return queryRows<DataNotice>(
    db,
    `SELECT topic, level, message FROM data_notice ORDER BY level = 'waarschuwing' DESC, topic`,
  );
}
