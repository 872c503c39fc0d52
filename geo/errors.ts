/** Why a geometry was refused; stable codes that API clients can switch on. */
export type GeometryProblem =
  | 'NOT_GEOJSON'
  | 'TYPE_NOT_ALLOWED'
  | 'BAD_COORDINATES'
  | 'RING_NOT_CLOSED'
  | 'RING_TOO_SHORT'
  | 'OUTSIDE_NETHERLANDS'
  | 'TOO_MANY_VERTICES'
  | 'INVALID_GEOMETRY';

/** A geometry that cannot be accepted. Carries a Dutch message fit to show to the user. */
export class GeometryError extends Error {
  readonly code = 'INVALID_GEOMETRY';
  constructor(
    readonly problem: GeometryProblem,
    message: string,
  ) {
    super(message);
    this.name = 'GeometryError';
  }
}
