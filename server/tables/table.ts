/**
 * A delivered table as rows keyed by normalised header, and the error that points at its line.
 * Its own module so that the readers (table-reader.ts, xlsx-reader.ts) share it without a cycle.
 */
import path from 'node:path';

export interface TableRow {
  line: number;
  values: Record<string, string>;
}

export interface Table {
  columns: string[];
  rows: TableRow[];
  /** Where the rows came from: spreadsheet cells (csv, xlsx) or typed GeoJSON properties. */
  format?: 'csv' | 'xlsx' | 'geojson';
}

export class TableReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(line === null ? `${path.basename(file)}: ${message}` : `${path.basename(file)}, regel ${line}: ${message}`);
    this.name = 'TableReadError';
  }
}

export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, '_');
}
