/**
 * Collects query parameters while a statement is composed from fixed fragments: every value
 * becomes a `$n` placeholder, so input can never become SQL text. Identifiers (tables, columns,
 * sort keys) come only from constants in code.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, e.g. `$3`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Joins conditions with AND; no conditions means every row. */
export function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? 'TRUE' : conditions.map((c) => `(${c})`).join(' AND ');
}
