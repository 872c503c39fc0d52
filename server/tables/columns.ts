/**
 * Column names as deliveries actually come: Dutch or English, any case. Each importer names
 * the columns it needs with their accepted spellings; a missing required column is reported
 * as an error on line 1 (the header), so the whole file is refused with a clear reason.
 */
import type { Table, TableRow } from './table-reader.js';
import type { RowError } from './row-errors.js';

export interface ColumnSpec {
  key: string;
  aliases: string[];
  required?: boolean;
}

export interface ColumnMap {
  /** The header actually used for a key (for error messages), or undefined when absent. */
  header(key: string): string | undefined;
  get(row: TableRow, key: string): string;
  errors: RowError[];
}

export function mapColumns(table: Table, specs: ColumnSpec[]): ColumnMap {
  const found = new Map<string, string>();
  const errors: RowError[] = [];
  for (const spec of specs) {
    const header = [spec.key, ...spec.aliases].find((name) => table.columns.includes(name));
    if (header) found.set(spec.key, header);
    else if (spec.required)
      errors.push({
        line: 1,
        column: spec.key,
        reason: `kolom ontbreekt (toegestaan: ${[spec.key, ...spec.aliases].join(', ')})`,
      });
  }
  return {
    header: (key) => found.get(key),
    get: (row, key) => {
      const header = found.get(key);
      return header === undefined ? '' : (row.values[header] ?? '').trim();
    },
    errors,
  };
}
