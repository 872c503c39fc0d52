/**
 * Spatial arguments shared by every search: a point with a radius (nearby), a bounding box,
 * and helpers that turn GeoJSON arguments into checked values with a typed error that names
 * the argument (extensions: code INVALID_GEOMETRY, field, problem).
 */
import type { Geometry, Point } from 'geojson';
import { Field, Float, InputType } from 'type-graphql';
import { GeometryError } from '../../geo/errors.js';
import type { BBox } from '../../geo/extent.js';
import { validateGeometry, type GeometryType } from '../../geo/geojson.js';
import { UserFacingError, ValidationError } from '../common/errors.js';
import type { LonLat, Nearby } from '../common/point.js';
import { checkGeometry } from '../common/spatial.js';
import type { Queryable } from '../common/sql.js';
import { GeoJSONScalar } from './geojson.scalar.js';

/** Searches reach at most this far: the Netherlands measures about 350 km corner to corner. */
export const MAX_RADIUS_M = 400_000;

@InputType('NearbyInput', {
  description: 'Zoeken rond een punt (in de buurt): alles binnen radiusM meter, gemeten over het aardoppervlak',
})
export class NearbyInput {
  @Field(() => GeoJSONScalar, {
    description: 'Middelpunt als GeoJSON Point in WGS84, bijv. {"type":"Point","coordinates":[6.5708,52.9917]}',
  })
  point: Geometry;

  @Field(() => Float, { description: `Straal in meter (groter dan 0, hoogstens ${MAX_RADIUS_M})` })
  radiusM: number;
}

@InputType('BBoxInput', {
  description: 'Begrenzingsvak (bounding box) in WGS84 graden, zoals een kaart het zichtbare gebied opgeeft',
})
export class BBoxInput {
  @Field(() => Float, { description: 'Westgrens (kleinste lengtegraad)' })
  minLon: number;

  @Field(() => Float, { description: 'Zuidgrens (kleinste breedtegraad)' })
  minLat: number;

  @Field(() => Float, { description: 'Oostgrens (grootste lengtegraad)' })
  maxLon: number;

  @Field(() => Float, { description: 'Noordgrens (grootste breedtegraad)' })
  maxLat: number;
}

/** A geometry argument that was refused; names the argument so a form can show it inline. */
export class GeometryInputError extends UserFacingError {
  constructor(field: string, error: GeometryError) {
    super('INVALID_GEOMETRY', error.message, { field, problem: error.problem });
  }
}

function withField<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof GeometryError) throw new GeometryInputError(field, error);
    throw error;
  }
}

export type { LonLat, Nearby };

/** A GeoJSON Point argument inside the Netherlands, as lon/lat. */
export function pointArg(value: unknown, field: string): LonLat {
  const point = withField(field, () => validateGeometry(value, { allowed: ['Point'] })) as Point;
  return { lon: point.coordinates[0]!, lat: point.coordinates[1]! };
}

/** A polygon argument: shape, extent and vertex limit here, topological validity by PostGIS. */
export async function areaArg(
  db: Queryable,
  value: unknown,
  field: string,
  allowed: readonly GeometryType[] = ['Polygon', 'MultiPolygon'],
): Promise<string> {
  try {
    return JSON.stringify(await checkGeometry(db, value, { allowed }));
  } catch (error) {
    if (error instanceof GeometryError) throw new GeometryInputError(field, error);
    throw error;
  }
}

export function nearbyArg(input: NearbyInput, field: string): Nearby {
  const point = pointArg(input.point, `${field}.point`);
  if (!Number.isFinite(input.radiusM) || input.radiusM <= 0 || input.radiusM > MAX_RADIUS_M) {
    throw new ValidationError(
      `${field}.radiusM`,
      `radiusM moet groter dan 0 en hoogstens ${MAX_RADIUS_M} meter zijn (kreeg ${input.radiusM})`,
    );
  }
  return { ...point, radiusM: input.radiusM };
}

export function bboxArg(input: BBoxInput, field: string): BBox {
  const { minLon, minLat, maxLon, maxLat } = input;
  if (![minLon, maxLon].every((n) => n >= -180 && n <= 180) || ![minLat, maxLat].every((n) => n >= -90 && n <= 90)) {
    throw new ValidationError(
      field,
      'bbox valt buiten het bereik van WGS84-coördinaten (lengte −180…180, breedte −90…90)',
    );
  }
  if (minLon >= maxLon || minLat >= maxLat) {
    throw new ValidationError(field, 'bbox: minLon moet kleiner zijn dan maxLon en minLat kleiner dan maxLat');
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** Runs a service call and gives any geometry it refuses the argument's name. */
export async function geometryField<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GeometryError) throw new GeometryInputError(field, error);
    throw error;
  }
}
