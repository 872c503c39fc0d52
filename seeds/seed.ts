/**
 * The seed loader: fills an empty database with boundaries, stations and the published figures
 * in seeds/. Runs on the embedded default's first start and via `npm run seed`. Each step is
 * idempotent, so running it again changes nothing.
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../server/config.js';
import { loadBoundaries } from '../server/regions/boundaries.loader.js';
import { applyRegionFlags, countRegions } from '../server/regions/region.queries.js';
import { loadStations } from '../server/stations/stations.loader.js';

export type SeedConfig = Pick<AppConfig, 'sharedDataDir' | 'randstadProvinces' | 'grensregioCodes'>;

export interface SeedLog {
  info(message: string): void;
  warn(message: string): void;
}

export async function seedDatabase(dataSource: DataSource, config: SeedConfig, log: SeedLog = console): Promise<void> {
  if (!config.sharedDataDir) {
    log.warn('Geen map met grenzen en stations ingesteld (SHARED_DATA_DIR); regio’s en stations worden niet geladen.');
  } else {
    const boundaries = await loadBoundaries(dataSource, path.join(config.sharedDataDir, 'geo'));
    log.info(`Grenzen geladen: ${boundaries.regions} regio’s uit ${boundaries.files} bestanden (${boundaries.years.join(', ')})`);
    const stations = await loadStations(dataSource, path.join(config.sharedDataDir, 'data', 'stations_nl.csv'));
    log.info(`Stations geladen: ${stations}`);
  }
  await applyRegionFlags(dataSource, config);
  // Fresh bulk loads leave the planner without statistics; estimates of one row then turn
  // joins into nested loops over thousands of rows. Analyse once, after loading.
  await dataSource.query('ANALYZE');
}

/** True when the database holds no regions yet: the signal for a first start. */
export async function needsSeeding(dataSource: DataSource): Promise<boolean> {
  return (await countRegions(dataSource)) === 0;
}
