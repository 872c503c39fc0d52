/**
 * Loads CBS boundaries (provincie, COROP, gemeente, arbeidsmarktregio) from a folder of
 * GeoJSON files named cbs_<layer>_<year>.geojson — the third-party files the project does
 * not commit — then derives membership. One transaction: a failure leaves the table as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { RegionKind } from '../../common/domain.js';
import { REGION_CODE_PREFIX } from '../../common/domain.js';
import { validateGeometry } from '../../geo/geojson.js';
import { GeometryError } from '../../geo/errors.js';
import { deriveRegionMembership, upsertRegion } from './region.queries.js';

/** File layer name → our region kind. */
const LAYERS: Record<string, RegionKind> = {
  provincie: 'provincie',
  coropgebied: 'corop',
  gemeente: 'gemeente',
  arbeidsmarktregio: 'arbeidsmarktregio',
};

export const BOUNDARY_SOURCE = 'CBS gebiedsindelingen (gegeneraliseerd) via PDOK, vereenvoudigd door cartomap/nl';

export class BoundaryLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundaryLoadError';
  }
}

export interface BoundaryFile {
  file: string;
  kind: RegionKind;
  year: number;
}

/** Lists the boundary files in a folder; a folder without any is an error worth saying. */
export function findBoundaryFiles(folder: string): BoundaryFile[] {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new BoundaryLoadError(`Grenzenmap "${folder}" bestaat niet`);
  }
  const files = fs
    .readdirSync(folder)
    .map((name) => /^cbs_([a-z]+)_(\d{4})\.geojson$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && m[1]! in LAYERS)
    .map((m) => ({ file: path.join(folder, m[0]), kind: LAYERS[m[1]!]!, year: Number(m[2]) }));
  if (files.length === 0) {
    throw new BoundaryLoadError(`Grenzenmap "${folder}" bevat geen bestanden cbs_<laag>_<jaar>.geojson`);
  }
  return files.sort((a, b) => a.year - b.year || a.file.localeCompare(b.file));
}

interface ParsedRegion {
  code: string;
  name: string;
  geometryJson: string;
}

/** Reads and checks one file completely before anything is written. */
export function parseBoundaryFile(boundary: BoundaryFile): ParsedRegion[] {
  const name = path.basename(boundary.file);
  let collection: { type?: unknown; features?: unknown };
  try {
    collection = JSON.parse(fs.readFileSync(boundary.file, 'utf8'));
  } catch (error) {
    throw new BoundaryLoadError(`${name}: geen geldige JSON (${(error as Error).message})`);
  }
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new BoundaryLoadError(`${name}: verwacht een GeoJSON FeatureCollection`);
  }
  const prefix = REGION_CODE_PREFIX[boundary.kind];
  return collection.features.map(
    (feature: { properties?: Record<string, unknown>; geometry?: unknown }, index: number) => {
      const code = feature?.properties?.statcode;
      const regionName = feature?.properties?.statnaam;
      if (typeof code !== 'string' || !code.startsWith(prefix) || typeof regionName !== 'string') {
        throw new BoundaryLoadError(
          `${name}, feature ${index + 1}: statcode moet met ${prefix} beginnen en statnaam moet tekst zijn`,
        );
      }
      try {
        const geometry = validateGeometry(feature.geometry, {
          allowed: ['Polygon', 'MultiPolygon'],
          maxVertices: 200_000,
        });
        return { code, name: regionName, geometryJson: JSON.stringify(geometry) };
      } catch (error) {
        if (error instanceof GeometryError) throw new BoundaryLoadError(`${name}, ${code}: ${error.message}`);
        throw error;
      }
    },
  );
}

export interface LoadBoundariesResult {
  files: number;
  regions: number;
  years: number[];
}

/** Loads every boundary file in folder; source labels the regions (default: the CBS files via cartomap). */
export async function loadBoundaries(
  dataSource: DataSource,
  folder: string,
  importId: number | null = null,
  source = BOUNDARY_SOURCE,
): Promise<LoadBoundariesResult> {
  const files = findBoundaryFiles(folder);
  const parsed = files.map((file) => ({ file, regions: parseBoundaryFile(file) }));
  const years = [...new Set(files.map((f) => f.year))];
  await dataSource.transaction(async (manager) => {
    for (const { file, regions } of parsed) {
      for (const region of regions) {
        await upsertRegion(manager, { ...region, kind: file.kind, year: file.year, source, importId });
      }
    }
    for (const year of years) await deriveRegionMembership(manager, year);
  });
  return { files: files.length, regions: parsed.reduce((n, p) => n + p.regions.length, 0), years };
}
