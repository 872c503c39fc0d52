/**
 * CSV for the table twin, pure. Dutch spreadsheet conventions: ';' between fields, ',' as the
 * decimal sign, a UTF-8 byte-order mark so Excel reads "Fryslân" right. Missing stays empty
 * (never 0) with its reason in its own column; fields with ; " or line breaks are quoted.
 */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

export interface CsvOptions {
  /** Digits after the decimal sign for numbers (default: as they come, up to 2). */
  maxDecimals?: number;
  bom?: boolean;
}

const BOM = '\uFEFF';

export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[], options: CsvOptions = {}): string {
  const lines = [columns.map((c) => quote(c.header)).join(';')];
  for (const row of rows) {
    lines.push(columns.map((c) => quote(formatCell(c.value(row), options.maxDecimals ?? 2))).join(';'));
  }
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}

export function formatCell(value: string | number | null | undefined, maxDecimals: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const factor = 10 ** maxDecimals;
    return String(Math.round(value * factor) / factor).replace('.', ',');
  }
  return value;
}

function quote(field: string): string {
  // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(field) && !/^-?\d/.test(field) ? `'${field}` : field;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Starts a download of the text in the browser. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
