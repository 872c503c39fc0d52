/**
 * Import kind "boundaries": one GeoJSON FeatureCollection of CBS regions (statcode, statnaam).
 * The region kind follows from the codes (PV, CR, GM, AM); the year from --year, else from
 * jrstatcode ("2024GM0363"). Membership is derived again for that year, in the same transaction.
 */
import fs from 'node:fs';
import { REGION_CODE_PREFIX, type RegionKind } from '../../common/domain.js';
import { BoundaryLoadError, parseBoundaryFile } from '../regions/boundaries.seed.js';
import { BOUNDARY_SOURCE } from '../regions/boundaries.seed.js';
import { deriveRegionMembership, upsertRegion } from '../regions/region.queries.js';
import type { ImportHandler } from './import-handler.js';

interface BoundaryRecord {
  kind: RegionKind;
  year: number;
  code: string;
  name: string;
  geometryJson: string;
}

function detect(file: string, year?: number): { kind: RegionKind; year: number } {
  let features: { properties?: Record<string, unknown> }[];
  try {
    features = JSON.parse(fs.readFileSync(file, 'utf8')).features ?? [];
  } catch (error) {
    throw new BoundaryLoadError(`geen geldige JSON (${(error as Error).message})`);
  }
  const first = features[0]?.properties ?? {};
  const code = String(first.statcode ?? '');
  const kind = (Object.entries(REGION_CODE_PREFIX).find(([, prefix]) => code.startsWith(prefix))?.[0] ??
    null) as RegionKind | null;
  if (!kind)
    throw new BoundaryLoadError(
      `statcode "${code}" van het eerste gebied hoort bij geen bekende indeling (PV, CR, GM, AM)`,
    );
  const fromFile = Number(String(first.jrstatcode ?? '').slice(0, 4));
  const resolved = year ?? (Number.isInteger(fromFile) && fromFile > 1990 ? fromFile : undefined);
  if (!resolved) throw new BoundaryLoadError('jaar onbekend: geef --year of lever jrstatcode mee');
  return { kind, year: resolved };
}

export const boundaryImport: ImportHandler<BoundaryRecord> = {
  kind: 'boundaries',
  // Regions are the real CBS division, shared by both datasets: never written by a demo delivery.
  datasets: ['gepubliceerd'],
  tabular: false,
  async prepare({ file, year }) {
    try {
      const detected = detect(file, year);
      const regions = parseBoundaryFile({ file, ...detected });
      return { records: regions.map((r) => ({ ...r, ...detected })), errors: [], total: regions.length };
    } catch (error) {
      if (!(error instanceof BoundaryLoadError)) throw error;
      return { records: [], errors: [{ line: 0, column: 'bestand', reason: error.message }], total: 0 };
    }
  },
  async write(manager, records, context) {
    for (const r of records)
      await upsertRegion(manager, {
        ...r,
        source: `${BOUNDARY_SOURCE} (import ${context.importId})`,
        importId: context.importId,
      });
    return records.length;
  },
  async after(manager, records) {
    for (const year of new Set(records.map((r) => r.year))) await deriveRegionMembership(manager, year);
  },
};
