/**
 * HTTP hardening shared by every route: security headers on every response, a CORS allow-list,
 * a per-request timeout and a body-size limit set where the JSON parser is mounted (app.ts).
 */
import type { NextFunction, Request, Response } from 'express';

/**
 * The web app loads only its own scripts and styles; MapLibre needs blob: workers and WebGL
 * (no CSP directive), tiles and data from this origin, and a configured basemap origin.
 */
export function securityHeaders(options: { production: boolean; basemapOrigins?: string[] }) {
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
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'geolocation=(), camera=(), microphone=()');
    if (options.production) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/**
 * CORS for other teams' browser apps: only origins on the allow-list get CORS headers; others
 * get none (the browser then blocks them). Server-to-server clients are unaffected by CORS.
 */
export function corsAllowList(allowed: string[]) {
  const origins = new Set(allowed);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Apollo-Require-Preflight');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.status(origin && origins.has(origin) ? 204 : 403).end();
      return;
    }
    next();
  };
}

/** Answers 503 with a clear message when a request runs longer than `ms`; the work is abandoned. */
export function requestTimeout(ms: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        res.status(503).json({ errors: [{ message: `Het verzoek duurde langer dan ${ms / 1000} s en is afgebroken`, extensions: { code: 'TIMEOUT' } }] });
      }
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
