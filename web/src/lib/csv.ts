/**
 * CSV for the table twin: the Dutch spreadsheet dialect of the one CSV writer (common/csv.ts:
 * ';' between fields, ',' as the decimal sign, a UTF-8 byte-order mark so Excel reads "Fryslân"
 * right, formulas defused). Missing stays empty (never 0) with its reason in its own column.
 * This module only picks the cells and rounds figures for display. The writer loads on first
 * use: csv-stringify's browser build (~11 KB gzipped) then stays out of the app's first load.
 */
import type { Cell } from '../../../common/csv.js';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

export interface CsvOptions {
  /** Digits after the decimal sign for numbers (default: as they come, up to 2). */
  maxDecimals?: number;
  bom?: boolean;
}

export async function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[], options: CsvOptions = {}): Promise<string> {
  const { writeCsv } = await import('../../../common/csv.js');
  const factor = 10 ** (options.maxDecimals ?? 2);
  const rounded = (value: string | number | null | undefined): Cell => {
    return typeof value === 'number' ? Math.round(value * factor) / factor : value;
  };
  const records = rows.map((row) => columns.map((c) => rounded(c.value(row))));
  return writeCsv(
    columns.map((c) => c.header),
    records,
    'nl',
    { bom: options.bom ?? true },
  );
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
