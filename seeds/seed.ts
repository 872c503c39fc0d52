/**
 * The seed loader: fills the database with boundaries, stations and the published figures and
 * locations in seeds/. Runs on the embedded default's first start and via `npm run seed`.
 * Every step is idempotent: an unchanged step is skipped (its files' hash is in import_run), a
 * changed one replaces what it wrote before. Demonstration data only when asked (config.demo).
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../server/config.js';
import { loadBoundaries } from '../server/regions/boundaries.seed.js';
import { chooseBoundarySource } from '../server/regions/boundary-source.seed.js';
import { clearNotice, setNotice } from '../server/regions/data-notice.queries.js';
import type { FetchLike } from '../server/geocoding/pdok-locatieserver.js';
import { applyRegionFlags, countRegions } from '../server/regions/region.queries.js';
import { loadStations } from '../server/stations/stations.seed.js';
import { isStepCurrent, runSeedStep, type SeedStep } from '../server/tables/seed-step.js';
import { publishedFteStep } from '../server/fte/published.seed.js';
import { publishedContextStep } from '../server/fte/published-context.seed.js';
import { populationStep } from '../server/regions/population.seed.js';
import { organisationStep } from '../server/organisations/organisation.seed.js';
import { siteStep } from '../server/sites/site.seed.js';
import { projectStep } from '../server/masterplan/project.seed.js';
import { caseStep } from '../server/cases/case.seed.js';
import { OfflineGeocoder, type Geocoder } from '../server/geocoding/geocoder.js';
import { createGeocoder } from '../server/geocoding/create-geocoder.js';
import type { Queryable } from '../server/common/sql.js';
import { isDemoLoaded, loadDemoData } from '../server/demo/demo.seed.js';
import { seedFile } from './paths.js';

export type SeedConfig = Pick<AppConfig, 'sharedDataDir' | 'randstadProvinces' | 'grensregioCodes'> &
  Partial<
    Pick<
      AppConfig,
      | 'demo'
      | 'dataDir'
      | 'geocoder'
      | 'pdokLocatieserverUrl'
      | 'geocoderMinIntervalMs'
      | 'boundaryDownload'
      | 'pdokBoundariesUrl'
    >
  >;

/** For tests: a fake network and another fallback package. */
export interface SeedDependencies {
  fetch?: FetchLike;
  fallbackModule?: string;
}

export interface SeedLog {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * The steps that load the project's own files (seeds/), in dependency order. Locations need
 * regions (gemeente surfaces) and organisations; rows that cannot be placed land in warnings.
 * The geocoder is not part of a step's hash: switching GEOCODER does not reload by itself.
 */
export function dataSteps(
  geocoderFor: (db: Queryable) => Geocoder = () => new OfflineGeocoder(),
  warnings: string[] = [],
): SeedStep[] {
  const published = (name: string) => seedFile('published', name);
  const locations = (name: string) => seedFile('locations', name);
  const aliases = seedFile('gemeente_aliases.csv');
  const organisations = seedFile('organisations.csv');
  return [
    publishedFteStep(published('fte_nationaal.csv'), published('fte_provincie.csv')),
    publishedContextStep({
      changes: published('published_change.csv'),
      forecasts: published('forecast.csv'),
      context: published('context.csv'),
    }),
    populationStep(published('population.csv')),
    organisationStep(organisations),
    siteStep(
      { rop: locations('rop.csv'), rijkskantoren: locations('rijkskantoren.csv'), aliases, organisations },
      geocoderFor,
      warnings,
    ),
    projectStep(locations('masterplan_projecten.csv'), aliases, warnings),
    caseStep(locations('casussen.csv'), aliases, organisations, warnings),
  ];
}

export async function seedDatabase(
  dataSource: DataSource,
  config: SeedConfig,
  log: SeedLog = console,
  deps: SeedDependencies = {},
): Promise<void> {
  const choice = await chooseBoundarySource({ ...config, ...deps }, log);
  const boundaries = await loadBoundaries(dataSource, choice.folder, null, choice.source);
  log.info(
    `Grenzen geladen (${choice.origin}): ${boundaries.regions} regio’s uit ${boundaries.files} bestanden (${boundaries.years.join(', ')})`,
  );
  if (choice.warning) {
    log.warn(`WAARSCHUWING: ${choice.warning}`);
    await setNotice(dataSource, { topic: 'grenzen', level: 'waarschuwing', message: choice.warning });
  } else {
    await clearNotice(dataSource, 'grenzen');
  }
  if (config.sharedDataDir) {
    const stations = await loadStations(dataSource, path.join(config.sharedDataDir, 'data', 'stations_nl.csv'));
    log.info(`Stations geladen: ${stations}`);
  } else {
    log.warn('Geen SHARED_DATA_DIR: stations (bestand van derden) worden niet geladen.');
  }
  await applyRegionFlags(dataSource, config);
  const warnings: string[] = [];
  const geocoderFor = (db: Queryable) =>
    config.geocoder ? createGeocoder(db, config as Required<SeedConfig>) : new OfflineGeocoder();
  for (const step of dataSteps(geocoderFor, warnings)) {
    const result = await runSeedStep(dataSource, step);
    log.info(`${result.kind}: ${result.status} (${result.rows} rijen)`);
  }
  for (const warning of warnings) log.warn(`Niet (volledig) geladen: ${warning}`);
  if (config.demo) {
    try {
      const demo = await loadDemoData(dataSource);
      log.info(
        `Fictieve voorbeelddata (dataset demo): ${demo.status}${demo.fteRows ? ` (${demo.fteRows} fictieve fte-rijen)` : ''}`,
      );
    } catch (error) {
      log.warn(`Fictieve voorbeelddata niet geladen: ${(error as Error).message}`);
    }
  }
  // Fresh bulk loads leave the planner without statistics; estimates of one row then turn
  // joins into nested loops over thousands of rows. Analyse once, after loading.
  await dataSource.query('ANALYZE');
}

/**
 * True when the database holds no regions yet, a seed file changed since it was loaded, or the
 * demonstration data is asked for (config.demo) and not loaded yet.
 */
export async function needsSeeding(
  dataSource: DataSource,
  config: Partial<Pick<AppConfig, 'demo'>> = {},
): Promise<boolean> {
  if ((await countRegions(dataSource)) === 0) return true;
  for (const step of dataSteps()) {
    if (!(await isStepCurrent(dataSource, step))) return true;
  }
  return Boolean(config.demo) && !(await isDemoLoaded(dataSource));
}
