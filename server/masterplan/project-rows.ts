/**
 * Masterplan projects (seed masterplan_projecten.csv and import kind "projects"). The kind as
 * written ("renovatie + uitbreiding (PPS/DBFMO)") is kept; our category is the first of the
 * words nieuwbouw, renovatie, afstoot, aankoop, rijksontmoetingsplein that occurs in it, else
 * overig. A place that is no gemeente is an error, except "landelijk" (a national project).
 */
import type { ProjectKind } from '../../common/domain.js';
import { mapColumns, type ColumnSpec } from '../tables/columns.js';
import { RowErrorCollector, type RowError } from '../tables/row-errors.js';
import type { Table } from '../tables/table-reader.js';
import { parseOptionalInt, requireText } from '../tables/values.js';
import type { GemeenteResolver } from '../regions/gemeente-resolver.service.js';

export const PROJECT_COLUMNS: ColumnSpec[] = [
  { key: 'masterplan', aliases: [] },
  { key: 'project', aliases: ['naam', 'name'], required: true },
  { key: 'plaats', aliases: ['city', 'gemeente'], required: true },
  { key: 'soort', aliases: ['kind'], required: true },
  { key: 'status', aliases: [], required: true },
  { key: 'periode', aliases: ['period'] },
  { key: 'werkplekken', aliases: ['workplaces'] },
  { key: 'source_url', aliases: ['bron'], required: true },
  { key: 'note', aliases: ['toelichting'] },
];

const KIND_WORDS: ProjectKind[] = ['nieuwbouw', 'renovatie', 'afstoot', 'aankoop', 'rijksontmoetingsplein'];

export function projectKind(asWritten: string): ProjectKind {
  const text = asWritten.toLowerCase();
  const found = KIND_WORDS.map((word) => ({ word, at: text.indexOf(word) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at);
  return found[0]?.word ?? 'overig';
}

export interface ProjectRecord {
  line: number;
  masterplan: string | null;
  name: string;
  city: string;
  gemeenteCode: string | null;
  kind: ProjectKind;
  kindAsWritten: string;
  status: string;
  period: string | null;
  plannedWorkplaces: number | null;
  sourceUrl: string;
  note: string | null;
}

export function validateProjectRows(
  table: Table,
  gemeenten: GemeenteResolver,
): { records: ProjectRecord[]; errors: RowError[] } {
  const columns = mapColumns(table, PROJECT_COLUMNS);
  if (columns.errors.length > 0) return { records: [], errors: columns.errors };
  const collector = new RowErrorCollector();
  const records: ProjectRecord[] = [];
  for (const row of table.rows) {
    const get = (key: string) => columns.get(row, key);
    const before = collector.errors.length;
    const name = collector.field(row.line, 'project', () => requireText(get('project'), 'project'));
    const kindAsWritten = collector.field(row.line, 'soort', () => requireText(get('soort'), 'soort'));
    const status = collector.field(row.line, 'status', () => requireText(get('status'), 'status'));
    const workplaces = collector.field(row.line, 'werkplekken', () =>
      parseOptionalInt(get('werkplekken'), 'werkplekken'),
    );
    const city = get('plaats');
    const national = city.toLowerCase() === 'landelijk';
    const gemeente = national ? null : gemeenten.resolve(city);
    if (!national && !gemeente)
      collector.add(row.line, 'plaats', `plaats "${city}" is geen bekende CBS-gemeente en staat niet in de aliastabel`);
    if (!/^https?:\/\/\S+$/.test(get('source_url'))) collector.add(row.line, 'source_url', 'bron (URL) ontbreekt');
    if (collector.errors.length > before || !name || !kindAsWritten || !status) continue;
    records.push({
      line: row.line,
      masterplan: get('masterplan') || null,
      name,
      city,
      gemeenteCode: gemeente?.code ?? null,
      kind: projectKind(kindAsWritten),
      kindAsWritten,
      status,
      period: get('periode') || null,
      plannedWorkplaces: workplaces ?? null,
      sourceUrl: get('source_url'),
      note: get('note') || null,
    });
  }
  return { records, errors: collector.sorted() };
}
