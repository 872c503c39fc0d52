/**
 * The one error translator: every database condition, typed error and framework error maps to
 * one status, one code and one Dutch message, and nothing unforeseen leaks its text.
 */
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { GeometryError } from '../../geo/errors.js';
import { NotFoundError, ValidationError } from '../../server/common/errors.js';
import { MESSAGES, toPublicError } from '../../server/common/public-error.js';

/** A pg DatabaseError as TypeORM hands it on (QueryFailedError keeps it as driverError). */
function pgError(code: string, message: string) {
  return Object.assign(new Error(`query failed: ${message}`), {
    driverError: Object.assign(new Error(message), { code }),
  });
}

describe('toPublicError', () => {
  it.each([
    ['55000', 'database "rp" is not currently accepting connections'],
    ['53300', 'sorry, too many clients already'],
    ['28000', 'role "rp_app" is not permitted to log in'],
    ['28P01', 'password authentication failed for user "rp_app"'],
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
  ])('answers a database that refuses us (%s) with 503 DATABASE_UNAVAILABLE and Retry-After', (code, message) => {
    expect(toPublicError(pgError(code, message))).toEqual({
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
      message: MESSAGES.databaseUnavailable,
      retryAfter: 5,
    });
  });

  it('keeps 55000 for other reasons a bug (500), not a refusal', () => {
    expect(toPublicError(pgError('55000', 'currval of sequence "x" is not yet defined in this session'))).toMatchObject(
      { status: 500, code: 'INTERNAL_SERVER_ERROR' },
    );
  });

  it('calls a full pool SERVICE_BUSY, not DATABASE_UNAVAILABLE', () => {
    expect(toPublicError(new Error('timeout exceeded when trying to connect'))).toEqual({
      status: 503,
      code: 'SERVICE_BUSY',
      message: MESSAGES.serviceBusy,
      retryAfter: 5,
    });
  });

  it('answers a statement timeout with 503 TIMEOUT and a value the database refuses with 400', () => {
    expect(toPublicError(pgError('57014', 'canceling statement due to statement timeout'))).toMatchObject({
      status: 503,
      code: 'TIMEOUT',
      retryAfter: 5,
    });
    expect(toPublicError(pgError('22P05', 'unsupported Unicode escape sequence'))).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: MESSAGES.dataException,
    });
  });

  it('keeps our typed errors with their field and extra members, also when GraphQL wrapped them', () => {
    expect(toPublicError(new ValidationError('first', 'Hoogstens 500'))).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'Hoogstens 500',
      field: 'first',
    });
    const original = new NotFoundError('Locatie', 7);
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['site'] }); // as graphql-js locates it
    expect(toPublicError(wrapped)).toEqual({
      status: 404,
      code: 'NOT_FOUND',
      message: 'Locatie "7" bestaat niet',
      extensions: { what: 'Locatie', key: '7' },
    });
    expect(toPublicError(new GeometryError('OUTSIDE_NETHERLANDS', 'Buiten Nederland'))).toMatchObject({
      status: 400,
      code: 'INVALID_GEOMETRY',
      extensions: { problem: 'OUTSIDE_NETHERLANDS' },
    });
  });

  it('gives framework 4xx errors a typed code and never passes an unforeseen message on', () => {
    expect(toPublicError(Object.assign(new Error('Request body is too large'), { statusCode: 413 }))).toMatchObject({
      status: 413,
      code: 'BAD_REQUEST',
      message: MESSAGES.tooLarge,
    });
    expect(
      toPublicError(Object.assign(new Error('Unsupported Content-Encoding: zstd'), { statusCode: 415 })),
    ).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    expect(toPublicError(new Error('SELECT secret FROM x'))).toEqual({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: MESSAGES.internal,
    });
  });
});
