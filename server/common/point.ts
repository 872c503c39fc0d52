/**
 * Checked spatial arguments as plain data: what spatial/geometry.input.ts makes of GeoJSON input
 * and what the spatial queries (search/) take. WGS84 degrees; radius in metres.
 */
export interface LonLat {
  lon: number;
  lat: number;
}

export interface Nearby extends LonLat {
  radiusM: number;
}
