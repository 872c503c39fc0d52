/** Sorting for the table twin, pure: missing values always last, whatever the direction. */
export type SortKey = 'name' | 'code' | 'value' | 'fte';
export type SortDir = 'asc' | 'desc';

export interface Sortable {
  name: string;
  code: string;
  value: number | null;
  fte: number | null;
}

export function sortRows<T extends Sortable>(rows: T[], key: SortKey, dir: SortDir): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return a.name.localeCompare(b.name, 'nl');
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y), 'nl');
    return order === 0 ? a.name.localeCompare(b.name, 'nl') : sign * order;
  });
}
