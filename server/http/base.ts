/**
 * What both apps (starting-app.ts while the database is not up, app.ts after) share: a Fastify
 * instance with our body limit, trust-proxy setting and router options, the one error handler,
 * and the security headers on every response.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { SecurityConfig } from '../config-security.js';
import { errorHandler } from './errors.js';
import securityHeaders from './plugins/helmet.js';

/** GraphQL documents with variables, and nothing we serve takes more. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function createBaseApp(security: SecurityConfig): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: trustProxyOption(security.trustProxy),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setErrorHandler(errorHandler);
  await app.register(securityHeaders, { production: security.production, basemapOrigins: security.basemapOrigins });
  return app;
}

/** A hop count as the function Fastify would build from it (its types take no number). */
function trustProxyOption(value: SecurityConfig['trustProxy']): FastifyServerOptions['trustProxy'] {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}
