/**
 * A record's history from the audit log, pure: per entry who, when, what (aangemaakt, gewijzigd)
 * and which fields changed from what to what. Bookkeeping columns are left out.
 */
export interface AuditLike {
  actor: string;
  action: string;
  at: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface Change {
  field: string;
  from: string;
  to: string;
}

const BOOKKEEPING = new Set(['id', 'version', 'updated_at', 'created_at', 'import_id', 'geom']);
const ACTIONS: Record<string, string> = {
  create: 'aangemaakt',
  update: 'gewijzigd',
  delete: 'verwijderd',
  import: 'geïmporteerd',
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function changesOf(entry: AuditLike): Change[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !BOOKKEEPING.has(f));
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ field: f.replace(/_/g, ' '), from: show(before[f]), to: show(after[f]) }));
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
