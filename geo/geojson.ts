/**
 * GeoJSON geometry validation for everything that enters the system (API arguments, imports).
 * Checks what can be checked without a database: the type, coordinate shape and ranges,
 * ring closure, the Netherlands' extent and a vertex limit. Topological validity
 * (self-intersection) is checked by PostGIS (ST_IsValid) before anything is written.
 */
import type { Geometry, Position } from 'geojson';
import { GeometryError } from './errors.js';
import { isInsideExtent } from './extent.js';

export type GeometryType = Geometry['type'];

export interface ValidateOptions {
  /** Geometry types accepted here; default: Point, Polygon and MultiPolygon. */
  allowed?: readonly GeometryType[];
  /** Refuse geometries with more vertices than this (protects the database); default 10,000. */
  maxVertices?: number;
  /** Require every coordinate inside the Netherlands' extent; default true. */
  withinNetherlands?: boolean;
}

const DEFAULT_ALLOWED: readonly GeometryType[] = ['Point', 'Polygon', 'MultiPolygon'];
export const DEFAULT_MAX_VERTICES = 10_000;

export function validateGeometry(input: unknown, options: ValidateOptions = {}): Geometry {
  const allowed = options.allowed ?? DEFAULT_ALLOWED;
  const geometry = asObject(input);
  const type = geometry.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type as GeometryType)) {
    throw new GeometryError('NOT_GEOJSON', `Geen GeoJSON-geometrie: onbekend type "${String(type)}"`);
  }
  if (!allowed.includes(type as GeometryType)) {
    throw new GeometryError(
      'TYPE_NOT_ALLOWED',
      `Geometrietype ${type} is hier niet toegestaan (wel: ${allowed.join(', ')})`,
    );
  }
  const positions = collectPositions(type as GeometryType, geometry.coordinates);
  const maxVertices = options.maxVertices ?? DEFAULT_MAX_VERTICES;
  if (positions.length > maxVertices) {
    throw new GeometryError(
      'TOO_MANY_VERTICES',
      `Geometrie heeft ${positions.length} punten; het maximum is ${maxVertices}`,
    );
  }
  if (options.withinNetherlands ?? true) {
    const outside = positions.find(([lon, lat]) => !isInsideExtent(lon, lat));
    if (outside) {
      const swapped = isInsideExtent(outside[1]!, outside[0]!);
      const hint = swapped
        ? '; lengte- en breedtegraad lijken verwisseld (GeoJSON is [lengte, breedte])'
        : ' (verwacht WGS84 [lengte, breedte])';
      throw new GeometryError(
        'OUTSIDE_NETHERLANDS',
        `Coördinaat [${outside[0]}, ${outside[1]}] ligt buiten Nederland${hint}`,
      );
    }
  }
  return { type, coordinates: geometry.coordinates } as Geometry;
}

const GEOMETRY_TYPES: readonly GeometryType[] = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
];

function asObject(input: unknown): Record<string, unknown> {
  const value = typeof input === 'string' ? parseJson(input) : input;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GeometryError('NOT_GEOJSON', 'Geen GeoJSON-geometrie: verwacht een object met type en coordinates');
  }
  return value as Record<string, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new GeometryError('NOT_GEOJSON', 'Geen GeoJSON-geometrie: de tekst is geen geldige JSON');
  }
}

/** Walks the coordinates for the given type, checking shape, ranges and rings as it goes. */
function collectPositions(type: GeometryType, coordinates: unknown): Position[] {
  switch (type) {
    case 'Point':
      return [position(coordinates)];
    case 'MultiPoint':
    case 'LineString':
      return list(coordinates, 'punten').map(position);
    case 'MultiLineString':
      return list(coordinates, 'lijnen').flatMap((line) => list(line, 'punten').map(position));
    case 'Polygon':
      return polygon(coordinates);
    case 'MultiPolygon':
      return list(coordinates, 'polygonen').flatMap(polygon);
    default:
      throw new GeometryError('NOT_GEOJSON', `Geometrietype ${type} wordt niet ondersteund`);
  }
}

function polygon(rings: unknown): Position[] {
  const list_ = list(rings, 'ringen');
  if (list_.length === 0) throw new GeometryError('RING_TOO_SHORT', 'Polygoon zonder ringen');
  return list_.flatMap((ring, index) => {
    const points = list(ring, 'punten').map(position);
    if (points.length < 4) {
      throw new GeometryError(
        'RING_TOO_SHORT',
        `Ring ${index + 1} heeft ${points.length} punten; een ring heeft er minstens 4`,
      );
    }
    const first = points[0]!;
    const last = points[points.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      throw new GeometryError(
        'RING_NOT_CLOSED',
        `Ring ${index + 1} is niet gesloten: het eerste en laatste punt verschillen`,
      );
    }
    return points;
  });
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value))
    throw new GeometryError('BAD_COORDINATES', `Ongeldige coördinaten: verwacht een lijst van ${what}`);
  return value;
}

function position(value: unknown): Position {
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    value.length > 3 ||
    !value.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    throw new GeometryError('BAD_COORDINATES', 'Ongeldige coördinaat: verwacht [lengtegraad, breedtegraad]');
  }
  const [lon, lat] = value as number[];
  if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90) {
    throw new GeometryError(
      'BAD_COORDINATES',
      `Coördinaat [${lon}, ${lat}] valt buiten het bereik van lengte- en breedtegraden`,
    );
  }
  return value as Position;
}

/** Bounding box of any geometry, [minLon, minLat, maxLon, maxLat]. */
export function geometryBBox(geometry: Geometry): [number, number, number, number] {
  const positions =
    geometry.type === 'GeometryCollection'
      ? geometry.geometries.flatMap((g) =>
          collectPositions(g.type as GeometryType, (g as { coordinates: unknown }).coordinates),
        )
      : collectPositions(geometry.type, geometry.coordinates);
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
