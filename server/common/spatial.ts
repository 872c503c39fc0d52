/**
 * Geometry checks that need PostGIS. The GeoJSON checks in geo/geojson.ts run first (shape,
 * extent, vertex limit); this adds topological validity (self-intersections, bow-ties) with
 * PostGIS's own reason, so the user learns what is wrong and where.
 */
import type { Geometry } from 'geojson';
import { GeometryError } from '../../geo/errors.js';
import { validateGeometry, type ValidateOptions } from '../../geo/geojson.js';
import type { Queryable } from './sql.js';
import { queryOne } from './sql.js';

export async function checkGeometry(db: Queryable, input: unknown, options: ValidateOptions = {}): Promise<Geometry> {
  const geometry = validateGeometry(input, options);
  const row = await queryOne<{ valid: boolean; reason: string }>(
    db,
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS g) s`,
    [JSON.stringify(geometry)],
  );
  if (!row?.valid) {
    throw new GeometryError('INVALID_GEOMETRY', `Ongeldige geometrie: ${translateReason(row?.reason ?? 'onbekend')}`);
  }
  return geometry;
}

function translateReason(reason: string): string {
  if (/self-intersection/i.test(reason)) return `de rand snijdt zichzelf (${reason})`;
  if (/ring self-intersection/i.test(reason)) return `een ring raakt zichzelf (${reason})`;
  if (/too few points/i.test(reason)) return `te weinig punten (${reason})`;
  return reason;
}
