/**
 * Drawing helpers for the candidate search, pure: a radius as a polygon (drawing only; the server
 * measures distances in metres) and point-in-polygon for the drawn area, which the ranking API
 * does not take: candidates outside the area are left out of the list, and the list says so.
 */
import type { Point, Polygon } from 'geojson';

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

/** Ray casting on the outer ring (lng/lat as plane coordinates: fine at the scale of a drawn area). */
export function pointInPolygon(point: Point, polygon: Polygon): boolean {
  const [x, y] = point.coordinates as [number, number];
  const ring = polygon.coordinates[0] ?? [];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
