/**
 * The security part of the configuration: CORS allow-list, rate limit, timeouts, introspection,
 * OIDC and the basemap origin the web app's CSP must allow. Checked once at start-up with the
 * rest of config.ts. In production (NODE_ENV=production) development defaults are refused
 * instead of silently running: introspection stays off unless asked for, a wildcard CORS origin
 * and a half-configured OIDC are errors.
 */
type Env = Record<string, string | undefined>;

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  rolesClaim: string;
}

export interface SecurityConfig {
  /** Browser origins allowed to call /graphql cross-origin (exact "https://host[:port]"). */
  corsOrigins: string[];
  /** Requests per minute per client on the API routes; 0 switches the limit off. */
  rateLimitPerMinute: number;
  /** Longest a request may run before it is answered 503 (ms). */
  requestTimeoutMs: number;
  /** Longest a single SQL statement may run (ms). */
  statementTimeoutMs: number;
  /** Longest a statement waits for a lock another session holds (ms). */
  lockTimeoutMs: number;
  introspection: boolean;
  oidc: OidcConfig | undefined;
  /** Origins of the configured basemap (style, tiles, sprites, glyphs) for the CSP. */
  basemapOrigins: string[];
  production: boolean;
}

/**
 * Origin of the web app's default basemap, PDOK BRT-Achtergrondkaart (web/src/map/basemap.ts):
 * allowed in the CSP when BASEMAP_STYLE_URL names no other, or the browser blocks its tiles.
 */
export const DEFAULT_BASEMAP_ORIGIN = 'https://service.pdok.nl';

export const SECURITY_DEFAULTS: SecurityConfig = {
  corsOrigins: [], rateLimitPerMinute: 600, requestTimeoutMs: 30_000, statementTimeoutMs: 20_000, lockTimeoutMs: 2_000,
  introspection: true, oidc: undefined, basemapOrigins: [DEFAULT_BASEMAP_ORIGIN], production: false,
};

export function parseSecurityConfig(env: Env, problems: string[]): SecurityConfig {
  const production = env.NODE_ENV === 'production';
  const corsOrigins = list(env.CORS_ORIGINS).map((o) => o.replace(/\/$/, ''));
  for (const origin of corsOrigins) {
    if (origin === '*') problems.push('CORS_ORIGINS mag geen * bevatten: noem de toegestane origins');
    else if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is geen origin (verwacht https://host[:poort])`);
  }
  const introspectionRaw = text(env.GRAPHQL_INTROSPECTION);
  const introspection = introspectionRaw === undefined ? !production : bool('GRAPHQL_INTROSPECTION', introspectionRaw, problems);
  return {
    corsOrigins,
    rateLimitPerMinute: whole('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, SECURITY_DEFAULTS.rateLimitPerMinute, 0, problems),
    requestTimeoutMs: whole('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, SECURITY_DEFAULTS.requestTimeoutMs, 100, problems),
    statementTimeoutMs: whole('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, SECURITY_DEFAULTS.statementTimeoutMs, 100, problems),
    lockTimeoutMs: whole('LOCK_TIMEOUT_MS', env.LOCK_TIMEOUT_MS, SECURITY_DEFAULTS.lockTimeoutMs, 100, problems),
    introspection,
    oidc: parseOidc(env, problems),
    basemapOrigins: basemapOrigins(env.BASEMAP_STYLE_URL, problems),
    production,
  };
}

function parseOidc(env: Env, problems: string[]): OidcConfig | undefined {
  const issuer = text(env.OIDC_ISSUER);
  const audience = text(env.OIDC_AUDIENCE);
  const jwksUrl = text(env.OIDC_JWKS_URL);
  if (!issuer && !audience && !jwksUrl) return undefined;
  if (!issuer || !audience || !jwksUrl) {
    problems.push('OIDC: zet OIDC_ISSUER, OIDC_AUDIENCE en OIDC_JWKS_URL samen (of geen van drieën)');
    return undefined;
  }
  if (!/^https?:\/\//.test(jwksUrl)) problems.push('OIDC_JWKS_URL moet een http(s)-URL zijn');
  else if (env.NODE_ENV === 'production' && !jwksUrl.startsWith('https://')) problems.push('OIDC_JWKS_URL moet in productie https gebruiken');
  return { issuer, audience, jwksUrl, rolesClaim: text(env.OIDC_ROLES_CLAIM) ?? 'roles' };
}

function basemapOrigins(raw: string | undefined, problems: string[]): string[] {
  const url = text(raw);
  if (!url) return [DEFAULT_BASEMAP_ORIGIN];
  try {
    return [new URL(url).origin];
  } catch {
    problems.push(`BASEMAP_STYLE_URL is geen geldige URL ("${url}")`);
    return [];
  }
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, problems: string[]): number {
  const value = text(raw);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) problems.push(`${name} moet een geheel getal van ${min} of meer zijn (kreeg "${value}")`);
  return n;
}

function bool(name: string, raw: string, problems: string[]): boolean {
  if (['1', 'true', 'yes', 'ja'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'nee'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return false;
}

function list(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function text(raw: string | undefined): string | undefined {
  return raw && raw.trim() !== '' ? raw.trim() : undefined;
}
