/**
 * Reads one of the project's seed CSVs and checks what every seed row must have: the columns
 * the loader needs and a source URL. All problems are reported together, with file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsvTable, type TableRow } from './table-reader.js';

export class SeedFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seedbestand ongeldig:\n  - ${problems.join('\n  - ')}`);
    this.name = 'SeedFileError';
  }
}

export function readSeedCsv(file: string, required: string[], options: { sourceColumn?: string } = {}): TableRow[] {
  const name = path.basename(file);
  const table = parseCsvTable(fs.readFileSync(file, 'utf8'), file);
  const missing = required.filter((c) => !table.columns.includes(c));
  if (missing.length > 0) throw new SeedFileError([`${name}: kolommen ontbreken: ${missing.join(', ')}`]);
  const sourceColumn = options.sourceColumn ?? 'source_url';
  const problems = table.rows
    .filter((row) => !/^https?:\/\/\S+$/.test(row.values[sourceColumn] ?? ''))
    .map((row) => `${name}, regel ${row.line}: ${sourceColumn} ontbreekt of is geen URL`);
  if (problems.length > 0) throw new SeedFileError(problems);
  return table.rows;
}

/** Empty text → null; the sources' "missing" stays missing. */
export function orNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

/** 'totaal' (all sectors) is stored as NULL sector, as fte_count and the aggregation expect. */
export function sectorOrNull(value: string | undefined): string | null {
  const sector = orNull(value);
  return sector === 'totaal' ? null : sector;
}
