/**
 * Loads railway stations from the configured third-party CSV (code,name,type,lat,lng,source),
 * used by the accessibility criteria. Replaces the table in one transaction.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { isInsideExtent } from '../../geo/extent.js';

export class StationLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StationLoadError';
  }
}

interface StationRow {
  code: string;
  name: string;
  type: string;
  lat: number;
  lng: number;
  source: string;
}

export function parseStations(file: string): StationRow[] {
  if (!fs.existsSync(file)) throw new StationLoadError(`Stationsbestand "${file}" bestaat niet`);
  const records = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[];
  return records.map((record, index) => {
    const line = index + 2;
    const lat = Number(record.lat);
    const lng = Number(record.lng);
    if (!record.code || !record.name || !record.type)
      throw new StationLoadError(`${file}:${line}: code, name en type zijn verplicht`);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || !isInsideExtent(lng, lat)) {
      throw new StationLoadError(`${file}:${line}: coördinaat (${record.lat}, ${record.lng}) ligt niet in Nederland`);
    }
    return { code: record.code, name: record.name, type: record.type, lat, lng, source: record.source ?? '' };
  });
}

export async function loadStations(dataSource: DataSource, file: string): Promise<number> {
  const stations = parseStations(file);
  await dataSource.transaction(async (manager) => {
    await manager.query('DELETE FROM station');
    await manager.query(
      `INSERT INTO station (code, name, type, geom, source_url)
       SELECT s.code, s.name, s.type, ST_SetSRID(ST_MakePoint(s.lng, s.lat), 4326), s.source
         FROM jsonb_to_recordset($1::jsonb) AS s(code text, name text, type text, lat float8, lng float8, source text)`,
      [JSON.stringify(stations)],
    );
  });
  return stations.length;
}
