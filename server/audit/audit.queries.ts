/** Reads of the audit log (audit_entry): who changed what, when, before and after. No geometry. */
import { sql, val, whereAll, type Queryable, type SQL } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { listPage, type PageRows } from '../search/paging.js';

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
export async function searchAudit(
  db: Queryable,
  f: { entity?: string; entityId?: string; actor?: string },
  page: Page,
): Promise<PageRows<AuditRow>> {
  const c: SQL[] = [];
  if (f.entity) c.push(sql`a.entity = ${val(f.entity)}`);
  if (f.entityId) c.push(sql`a.entity_id = ${val(f.entityId)}`);
  if (f.actor) c.push(sql`a.actor = ${val(f.actor)}`);
  return listPage<AuditRow>(
    db,
    {
      columns: sql`a.id::text AS id, a.actor, a.action, a.entity, a.entity_id, a.before, a.after, a.at`,
      from: sql`audit_entry a`,
      where: whereAll(c),
      orderBy: sql`a.id DESC`,
    },
    page,
  );
}
