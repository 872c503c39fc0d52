/**
 * The seed loader: fills the database with boundaries, stations and the published figures and
 * locations in seeds/. Runs on the embedded default's first start and via `npm run seed`.
 * Every step is idempotent: an unchanged step is skipped (its files' hash is in import_run), a
 * changed one replaces what it wrote before. Demonstration data only when asked (config.demo).
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../server/config.js';
import { loadBoundaries } from '../server/regions/boundaries.loader.js';
import { applyRegionFlags, countRegions } from '../server/regions/region.queries.js';
import { loadStations } from '../server/stations/stations.loader.js';
import { isStepCurrent, runSeedStep, type SeedStep } from '../server/imports/seed-step.js';
import { publishedFteStep } from '../server/fte/published.loader.js';
import { publishedContextStep } from '../server/fte/published-context.loader.js';
import { populationStep } from '../server/regions/population.loader.js';
import { seedFile } from './paths.js';

export type SeedConfig = Pick<AppConfig, 'sharedDataDir' | 'randstadProvinces' | 'grensregioCodes'> & Partial<Pick<AppConfig, 'demo' | 'dataDir'>>;

export interface SeedLog {
  info(message: string): void;
  warn(message: string): void;
}

/** The steps that load the project's own files (seeds/), in dependency order. */
export function dataSteps(): SeedStep[] {
  const published = (name: string) => seedFile('published', name);
  return [
    publishedFteStep(published('fte_nationaal.csv'), published('fte_provincie.csv')),
    publishedContextStep({ changes: published('published_change.csv'), forecasts: published('forecast.csv'), context: published('context.csv') }),
    populationStep(published('population.csv')),
  ];
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
  for (const step of dataSteps()) {
    const result = await runSeedStep(dataSource, step);
    log.info(`${result.kind}: ${result.status} (${result.rows} rijen)`);
  }
}

/** True when the database holds no regions yet, or a seed file changed since it was loaded. */
export async function needsSeeding(dataSource: DataSource): Promise<boolean> {
  if ((await countRegions(dataSource)) === 0) return true;
  for (const step of dataSteps()) {
    if (!(await isStepCurrent(dataSource, step))) return true;
  }
  return false;
}
