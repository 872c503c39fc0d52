/**
 * Import kind "profiles": a region's development profile (kernkwaliteiten, kansen). One profile
 * per region code (uq_region_profile_region): a newer delivery updates the region's profile instead
 * of adding a second. Profiles are published reference data: a --demo delivery is refused.
 */
import { isFullDate } from '../common/partial-date.js';
import { queryRows } from '../common/sql.js';
import { mapColumns, type ColumnSpec } from '../tables/columns.js';
import { FieldError, RowErrorCollector } from '../tables/row-errors.js';
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
  datasets: ['gepubliceerd'],
  async prepare({ db, table }) {
    const columns = mapColumns(table, COLUMNS);
    if (columns.errors.length > 0) return { records: [], errors: columns.errors };
    const known = new Set(
      (await queryRows<{ code: string }>(db, 'SELECT DISTINCT code FROM region')).map((r) => r.code),
    );
    const collector = new RowErrorCollector();
    const records: ProfileRecord[] = [];
    for (const row of table.rows) {
      const code = columns.get(row, 'regio').toUpperCase();
      const qualities = columns
        .get(row, 'kernkwaliteiten')
        .split(/[;|]/)
        .map((q) => q.trim())
        .filter(Boolean);
      const received = collector.field(row.line, 'ontvangen_op', () => optionalDate(columns.get(row, 'ontvangen_op')));
      if (!known.has(code))
        collector.add(row.line, 'regio', `onbekende regiocode "${code}" (bijvoorbeeld PV22, CR07, GM0106)`);
      if (qualities.length === 0) collector.add(row.line, 'kernkwaliteiten', 'minstens één kernkwaliteit');
      if (!known.has(code) || qualities.length === 0 || received === undefined) continue;
      records.push({
        line: row.line,
        region_code: code,
        core_qualities: qualities,
        opportunities: columns.get(row, 'kansen') || null,
        received_on: received,
        source: columns.get(row, 'bron') || null,
      });
    }
    return { records, errors: collector.sorted() };
  },
  async write(manager, records, context) {
    for (const r of records) {
      // Upsert on the region; an unchanged profile keeps its version and provenance.
      await manager.query(
        `INSERT INTO region_profile AS p (region_code, core_qualities, opportunities, received_on, source, import_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT uq_region_profile_region DO UPDATE SET core_qualities = EXCLUDED.core_qualities, opportunities = EXCLUDED.opportunities,
           received_on = EXCLUDED.received_on, source = EXCLUDED.source, import_id = EXCLUDED.import_id, version = p.version + 1
         WHERE (p.core_qualities, p.opportunities, p.received_on, p.source)
               IS DISTINCT FROM (EXCLUDED.core_qualities, EXCLUDED.opportunities, EXCLUDED.received_on, EXCLUDED.source)`,
        [r.region_code, r.core_qualities, r.opportunities, r.received_on, r.source, context.importId],
      );
    }
    return records.length;
  },
};

function optionalDate(text: string): string | null {
  if (text === '') return null;
  if (!isFullDate(text)) throw new FieldError(`"${text}" is geen bestaande datum (JJJJ-MM-DD)`);
  return text;
}
