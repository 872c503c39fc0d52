/**
 * Small HTTP helpers shared by the REST-style routers (tiles, OGC API Features, exports):
 * typed error responses and absolute URLs for links.
 *
 * Errors reuse the typed errors of errors.ts (ValidationError → 400 with the field,
 * NotFoundError → 404), so REST clients get the same codes and Dutch messages as GraphQL
 * clients. Anything else is a 500 whose text is logged, never sent: SQL stays on the server.
 */
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { isDataException, isDatabaseUnavailable, isStatementTimeout } from '../db/availability.js';
import { UserFacingError, ValidationError } from './errors.js';

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  INVALID_GEOMETRY: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

export interface ErrorBody {
  code: string;
  description: string;
  field?: string;
}

/** The same words as GraphQL's format-error.ts, for the same database conditions. */
export const DATABASE_UNAVAILABLE_DESCRIPTION = 'De database is tijdelijk niet bereikbaar; probeer het over enkele seconden opnieuw';
export const TIMEOUT_DESCRIPTION = 'De databasevraag duurde te lang en is afgebroken; vraag minder gegevens tegelijk';
export const DATA_EXCEPTION_DESCRIPTION = 'Een opgegeven waarde is ongeldig (bijvoorbeeld een onzichtbaar teken, een te groot getal of een onmogelijke datum)';

/**
 * Express error middleware; mount last on a router. Body: { code, description, field? } (OGC style).
 * Typed errors keep their code; a database that is down or a statement timeout is a retryable
 * 503; a value the database refuses (class 22) is the client's 400; Express's own 4xx (an
 * undecodable path) stays 4xx. Anything else is a 500 without its text.
 */
export const httpErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const send = (status: number, body: ErrorBody) => {
    if (res.headersSent) return void res.end();
    res.status(status).type('application/json').send(JSON.stringify(body));
  };
  if (error instanceof UserFacingError) {
    const code = String(error.extensions.code);
    const field = error.extensions.field;
    if (code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer realm="rijkspresentie"');
    return send(STATUS_BY_CODE[code] ?? 400, { code, description: error.message, ...(typeof field === 'string' ? { field } : {}) });
  }
  if (isDatabaseUnavailable(error)) {
    res.set('Retry-After', '5');
    return send(503, { code: 'DATABASE_UNAVAILABLE', description: DATABASE_UNAVAILABLE_DESCRIPTION });
  }
  if (isStatementTimeout(error)) {
    res.set('Retry-After', '5');
    return send(503, { code: 'TIMEOUT', description: TIMEOUT_DESCRIPTION });
  }
  if (isDataException(error)) return send(400, { code: 'BAD_USER_INPUT', description: DATA_EXCEPTION_DESCRIPTION });
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return send(status, { code: 'BAD_REQUEST', description: 'Het verzoek is onleesbaar (ongeldige codering in het adres?)' });
  }
  console.error('[http] onverwachte fout:', error);
  send(500, { code: 'INTERNAL_SERVER_ERROR', description: 'Interne fout; probeer het later opnieuw' });
};

/**
 * A NUL character (U+0000, %00) in the path or query string is refused with a typed 400 before
 * anything runs: PostgreSQL cannot hold it in text and would fail deep inside a query.
 */
export const rejectNulInRequest: RequestHandler = (req, _res, next) => {
  const url = new URL(req.originalUrl, 'http://x');
  const inPath = /%00/i.test(url.pathname);
  const inQuery = [...url.searchParams.entries()].find(([k, v]) => k.includes('\u0000') || v.includes('\u0000'));
  if (inPath || inQuery) {
    throw new ValidationError(inQuery ? inQuery[0].replace(/\u0000/g, '') || 'query' : 'path', 'Het verzoek bevat een NUL-teken (U+0000); dat is in tekst niet toegestaan');
  }
  next();
};

/** The origin this request reached us on, for absolute links (honours Express's trust proxy). */
export function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The query string of a request as single values; a repeated parameter is refused by the caller. */
export function singleQuery(req: Request): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const url = new URL(req.originalUrl, 'http://x');
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/**
 * Public, read-only data may be fetched from any origin: other dashboards load our tiles and
 * GeoJSON straight from the browser. ETag is exposed so their caches can revalidate.
 */
export const publicCors: RequestHandler = (req, res, next) => {
  res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Content-Disposition' });
  // A browser that sends a token (OGC API, exports) asks first; no cookies are involved, so `*` stays.
  if (req.method === 'OPTIONS') {
    res.set({ 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Headers': 'Authorization, If-None-Match', 'Access-Control-Max-Age': '600' });
    res.status(204).end();
    return;
  }
  next();
};
