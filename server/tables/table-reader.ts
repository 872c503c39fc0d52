/**
 * Reads a delivery (CSV or XLSX) into rows keyed by lower-cased header, each with the line
 * number a person sees in a spreadsheet (header = line 1), so every error can point at it.
 * CSV: comma or semicolon (Dutch Excel exports use ';'), UTF-8 with or without BOM. Any other
 * encoding (Latin-1 / Windows-1252, Excel's "CSV (gescheiden door lijstscheidingsteken)") is
 * refused, naming the first line that is not UTF-8: guessing the encoding could store a wrong
 * letter as silently as U+FFFD did, and the fix (save as "CSV UTF-8") is one click for the sender.
 * XLSX: the first worksheet, read with exceljs; dates become YYYY-MM-DD.
 * GeoJSON: a FeatureCollection of Points (what /export/<collection>.geojson gives); each feature
 * is a row of its properties plus lon/lat, and its "line" is its number in the collection.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { normaliseHeader, TableReadError, type Table } from './table.js';
import { readXlsxTable } from './xlsx-reader.js';

export { normaliseHeader, TableReadError, type Table, type TableRow } from './table.js';

/** Refuses a path that is not a readable file, before anything hashes or parses it. */
export function requireReadableFile(file: string): void {
  if (!fs.existsSync(file)) throw new TableReadError(file, null, 'bestand bestaat niet');
  if (!fs.statSync(file).isFile()) throw new TableReadError(file, null, 'dit is geen bestand (een map?)');
}

export async function readTable(file: string): Promise<Table> {
  requireReadableFile(file);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return readXlsxTable(file);
  if (extension === '.csv' || extension === '.txt') return parseCsvTable(readUtf8(file), file);
  if (extension === '.geojson' || extension === '.json') return parseGeoJsonTable(readUtf8(file), file);
  throw new TableReadError(file, null, `onbekend bestandstype "${extension}" (verwacht .csv, .xlsx of .geojson)`);
}

/** The file as text, or a TableReadError at the first line that is not valid UTF-8. */
export function readUtf8(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decoded leniently, the first invalid byte is the first U+FFFD; its line is what a person opens.
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new TableReadError(
      file,
      line,
      'het bestand is niet in UTF-8 gecodeerd (waarschijnlijk Latin-1 of Windows-1252, ' +
        'zodat letters als é verkeerd zouden worden opgeslagen). Sla het op als "CSV UTF-8" en lever het opnieuw; er is niets geschreven',
    );
  }
}

export function parseCsvTable(text: string, file = 'invoer.csv'): Table {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // No trim here: csv-parse's trim doubles the parse time; values are trimmed where they are read.
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as never;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw new TableReadError(file, line, `geen geldige CSV (${(error as Error).message})`);
  }
  if (records.length === 0) throw new TableReadError(file, null, 'het bestand is leeg');
  const columns = records[0]!.record.map(normaliseHeader);
  const rows = records.slice(1).map(({ record, info }) => {
    if (record.length > columns.length && record.slice(columns.length).some((v) => v !== '')) {
      throw new TableReadError(
        file,
        info.lines,
        `${record.length} velden, maar de kopregel heeft er ${columns.length}`,
      );
    }
    return { line: info.lines, values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) };
  });
  return { columns, rows, format: 'csv' };
}

export function parseGeoJsonTable(text: string, file = 'invoer.geojson'): Table {
  let collection: { type?: unknown; features?: unknown };
  try {
    collection = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new TableReadError(file, null, `geen geldige JSON (${(error as Error).message})`);
  }
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new TableReadError(file, null, 'verwacht een GeoJSON FeatureCollection');
  }
  const columns = new Set<string>(['lon', 'lat']);
  const rows = (
    collection.features as {
      properties?: Record<string, unknown> | null;
      geometry?: { type?: string; coordinates?: unknown } | null;
    }[]
  ).map((feature, index) => {
    const line = index + 1;
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(feature?.properties ?? {})) {
      const column = normaliseHeader(key);
      columns.add(column);
      values[column] =
        value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    }
    const geometry = feature?.geometry;
    if (geometry) {
      if (geometry.type !== 'Point' || !Array.isArray(geometry.coordinates))
        throw new TableReadError(
          file,
          line,
          `feature ${line}: alleen Point-geometrie kan worden ingelezen (kreeg ${geometry.type})`,
        );
      values.lon = String(geometry.coordinates[0]);
      values.lat = String(geometry.coordinates[1]);
    }
    return { line, values };
  });
  return { columns: [...columns], rows, format: 'geojson' };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
