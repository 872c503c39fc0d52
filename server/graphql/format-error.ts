/**
 * GraphQL's side of the one error translator (common/public-error.ts): every error in a GraphQL
 * answer carries the code, message and field that toPublicError gives it. Unforeseen errors are
 * logged here and reach the client as a generic INTERNAL_SERVER_ERROR, so SQL text, constraint
 * names and stack traces never leave the server.
 */
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isUnexpected, STATUS_BY_CODE, toPublicError } from '../common/public-error.js';

/**
 * Apollo labels every validation failure GRAPHQL_VALIDATION_FAILED. Our own rules carry a more
 * precise code (the depth limit's QUERY_TOO_COMPLEX), and a geometry refused while parsing a
 * literal argument carries its problem: clients switch on one code for every refused geometry.
 */
function validationCode(error: unknown, extensions: Record<string, unknown>): string {
  const own = (error as GraphQLError | undefined)?.originalError;
  const ownCode = own instanceof GraphQLError ? own.extensions?.code : undefined;
  if (typeof ownCode === 'string' && ownCode in STATUS_BY_CODE) return ownCode;
  return extensions.problem ? 'INVALID_GEOMETRY' : 'GRAPHQL_VALIDATION_FAILED';
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
    const { stacktrace: _omit, ...extensions } = formatted.extensions;
    return { ...formatted, extensions: { ...extensions, code: validationCode(error, extensions) } };
  }
  const publicError = toPublicError(error);
  if (isUnexpected(publicError)) console.error('[graphql] interne fout', error);
  const extensions = {
    code: publicError.code,
    ...publicError.extensions,
    ...(publicError.field ? { field: publicError.field } : {}),
  };
  return { message: publicError.message, path: formatted.path, locations: formatted.locations, extensions };
}
