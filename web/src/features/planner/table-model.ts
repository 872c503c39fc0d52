/**
 * The planner tables' rows, pure: a search over the text columns, filters on chosen columns
 * (status, dataset, advice) and a sort on any column, with empty values last either way. Shared
 * by the projects, VtW and case tables (PlannerTable.tsx), unit-tested.
 */
export type Cell = string | number | boolean | null;

export interface Column<R> {
  key: string;
  label: string;
  value: (row: R) => Cell;
  /** Offer a filter (a select of the values that occur) on this column. */
  filter?: boolean;
}

export interface TableState {
  search: string;
  filters: Record<string, string>;
  sort: { key: string; direction: 'asc' | 'desc' } | null;
}

export const EMPTY_TABLE_STATE: TableState = { search: '', filters: {}, sort: null };

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

export function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/** The distinct values of a column, sorted, for its filter. */
export function filterOptions<R>(rows: readonly R[], column: Column<R>): string[] {
  return [...new Set(rows.map((r) => cellText(column.value(r))).filter((v) => v !== ''))].sort(collator.compare);
}

export function visibleRows<R>(rows: readonly R[], columns: readonly Column<R>[], state: TableState): R[] {
  const words = state.search.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  const filtered = rows.filter((row) => {
    for (const [key, wanted] of Object.entries(state.filters)) {
      const column = columns.find((c) => c.key === key);
      if (wanted !== '' && column && cellText(column.value(row)) !== wanted) return false;
    }
    if (words.length === 0) return true;
    const text = columns
      .map((c) => cellText(c.value(row)))
      .join(' ')
      .toLocaleLowerCase('nl');
    return words.every((w) => text.includes(w));
  });
  const sort = state.sort;
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!sort || !column) return filtered;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...filtered].sort((a, b) => compareCells(column.value(a), column.value(b), sign));
}

function compareCells(a: Cell, b: Cell, sign: number): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * collator.compare(cellText(a), cellText(b));
}

/** The next sort after a click on a column's header: ascending, descending, ascending… */
export function nextSort(state: TableState, key: string): TableState['sort'] {
  if (state.sort?.key !== key) return { key, direction: 'asc' };
  return { key, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' };
}
