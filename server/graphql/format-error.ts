/**
 * Only errors we raised on purpose reach clients with their message. Anything else — a database
 * error, a bug — becomes a generic INTERNAL_SERVER_ERROR and is logged here, so SQL text,
 * constraint names and stack traces never leave the server.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { GeometryError } from '../../geo/errors.js';
import { integrityViolation, isDataException, isDatabaseUnavailable, isStatementTimeout } from '../db/availability.js';

const SAFE_CODES = new Set([
  'BAD_USER_INPUT', 'INVALID_GEOMETRY', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'DATABASE_UNAVAILABLE', 'TIMEOUT',
]);

export const DATABASE_UNAVAILABLE_MESSAGE = 'De database is tijdelijk niet bereikbaar; probeer het over enkele seconden opnieuw';

/**
 * Apollo labels every validation failure GRAPHQL_VALIDATION_FAILED. Our own rules carry a more
 * precise code (the depth limit's QUERY_TOO_COMPLEX), and a geometry refused while parsing a
 * literal argument carries its problem: clients switch on one code for every refused geometry.
 */
function validationCode(error: unknown, extensions: Record<string, unknown>): string {
  const own = (error as GraphQLError | undefined)?.originalError;
  const ownCode = own instanceof GraphQLError ? own.extensions?.code : undefined;
  if (typeof ownCode === 'string' && SAFE_CODES.has(ownCode)) return ownCode;
  return extensions.problem ? 'INVALID_GEOMETRY' : 'GRAPHQL_VALIDATION_FAILED';
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && SAFE_CODES.has(code)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    if (code === 'GRAPHQL_VALIDATION_FAILED') extensions.code = validationCode(error, extensions);
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  // type-graphql wraps argument validation failures; those are the user's, not ours.
  if (original instanceof GraphQLError && original.extensions?.code && SAFE_CODES.has(String(original.extensions.code))) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: original.extensions };
  }
  // Geometry checked inside a service (geo/ has no GraphQL dependency).
  if (original instanceof GeometryError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: 'INVALID_GEOMETRY', problem: original.problem } };
  }
  // The database down or restarting: a typed, retryable error (no driver text).
  if (isDatabaseUnavailable(original)) {
    return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, locations: formatted.locations, extensions: { code: 'DATABASE_UNAVAILABLE' } };
  }
  if (isStatementTimeout(original)) {
    return { message: 'De databasevraag duurde te lang en is afgebroken; vraag minder gegevens tegelijk', path: formatted.path, locations: formatted.locations, extensions: { code: 'TIMEOUT' } };
  }
  const integrity = integrityViolation(original);
  if (integrity) {
    const extensions = integrity.field ? { code: 'BAD_USER_INPUT', field: integrity.field } : { code: 'BAD_USER_INPUT' };
    const message = `Een opgegeven waarde${integrity.field ? ` (${integrity.field})` : ''} is niet toegestaan (leeg, onbekend of al in gebruik)`;
    return { message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const request = requestError(original);
  if (request) return { message: request, extensions: { code: 'BAD_REQUEST', field: 'extensions.persistedQuery' } };
  if (isDataException(original)) {
    return { message: 'Een opgegeven waarde is ongeldig (bijvoorbeeld een onzichtbaar teken, een te groot getal of een onmogelijke datum)', path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  console.error('[graphql] interne fout', original);
  return {
    message: 'Interne fout; probeer het later opnieuw of meld het beheer',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Apollo refuses a bad persisted-query extension (unknown version, a hash that does not match the
 * query) with an HTTP 400 but no code, which would read as an internal error: the Dutch words for
 * these, or undefined for any other error.
 */
function requestError(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return undefined;
  if (error.message === 'provided sha does not match query') return 'De sha256Hash in extensions.persistedQuery hoort niet bij deze query';
  if (error.message === 'Unsupported persisted query version') return 'Deze versie van extensions.persistedQuery wordt niet ondersteund (alleen versie 1)';
  return undefined;
}
