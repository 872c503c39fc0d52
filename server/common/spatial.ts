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

/**
 * Validity is a property of the geometry alone, and map users send the same area again with
 * every pan or filter change: verdicts are remembered (bounded, small geometries only), so a
 * repeated area costs no statement.
 */
const verdicts = new Map<string, string | null>();
const MAX_VERDICTS = 1000;
const MAX_REMEMBERED_TEXT = 64 * 1024;

export async function checkGeometry(db: Queryable, input: unknown, options: ValidateOptions = {}): Promise<Geometry> {
  const geometry = validateGeometry(input, options);
  const text = JSON.stringify(geometry);
  const problem = verdicts.has(text) ? verdicts.get(text) : await invalidityReason(db, text);
  if (problem !== null && problem !== undefined)
    throw new GeometryError('INVALID_GEOMETRY', `Ongeldige geometrie: ${translateReason(problem)}`);
  return geometry;
}

/** PostGIS's reason why the geometry is invalid, or null when it is valid. */
async function invalidityReason(db: Queryable, text: string): Promise<string | null> {
  const row = await queryOne<{ valid: boolean; reason: string }>(
    db,
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS g) s`,
    [text],
  );
  const problem = row?.valid ? null : (row?.reason ?? 'onbekend');
  if (text.length <= MAX_REMEMBERED_TEXT) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value as string);
    verdicts.set(text, problem);
  }
  return problem;
}

function translateReason(reason: string): string {
  if (/self-intersection/i.test(reason)) return `de rand snijdt zichzelf (${reason})`;
  if (/ring self-intersection/i.test(reason)) return `een ring raakt zichzelf (${reason})`;
  if (/too few points/i.test(reason)) return `te weinig punten (${reason})`;
  return reason;
}
