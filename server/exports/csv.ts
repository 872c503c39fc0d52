/**
 * CSV writing in two dialects:
 * - 'standaard' (RFC 4180): comma separator, decimal point, no BOM — for scripts and tools;
 * - 'nl' (Dutch Excel): semicolon separator, decimal comma, UTF-8 BOM so Excel reads the
 *   accents right; text that Excel would run as a formula (=, +, -, @ first) gets a leading
 *   apostrophe. The standard dialect stays lossless.
 * Missing values are empty cells — never 0.
 */
export const CSV_DIALECTS = ['standaard', 'nl'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

interface DialectRules {
  separator: string;
  decimal: string;
  bom: string;
  guardFormulas: boolean;
}

const RULES: Record<CsvDialect, DialectRules> = {
  standaard: { separator: ',', decimal: '.', bom: '', guardFormulas: false },
  nl: { separator: ';', decimal: ',', bom: '\uFEFF', guardFormulas: true },
};

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[], dialect: CsvDialect): string {
  const rules = RULES[dialect];
  const line = (cells: Cell[]) => cells.map((cell) => quote(format(cell, rules), rules.separator)).join(rules.separator);
  const lines = [line([...columns]), ...rows.map((row) => line(columns.map((c) => row[c])))];
  return `${rules.bom}${lines.join('\r\n')}\r\n`;
}

function format(cell: Cell, rules: DialectRules): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', rules.decimal) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (Array.isArray(cell)) return cell.join('; ');
  const text = String(cell);
  return rules.guardFormulas && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
