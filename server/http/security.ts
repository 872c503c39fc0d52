/**
 * HTTP hardening shared by every route: security headers on every response, a CORS allow-list,
 * a per-request timeout (the body-size limit is in graphql-endpoint.ts, the only route with a body).
 */
import type { NextFunction, Request, Response } from 'express';

/**
 * The web app loads only its own scripts and styles; MapLibre needs blob: workers and WebGL
 * (no CSP directive), tiles and data from this origin, and a configured basemap origin.
 */
export function securityHeaders(options: { production: boolean; basemapOrigins?: string[] }) {
  const headers = securityHeaderList(options);
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** The headers every response carries, as [name, value] pairs (Express and the GraphQL endpoint). */
export function securityHeaderList(options: { production: boolean; basemapOrigins?: string[] }): [string, string][] {
  const connect = ["'self'", ...(options.basemapOrigins ?? [])].join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'", // MapLibre sets inline styles on its controls
    `img-src 'self' data: blob: ${(options.basemapOrigins ?? []).join(' ')}`.trim(),
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "font-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'geolocation=(), camera=(), microphone=()'],
    ...(options.production ? [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as [string, string]] : []),
  ];
}

/**
 * CORS for other teams' browser apps on /graphql (graphql-endpoint.ts): only origins on the
 * allow-list get CORS headers; others get none (the browser then blocks them). Server-to-server
 * clients are unaffected by CORS.
 */
export function corsHeaders(origin: string | undefined, origins: ReadonlySet<string>): [string, string][] {
  if (!origin || !origins.has(origin)) return [];
  return [
    ['Access-Control-Allow-Origin', origin],
    ['Vary', 'Origin'],
    ['Access-Control-Allow-Headers', 'Content-Type, Authorization, Apollo-Require-Preflight'],
    ['Access-Control-Allow-Methods', 'GET, POST, OPTIONS'],
    ['Access-Control-Max-Age', '600'],
  ];
}

/** The 503 body of a request that ran out of time. */
export function timeoutBody(ms: number) {
  return { errors: [{ message: `Het verzoek duurde langer dan ${ms / 1000} s en is afgebroken`, extensions: { code: 'TIMEOUT' } }] };
}

/** Answers 503 with a clear message when a request runs longer than `ms`; the work is abandoned. */
export function requestTimeout(ms: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        res.status(503).json(timeoutBody(ms));
      }
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
