/** Writes an AuditEntry; call inside the transaction of the change it records. */
import type { Queryable } from '../common/sql.js';

export interface AuditRecord {
  actor: string;
  action: 'create' | 'update' | 'delete' | 'import';
  entity: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
}

export async function writeAudit(db: Queryable, record: AuditRecord): Promise<void> {
  await db.query(
    `INSERT INTO audit_entry (actor, action, entity, entity_id, before, after) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
    [record.actor, record.action, record.entity, String(record.entityId), json(record.before), json(record.after)],
  );
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
