/** Typed authentication and authorisation errors (Dutch messages, stable codes). */
import { UserFacingError } from '../common/errors.js';

/** No identity, or an identity we cannot verify. HTTP 401 when raised before execution. */
export class UnauthenticatedError extends UserFacingError {
  constructor(message = 'Aanmelden vereist: stuur een geldig token in de header Authorization: Bearer <token>') {
    super('UNAUTHENTICATED', message, { http: { status: 401 } });
  }
}

/** Known identity without the required role. */
export class ForbiddenError extends UserFacingError {
  constructor(required: string, actual: string) {
    super('FORBIDDEN', `Geen toegang: hiervoor is de rol ${required} nodig (u heeft de rol ${actual})`, {
      requiredRole: required,
    });
  }
}
