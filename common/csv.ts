/**
 * The one CSV writer, imported by the server (exports) and the web app (the table's download).
 * It lives in the top-level common/ because both sides import it and neither owns it: code here
 * uses no Node-only and no browser-only API (DESIGN: shared code lives in one top-level place
 * that server and web both import; geo/ is the same idea for geometry).
 *
 * csv-stringify does the quoting. Its browser build is imported on purpose: the Node build uses
 * the global Buffer, which a browser lacks, and the browser build runs in Node as it is.
 *
 * Dialects:
 * - 'standaard' (RFC 4180): comma separator, decimal point, UTF-8 BOM — LibreOffice and Excel
 *   take the BOM as "this is UTF-8" with their default import settings (without it LibreOffice
 *   shows "FryslÃ¢n"); csv-parse (bom: true), pandas and Python's utf-8-sig skip it;
 * - 'nl' (Dutch Excel): semicolon separator, decimal comma, UTF-8 BOM so Excel reads accents.
 * In every dialect, text that a spreadsheet would run as a formula gets a leading apostrophe
 * (OWASP, CSV injection): a CSV is opened in a spreadsheet sooner or later, whatever it was
 * made for. Numbers are written as numbers and never guarded, so -5 stays -5.
 * Missing values are empty cells — never 0.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export const CSV_DIALECTS = ['standaard', 'nl'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark; default: what the dialect says. */
  bom?: boolean;
}

interface DialectRules {
  delimiter: string;
  decimal: string;
  bom: boolean;
}

const RULES: Record<CsvDialect, DialectRules> = {
  standaard: { delimiter: ',', decimal: '.', bom: true },
  nl: { delimiter: ';', decimal: ',', bom: true },
};

const BOM = '\uFEFF';

/**
 * A formula starts with = + - @ (or their full-width forms, which Apple Numbers folds to them),
 * also after leading whitespace, which some spreadsheets and importers trim away. Tab and
 * carriage return first are guarded as OWASP advises.
 * A plain number ("-5", "+31", "-1,5") is not a formula: it stays as it is. csv-stringify's own
 * escape_formulas looks at the first character only (" =1+1" passes) and guards "-5" as text,
 * so the rule is here, once, for the writer and for the importer (server/imports).
 */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const CONTROL_START = /^[\t\r]/;
const PLAIN_NUMBER = /^\s*[+-]?\d+([.,]\d+)?\s*$/;

export function startsLikeFormula(text: string): boolean {
  return CONTROL_START.test(text) || (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text));
}

/** Header and records (cells in header order) as CSV text, each line ending in CRLF. */
export function writeCsv(
  header: readonly string[],
  records: readonly (readonly Cell[])[],
  dialect: CsvDialect,
  options: CsvOptions = {},
): string {
  const rules = RULES[dialect];
  const lines = [header, ...records].map((cells) => cells.map((cell) => cellText(cell, rules)));
  const text = stringify(lines, { delimiter: rules.delimiter, record_delimiter: 'windows' });
  return `${(options.bom ?? rules.bom) ? BOM : ''}${text}`;
}

/** Rows keyed by column name, written in the order of `columns`. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, Cell>[],
  dialect: CsvDialect,
  options: CsvOptions = {},
): string {
  return writeCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
    dialect,
    options,
  );
}

function cellText(cell: Cell, rules: DialectRules): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', rules.decimal) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return guarded(Array.isArray(cell) ? cell.join('; ') : String(cell));
}

function guarded(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
