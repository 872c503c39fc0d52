/**
 * EWKB ↔ GeoJSON through wkx, for talking to PostGIS in its binary form (bulk loads, and
 * reading geometry columns that come back as hex EWKB). SRID 4326 unless told otherwise.
 */
import type { Geometry } from 'geojson';
import wkx from 'wkx';

export const WGS84 = 4326;

export function geoJsonToEwkb(geometry: Geometry, srid: number = WGS84): Buffer {
  const parsed = wkx.Geometry.parseGeoJSON(geometry);
  parsed.srid = srid;
  return parsed.toEwkb();
}

/** Accepts a Buffer or the hex text PostgreSQL sends for a geometry column. */
export function ewkbToGeoJson(ewkb: Buffer | string): { geometry: Geometry; srid: number | undefined } {
  const buffer = typeof ewkb === 'string' ? Buffer.from(ewkb, 'hex') : ewkb;
  const parsed = wkx.Geometry.parse(buffer);
  return { geometry: parsed.toGeoJSON() as Geometry, srid: parsed.srid };
}
