/**
 * XLSX deliveries through exceljs (maintained; the abandoned `xlsx` 0.18 has open advisories).
 * Reads the first worksheet: row 1 is the header, later rows are data, blank rows are skipped.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { normaliseHeader, TableReadError, type Table } from './table.js';

export async function readXlsxTable(file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new TableReadError(file, null, `geen leesbaar XLSX-bestand (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new TableReadError(file, null, 'het werkblad is leeg');
  const header = sheet.getRow(1);
  const columns: string[] = [];
  header.eachCell({ includeEmpty: true }, (cell, col) => {
    columns[col - 1] = normaliseHeader(cellToString(cell.value));
  });
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      values[column] = cellToString(row.getCell(i + 1).value);
    });
    if (Object.values(values).some((v) => v !== '')) rows.push({ line, values });
  });
  return { columns, rows, format: 'xlsx' };
}

/** Cell value as the text a person means: dates as YYYY-MM-DD, formulas by their result. */
export function cellToString(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellToString(value.result as CellValue);
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}
