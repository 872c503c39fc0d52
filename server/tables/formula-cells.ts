/**
 * Spreadsheet cells that a spreadsheet would run as formulas (=, +, -, @ first, also behind
 * spaces that the importer trims away) are refused, each as a row error with its line and
 * column: stored, such text would become a formula again in the next person's spreadsheet.
 * Refused rather than rewritten, because the sender should see and fix it, and a changed value
 * would no longer be what the delivery said. The rule is the CSV writer's (common/csv.ts), so
 * what the importer refuses is exactly what the writer guards.
 * GeoJSON properties are typed data, not spreadsheet cells, and pass as they are: our own
 * GeoJSON exports re-import unchanged, and every CSV the product writes guards such text.
 */
import { startsLikeFormula } from '../../common/csv.js';
import type { RowError } from './row-errors.js';
import type { Table } from './table-reader.js';

export function refuseFormulaCells(table: Table): { table: Table; errors: RowError[] } {
  if (table.format === 'geojson') return { table, errors: [] };
  const errors: RowError[] = [];
  const rows = table.rows.filter((row) => {
    const found = Object.entries(row.values).filter(([, value]) => startsLikeFormula(value.trim()));
    for (const [column, value] of found) errors.push({ line: row.line, column, reason: reasonFor(value.trim()) });
    return found.length === 0;
  });
  return { table: { ...table, rows }, errors };
}

function reasonFor(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const advice = 'laat het teken weg of begin met tekst';
  return `"${shown}" begint met "${value[0]}": een spreadsheet voert dat uit als formule; ${advice}`;
}
