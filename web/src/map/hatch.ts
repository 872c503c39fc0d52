/**
 * The hatch pattern for regions without a published figure: grey diagonal lines, so "missing"
 * can never be read as the palette's lightest class (and shows in greyscale prints too).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const HATCH_IMAGE = 'geen-cijfer';

export function hatchPattern(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      const [r, g, b, a] = onLine ? [110, 110, 110, 255] : [222, 222, 222, 255];
      data.set([r, g, b, a], i);
    }
  }
  return { width: size, height: size, data };
}

export function ensureHatch(map: MapLibreMap): void {
  if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern());
}
