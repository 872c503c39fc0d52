/**
 * Security headers on every response, from Helmet: a Content-Security-Policy for the web app,
 * nosniff, frame denial, no referrer, same-origin opener isolation, and HSTS in production. The
 * web app loads only its own scripts and styles; MapLibre needs blob: workers and WebGL (no CSP
 * directive), tiles and data from this origin, and the configured basemap origin.
 *
 * Why Helmet itself and not @fastify/helmet: the Fastify wrapper builds Helmet's middleware anew
 * on every request (parsing the CSP each time), measured at ~30 µs of the ~130 µs a small
 * GraphQL request costs. Our headers do not depend on the request, so Helmet runs once here and
 * its output is set by one hook. A scope may swap the CSP (GraphiQL: `contentSecurityPolicy`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

export interface SecurityHeaderOptions {
  production: boolean;
  basemapOrigins: string[];
}

export type CspDirectives = Record<string, string[]>;

export function webAppCsp(basemapOrigins: string[]): CspDirectives {
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

function helmetOptions(options: SecurityHeaderOptions, csp: CspDirectives): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: csp },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Tiles, OGC API and exports are public data that other origins load: no CORP header.
    crossOriginResourcePolicy: false,
    strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Headers for browsers of the past (IE's download and XSS filters, Flash policies) and
    // hints we never relied on: off, so every API answer stays as lean as before.
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  };
}

/** The [name, value] pairs Helmet sets for these options (it sets the same ones on every response). */
export function securityHeaders(
  options: SecurityHeaderOptions,
  csp = webAppCsp(options.basemapOrigins),
): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => void headers.push([name, value]),
    removeHeader: () => {},
  };
  helmet(helmetOptions(options, csp))(null as never, recorder as never, () => {});
  // Helmet has no Permissions-Policy; the one header we add ourselves.
  headers.push(['Permissions-Policy', 'geolocation=(), camera=(), microphone=()']);
  return headers;
}

/** An onRequest hook that sets a fixed list of headers on the raw response. */
export function setHeaders(headers: [string, string][]) {
  return (_request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  };
}

async function securityHeadersPlugin(app: FastifyInstance, options: SecurityHeaderOptions): Promise<void> {
  app.addHook('onRequest', setHeaders(securityHeaders(options)));
}

export default fp(securityHeadersPlugin, { name: 'rp-security-headers' });
