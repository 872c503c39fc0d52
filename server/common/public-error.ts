/**
 * The one translator from any error to what a client may be told: `toPublicError(err)` →
 * { status, code, message, field?, retryAfter?, extensions? }. GraphQL's formatError, the HTTP
 * layer's error handler (REST surfaces and requests that never reach GraphQL) and the last-resort
 * handlers all go through it, so one condition has one code, one status and one Dutch message.
 *
 * Only errors raised on purpose keep their text. A database that is down or refuses us, a full
 * pool and a statement timeout are typed, retryable 503s; a value the database refuses is the
 * client's 400; anything else is a 500 whose text stays in the log (SQL, constraint names and
 * stack traces never leave the server).
 */
import { GraphQLError } from 'graphql';
import { GeometryError } from '../../geo/errors.js';
import {
  integrityViolation,
  isDataException,
  isDatabaseUnavailable,
  isPoolExhausted,
  isStatementTimeout,
} from '../db/availability.js';

export interface PublicError {
  status: number;
  code: string;
  message: string;
  /** The argument, parameter or input field at fault, so a form can show the message inline. */
  field?: string;
  /** Seconds a client should wait before retrying (sent as Retry-After). */
  retryAfter?: number;
  /** Further safe members for GraphQL's `extensions` (e.g. problem, requiredRole, currentVersion). */
  extensions?: Record<string, unknown>;
}

/** Retry-After for the database conditions: long enough for a restart or a burst to pass. */
export const RETRY_AFTER_S = 5;

/** One definition per message. */
export const MESSAGES = {
  databaseUnavailable: 'De database is tijdelijk niet bereikbaar; probeer het over enkele seconden opnieuw',
  starting: 'De database is tijdelijk niet bereikbaar; probeer het over enkele seconden opnieuw (de dienst start nog)',
  serviceBusy: 'De dienst is tijdelijk te druk; probeer het over enkele seconden opnieuw',
  statementTimeout: 'De databasevraag duurde te lang en is afgebroken; vraag minder gegevens tegelijk',
  dataException:
    'Een opgegeven waarde is ongeldig (bijvoorbeeld een onzichtbaar teken, een te groot getal of een onmogelijke datum)',
  internal: 'Interne fout; probeer het later opnieuw of meld het beheer',
  notAllowed: (field?: string) =>
    `Een opgegeven waarde${field ? ` (${field})` : ''} is niet toegestaan (leeg, onbekend of al in gebruik)`,
  persistedQueryMismatch: 'De sha256Hash in extensions.persistedQuery hoort niet bij deze query',
  persistedQueryVersion: 'Deze versie van extensions.persistedQuery wordt niet ondersteund (alleen versie 1)',
  tooLarge: 'Het verzoek is te groot',
  // Fastify's JSON parser also refuses a "__proto__" or constructor.prototype key (against prototype
  // pollution) with the same error as broken JSON: the message names both.
  unreadable:
    'Het verzoek is onleesbaar: ongeldige JSON, een niet-toegestane sleutel ("__proto__" of "constructor.prototype") of een ongeldige codering',
  unsupportedType: 'Dit soort inhoud (Content-Type of Content-Encoding) wordt niet ondersteund; stuur application/json',
  nul: 'Het verzoek bevat een NUL-teken (U+0000); dat is in tekst niet toegestaan',
  notFound: 'Niet gevonden',
  corsRefused: 'Deze origin mag de API niet vanuit de browser aanroepen',
  requestTimeout: (seconds: number) => `Het verzoek duurde langer dan ${seconds} s en is afgebroken`,
  rateLimited: (seconds: number) => `Te veel verzoeken; probeer het over ${seconds} s opnieuw`,
} as const;

/** Codes that clients switch on, with their HTTP status. */
export const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  INVALID_GEOMETRY: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  SERVICE_BUSY: 503,
  TIMEOUT: 503,
};

/** Codes whose errors say "try again shortly": a GraphQL answer made only of these is a 503. */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set(['DATABASE_UNAVAILABLE', 'SERVICE_BUSY', 'TIMEOUT']);

/** A typed error raised by the HTTP layer itself (body too large, NUL, rate limit, time limit). */
export class HttpError extends Error {
  constructor(readonly publicError: PublicError) {
    super(publicError.message);
    this.name = 'HttpError';
  }
}

export function toPublicError(error: unknown): PublicError {
  if (error instanceof HttpError) return error.publicError;
  if (error instanceof GraphQLError) {
    const typed = fromGraphqlError(error) ?? fromApolloRequestError(error);
    if (typed) return typed;
    if (error.originalError) return toPublicError(error.originalError);
  }
  if (error instanceof GeometryError) {
    return { status: 400, code: 'INVALID_GEOMETRY', message: error.message, extensions: { problem: error.problem } };
  }
  const known = fromCondition(error);
  if (known) return known;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return fromHttpStatus(status);
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: MESSAGES.internal };
}

/** Is this a 500 we did not foresee (to be logged with its text)? */
export function isUnexpected(publicError: PublicError): boolean {
  return publicError.status >= 500 && !RETRYABLE_CODES.has(publicError.code);
}

/** Our typed errors (common/errors.ts) and Apollo's own request errors keep code and message. */
function fromGraphqlError(error: GraphQLError): PublicError | undefined {
  const { code, field, http: _http, stacktrace: _stack, ...rest } = error.extensions ?? {};
  if (typeof code !== 'string' || !(code in STATUS_BY_CODE) || code === 'INTERNAL_SERVER_ERROR') return undefined;
  return {
    status: STATUS_BY_CODE[code]!,
    code,
    message: error.message,
    ...(typeof field === 'string' ? { field } : {}),
    ...(Object.keys(rest).length > 0 ? { extensions: rest } : {}),
  };
}

/** Database conditions, recognised by SQLSTATE or driver words (db/availability.ts). */
function fromCondition(error: unknown): PublicError | undefined {
  const retry = { status: 503, retryAfter: RETRY_AFTER_S };
  if (isPoolExhausted(error)) return { ...retry, code: 'SERVICE_BUSY', message: MESSAGES.serviceBusy };
  if (isDatabaseUnavailable(error))
    return { ...retry, code: 'DATABASE_UNAVAILABLE', message: MESSAGES.databaseUnavailable };
  if (isStatementTimeout(error)) return { ...retry, code: 'TIMEOUT', message: MESSAGES.statementTimeout };
  if (isDataException(error)) return { status: 400, code: 'BAD_USER_INPUT', message: MESSAGES.dataException };
  const integrity = integrityViolation(error);
  if (integrity) {
    const { field } = integrity;
    return { status: 400, code: 'BAD_USER_INPUT', message: MESSAGES.notAllowed(field), ...(field ? { field } : {}) };
  }
  return undefined;
}

/**
 * Apollo refuses a bad persisted-query extension (unknown version, a hash that does not match the
 * query) with an HTTP 400 but no code, which would read as an internal error.
 */
function fromApolloRequestError(error: GraphQLError): PublicError | undefined {
  if (error.extensions?.code !== undefined) return undefined;
  const field = 'extensions.persistedQuery';
  if (error.message === 'provided sha does not match query') {
    return { status: 400, code: 'BAD_REQUEST', message: MESSAGES.persistedQueryMismatch, field };
  }
  if (error.message === 'Unsupported persisted query version') {
    return { status: 400, code: 'BAD_REQUEST', message: MESSAGES.persistedQueryVersion, field };
  }
  return undefined;
}

/** Errors the HTTP framework raised with a 4xx status (unreadable body, bad encoding, …). */
function fromHttpStatus(status: number): PublicError {
  if (status === 404) return { status, code: 'NOT_FOUND', message: MESSAGES.notFound };
  if (status === 413) return { status, code: 'BAD_REQUEST', message: MESSAGES.tooLarge };
  if (status === 415) return { status, code: 'BAD_REQUEST', message: MESSAGES.unsupportedType };
  return { status, code: 'BAD_REQUEST', message: MESSAGES.unreadable };
}
