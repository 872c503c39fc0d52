/** A circle of radius km around a point as a polygon (for drawing only; the server measures in metres). */
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
