/**
 * The Netherlands' extent in WGS84 (EPSG:4326), as [minLon, minLat, maxLon, maxLat].
 * The CBS boundary layers span [3.358, 50.751, 7.218, 53.554]; we allow a margin of about
 * 10 km so points on the coast, the Wadden islands and border crossings are not refused.
 */
export type BBox = [number, number, number, number];

export const NETHERLANDS_EXTENT: BBox = [3.2, 50.65, 7.35, 53.7];

export function isInsideExtent(lon: number, lat: number, extent: BBox = NETHERLANDS_EXTENT): boolean {
  return lon >= extent[0] && lon <= extent[2] && lat >= extent[1] && lat <= extent[3];
}

/** Parses "minLon,minLat,maxLon,maxLat" (OGC API and query strings); throws on anything else. */
export function parseBBox(text: string): BBox {
  const parts = text.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw new RangeError('bbox moet vier getallen zijn: minLon,minLat,maxLon,maxLat');
  }
  const [minLon, minLat, maxLon, maxLat] = parts as BBox;
  if (minLon > maxLon || minLat > maxLat) {
    throw new RangeError('bbox: het minimum moet kleiner zijn dan het maximum');
  }
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    throw new RangeError('bbox valt buiten het bereik van WGS84-coördinaten');
  }
  return [minLon, minLat, maxLon, maxLat];
}
