/**
 * Where the boundaries come from, in order:
 *   1. the configured folder (SHARED_DATA_DIR/geo) — configured but missing is an error;
 *   2. the cache of an earlier PDOK download (DATA_DIR/cache/grenzen);
 *   3. a PDOK download into that cache, when BOUNDARY_DOWNLOAD allows and the machine is online;
 *   4. the coarse province fallback from an npm package, with a warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FetchLike } from '../geocoding/pdok-locatieserver.js';
import { BOUNDARY_SOURCE, BoundaryLoadError } from './boundaries.seed.js';
import { FALLBACK_SOURCE, writeFallbackProvinces } from './boundary-fallback.js';
import { downloadPdokBoundaries } from './pdok-boundaries.js';

export const PDOK_SOURCE = 'CBS gebiedsindelingen (gegeneraliseerd), gedownload van PDOK';
export const DOWNLOAD_YEARS = [2024, 2025];

export interface BoundaryChoice {
  folder: string;
  source: string;
  origin: 'map' | 'cache' | 'pdok' | 'terugval';
  warning?: string;
}

export interface BoundaryOptions {
  sharedDataDir?: string;
  dataDir?: string;
  boundaryDownload?: boolean;
  pdokBoundariesUrl?: string;
  fetch?: FetchLike;
  fallbackModule?: string;
}

export async function chooseBoundarySource(
  options: BoundaryOptions,
  log: { info(m: string): void },
): Promise<BoundaryChoice> {
  if (options.sharedDataDir) {
    const folder = path.join(options.sharedDataDir, 'geo');
    if (!fs.existsSync(folder))
      throw new BoundaryLoadError(`SHARED_DATA_DIR="${options.sharedDataDir}" heeft geen map geo/ met CBS-grenzen`);
    return { folder, source: BOUNDARY_SOURCE, origin: 'map' };
  }
  const cacheRoot = path.join(options.dataDir ?? path.resolve('data'), 'cache');
  const cache = path.join(cacheRoot, 'grenzen');
  if (fs.existsSync(cache) && fs.readdirSync(cache).some((f) => f.endsWith('.geojson')))
    return { folder: cache, source: PDOK_SOURCE, origin: 'cache' };
  if (options.boundaryDownload !== false && options.pdokBoundariesUrl) {
    try {
      log.info('Geen grenzenmap ingesteld: CBS-grenzen downloaden van PDOK…');
      await downloadPdokBoundaries({
        folder: cache,
        urlTemplate: options.pdokBoundariesUrl,
        years: DOWNLOAD_YEARS,
        fetch: options.fetch,
      });
      return { folder: cache, source: `${PDOK_SOURCE} op ${new Date().toISOString().slice(0, 10)}`, origin: 'pdok' };
    } catch (error) {
      log.info(`Downloaden van PDOK lukte niet (${(error as Error).message}); terugval op grove provinciegrenzen.`);
    }
  }
  const folder = path.join(cacheRoot, 'grenzen-terugval');
  writeFallbackProvinces(folder, options.fallbackModule);
  return {
    folder,
    source: FALLBACK_SOURCE,
    origin: 'terugval',
    warning:
      'Grove provinciegrenzen geladen (geen grenzenmap en geen PDOK): alleen 12 provincies, onnauwkeurig, zonder COROP, gemeenten en arbeidsmarktregio’s. Zet SHARED_DATA_DIR of start met internet om de CBS-grenzen te laden.',
  };
}
