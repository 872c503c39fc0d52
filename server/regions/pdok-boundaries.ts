/**
 * Downloads the generalised CBS boundaries (provincie, COROP, gemeente, arbeidsmarktregio) from
 * PDOK's WFS for CBS gebiedsindelingen and caches them as cbs_<layer>_<year>.geojson, the
 * layout the folder loader reads. All files or none: a failed download leaves no partial cache.
 * GeoJSON from a WFS in EPSG:4326 may come latitude first; such files are turned round.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FetchLike } from '../geocoding/pdok-locatieserver.js';
import { isInsideExtent } from '../../geo/extent.js';

/** File layer name (as the folder loader expects) → PDOK feature type. */
export const PDOK_LAYERS: Record<string, string> = {
  provincie: 'provincie_gegeneraliseerd',
  coropgebied: 'coropgebied_gegeneraliseerd',
  gemeente: 'gemeente_gegeneraliseerd',
  arbeidsmarktregio: 'arbeidsmarktregio_gegeneraliseerd',
};

export function pdokBoundaryUrl(template: string, year: number, layer: string): string {
  const params = new URLSearchParams({
    service: 'WFS',
    version: '2.0.0',
    request: 'GetFeature',
    typeNames: `gebiedsindelingen:${PDOK_LAYERS[layer]}`,
    outputFormat: 'application/json',
    srsName: 'EPSG:4326',
  });
  return `${template.replace('{year}', String(year))}?${params.toString()}`;
}

type Collection = {
  type: string;
  features: { properties?: Record<string, unknown>; geometry?: { type: string; coordinates: unknown } }[];
};

/** Swaps every [lat, lon] to [lon, lat] when the first position is clearly latitude first. */
export function normaliseAxisOrder(collection: Collection): Collection {
  const first = firstPosition(collection.features[0]?.geometry?.coordinates);
  if (!first || isInsideExtent(first[0]!, first[1]!) || !isInsideExtent(first[1]!, first[0]!)) return collection;
  const swap = (value: unknown): unknown =>
    typeof (value as unknown[])[0] === 'number'
      ? [(value as number[])[1], (value as number[])[0]]
      : (value as unknown[]).map(swap);
  return {
    ...collection,
    features: collection.features.map((f) => ({
      ...f,
      geometry: f.geometry && { ...f.geometry, coordinates: swap(f.geometry.coordinates) },
    })),
  };
}

function firstPosition(coordinates: unknown): number[] | null {
  let value = coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  return Array.isArray(value) && typeof value[0] === 'number' ? (value as number[]) : null;
}

export async function downloadPdokBoundaries(options: {
  folder: string;
  urlTemplate: string;
  years: number[];
  fetch?: FetchLike;
  timeoutMs?: number;
}): Promise<string[]> {
  const fetchFn = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const staging = `${options.folder}.download`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const written: string[] = [];
  for (const year of options.years) {
    for (const layer of Object.keys(PDOK_LAYERS)) {
      const response = await fetchFn(pdokBoundaryUrl(options.urlTemplate, year, layer), {
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      if (!response.ok) throw new Error(`PDOK antwoordde ${response.status} voor ${layer} ${year}`);
      const body = (await response.json()) as Collection;
      if (body?.type !== 'FeatureCollection' || !Array.isArray(body.features) || body.features.length === 0)
        throw new Error(`PDOK gaf geen gebieden voor ${layer} ${year}`);
      const name = `cbs_${layer}_${year}.geojson`;
      fs.writeFileSync(path.join(staging, name), JSON.stringify(normaliseAxisOrder(body)));
      written.push(name);
    }
  }
  fs.rmSync(options.folder, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(options.folder), { recursive: true });
  fs.renameSync(staging, options.folder);
  return written;
}
