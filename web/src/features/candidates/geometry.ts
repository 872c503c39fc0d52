/**
 * Drawing helper for the candidate search, pure: a radius as a polygon (drawing only; the server
 * measures distances in metres). A drawn area needs none: the server searches inside it.
 */
import type { Polygon } from 'geojson';

export function circlePolygon([lng, lat]: [number, number], radiusKm: number, steps = 64): Polygon {
  const ring: [number, number][] = [];
  const dLat = radiusKm / 111.32;
  const dLng = radiusKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  for (let i = 0; i <= steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    ring.push([lng + dLng * Math.cos(a), lat + dLat * Math.sin(a)]);
  }
  return { type: 'Polygon', coordinates: [ring] };
}
