/**
 * Small HTTP helpers shared by the REST-style routers (tiles, OGC API Features, exports):
 * typed error responses and absolute URLs for links.
 *
 * Errors reuse the typed errors of errors.ts (ValidationError → 400 with the field,
 * NotFoundError → 404), so REST clients get the same codes and Dutch messages as GraphQL
 * clients. Anything else is a 500 whose text is logged, never sent: SQL stays on the server.
 */
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { UserFacingError } from './errors.js';

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

/** Express error middleware; mount last on a router. Body: { code, description, field? } (OGC style). */
export const httpErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof UserFacingError) {
    const code = String(error.extensions.code);
    const field = error.extensions.field;
    const body: ErrorBody = { code, description: error.message, ...(typeof field === 'string' ? { field } : {}) };
    res.status(STATUS_BY_CODE[code] ?? 400).type('application/json').send(JSON.stringify(body));
    return;
  }
  console.error('[http] onverwachte fout:', error);
  res.status(500).type('application/json').send(JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', description: 'Interne fout; probeer het later opnieuw' }));
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
export const publicCors: RequestHandler = (_req, res, next) => {
  res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Content-Disposition' });
  next();
};
