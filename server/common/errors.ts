/**
 * Typed errors that reach API clients. Each carries an `extensions.code` that client code can
 * switch on, and a message that is safe to show. Anything else is reported as INTERNAL_SERVER_ERROR
 * without its text (see graphql/format-error.ts), so SQL and stack traces never leak.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  'BAD_USER_INPUT' | 'INVALID_GEOMETRY' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export class UserFacingError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input for one argument or field; `field` names it so a form can show the message inline. */
export class ValidationError extends UserFacingError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what: string, key: string | number) {
    super('NOT_FOUND', `${what} "${key}" bestaat niet`, { what, key: String(key) });
  }
}

/** Someone changed the record since the client read it; nothing was written. */
export class ConflictError extends UserFacingError {
  constructor(what: string, id: number, currentVersion: number, yourVersion: number) {
    super(
      'CONFLICT',
      `${what} ${id} is intussen gewijzigd (huidige versie ${currentVersion}, uw versie ${yourVersion}); er is niets opgeslagen`,
      {
        currentVersion,
        yourVersion,
      },
    );
  }
}
