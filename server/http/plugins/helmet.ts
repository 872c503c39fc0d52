/**
 * Security headers on every response (@fastify/helmet): a Content-Security-Policy for the web
 * app, nosniff, frame denial, no referrer, same-origin opener isolation, and HSTS in production.
 * The web app loads only its own scripts and styles; MapLibre needs blob: workers and WebGL (no
 * CSP directive), tiles and data from this origin, and the configured basemap origin.
 */
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface HelmetOptions {
  production: boolean;
  basemapOrigins: string[];
}

export function webAppCsp(basemapOrigins: string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"], // MapLibre sets inline styles on its controls
    'img-src': ["'self'", 'data:', 'blob:', ...basemapOrigins],
    'connect-src': ["'self'", ...basemapOrigins],
    'worker-src': ["'self'", 'blob:'],
    'font-src': ["'self'", 'data:'],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

// Helmet has no Permissions-Policy; the one header we add by hand.
const PERMISSIONS_POLICY = 'geolocation=(), camera=(), microphone=()';

async function helmet(app: FastifyInstance, options: HelmetOptions): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: webAppCsp(options.basemapOrigins) },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Tiles, OGC API and exports are public data that other origins load: no CORP header.
    crossOriginResourcePolicy: false,
    strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
}

export default fp(helmet, { name: 'rp-helmet' });
