/**
 * CORS (@fastify/cors), two policies:
 * - /graphql: only the configured browser origins (CORS_ORIGINS) get CORS headers; a preflight
 *   from any other origin is refused with 403. Same-origin and server-to-server calls need none.
 * - tiles, OGC API, exports: public read-only data, `Access-Control-Allow-Origin: *`, ETag and
 *   Content-Disposition exposed so other dashboards' caches can revalidate. A browser that sends
 *   a token asks first; no cookies are involved, so `*` stays.
 */
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, MESSAGES } from '../../common/public-error.js';

const ALLOW_LIST_OPTIONS = {
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight'],
  maxAge: 600,
};

async function allowListCors(app: FastifyInstance, options: { origins: string[] }): Promise<void> {
  const origins = new Set(options.origins);
  const allowed = (origin: string | undefined) => origin !== undefined && origins.has(origin);
  // A preflight from an origin not on the list is refused outright (the plugin would 404 it).
  app.addHook('onRequest', (request, _reply, done) => {
    const refused = request.method === 'OPTIONS' && !allowed(request.headers.origin);
    done(refused ? new HttpError({ status: 403, code: 'FORBIDDEN', message: MESSAGES.corsRefused }) : undefined);
  });
  // No origin on the list: nothing to add to any answer, so no per-request hook either.
  if (origins.size === 0) return;
  await app.register(fastifyCors, {
    ...ALLOW_LIST_OPTIONS,
    origin: (origin, callback) => callback(null, allowed(origin)),
  });
}

async function publicCors(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Content-Disposition'],
    maxAge: 600,
    strictPreflight: false,
  });
}

/** Register inside the /graphql scope. */
export const graphqlCors = fp(allowListCors);
/** Register inside each public data scope (tiles, ogc, export). */
export const openDataCors = fp(publicCors);
