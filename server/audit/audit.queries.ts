/** Reads of the audit log (audit_entry): who changed what, when, before and after. No geometry. */
import type { Queryable } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';

export interface AuditRow {
  id: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: Date;
}

/** Newest first (by id, which follows commit order within one database). */
export async function searchAudit(db: Queryable, f: { entity?: string; entityId?: string; actor?: string }, page: Page): Promise<PageRows<AuditRow>> {
  const params = new SqlParams();
  const c: string[] = [];
  if (f.entity) c.push(`a.entity = ${params.add(f.entity)}`);
  if (f.entityId) c.push(`a.entity_id = ${params.add(f.entityId)}`);
  if (f.actor) c.push(`a.actor = ${params.add(f.actor)}`);
  return listPage<AuditRow>(db, params, { columns: 'a.id::text AS id, a.actor, a.action, a.entity, a.entity_id, a.before, a.after, a.at', from: 'audit_entry a', where: whereClause(c), orderBy: 'a.id DESC' }, page);
}
