/**
 * Import kind "profiles": a region's development profile (kernkwaliteiten, kansen). One profile
 * per region code: a newer delivery updates the region's profile instead of adding a second.
 */
import { queryRows } from '../common/sql.js';
import { mapColumns, type ColumnSpec } from './columns.js';
import { FieldError, RowErrorCollector } from './row-errors.js';
import type { ImportHandler } from './import-handler.js';

const COLUMNS: ColumnSpec[] = [
  { key: 'regio', aliases: ['region', 'regiocode', 'region_code'], required: true },
  { key: 'kernkwaliteiten', aliases: ['core_qualities'], required: true },
  { key: 'kansen', aliases: ['opportunities'] },
  { key: 'ontvangen_op', aliases: ['received_on'] },
  { key: 'bron', aliases: ['source', 'source_url'] },
];

interface ProfileRecord {
  line: number;
  region_code: string;
  core_qualities: string[];
  opportunities: string | null;
  received_on: string | null;
  source: string | null;
}

export const profileImport: ImportHandler<ProfileRecord> = {
  kind: 'profiles',
  async prepare({ db, table }) {
    const columns = mapColumns(table, COLUMNS);
    if (columns.errors.length > 0) return { records: [], errors: columns.errors };
    const known = new Set((await queryRows<{ code: string }>(db, 'SELECT DISTINCT code FROM region')).map((r) => r.code));
    const collector = new RowErrorCollector();
    const records: ProfileRecord[] = [];
    for (const row of table.rows) {
      const code = columns.get(row, 'regio').toUpperCase();
      const qualities = columns.get(row, 'kernkwaliteiten').split(/[;|]/).map((q) => q.trim()).filter(Boolean);
      const received = collector.field(row.line, 'ontvangen_op', () => optionalDate(columns.get(row, 'ontvangen_op')));
      if (!known.has(code)) collector.add(row.line, 'regio', `onbekende regiocode "${code}" (bijvoorbeeld PV22, CR07, GM0106)`);
      if (qualities.length === 0) collector.add(row.line, 'kernkwaliteiten', 'minstens één kernkwaliteit');
      if (!known.has(code) || qualities.length === 0 || received === undefined) continue;
      records.push({ line: row.line, region_code: code, core_qualities: qualities, opportunities: columns.get(row, 'kansen') || null, received_on: received, source: columns.get(row, 'bron') || null });
    }
    return { records, errors: collector.sorted() };
  },
  async write(manager, records, context) {
    for (const r of records) {
      const params = [r.region_code, r.core_qualities, r.opportunities, r.received_on, r.source, context.importId];
      const updated = await manager.query(
        `UPDATE region_profile SET core_qualities = $2, opportunities = $3, received_on = $4, source = $5, import_id = $6, version = version + 1
          WHERE id = (SELECT id FROM region_profile WHERE region_code = $1 ORDER BY id DESC LIMIT 1) RETURNING id`, params);
      if ((updated as unknown[]).length === 0 || (Array.isArray(updated[0]) && updated[0].length === 0)) {
        await manager.query(`INSERT INTO region_profile (region_code, core_qualities, opportunities, received_on, source, import_id) VALUES ($1, $2, $3, $4, $5, $6)`, params);
      }
    }
    return records.length;
  },
};

function optionalDate(text: string): string | null {
  if (text === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) throw new FieldError(`"${text}" is geen datum (JJJJ-MM-DD)`);
  return text;
}
