/**
 * The security part of the configuration: CORS allow-list, rate limit (and its shared store),
 * timeouts, event-loop pressure, introspection, OIDC, the basemap origin the web app's CSP must
 * allow, the public URL that links are built from, and which proxies are trusted. Checked once
 * at start-up with the rest of config.ts. In production (NODE_ENV=production) development defaults are refused
 * instead of silently running: introspection stays off unless asked for, a wildcard CORS origin
 * and a half-configured OIDC are errors.
 */
import { isIP } from 'node:net';

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
  /** Redis for the rate-limit counters, shared by every instance; absent = per process. */
  rateLimitRedisUrl: string | undefined;
  /** Event-loop delay (ms) above which new requests get 503 instead of queueing; 0 = off. */
  maxEventLoopDelayMs: number;
  /** Origin (and optional path) clients reach us on, e.g. https://kaart.example.nl; links use it. */
  publicUrl: string | undefined;
  /** Fastify's trustProxy: false, true (every hop), a hop count, or proxy addresses / CIDRs. */
  trustProxy: boolean | number | string[];
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
  corsOrigins: [],
  rateLimitPerMinute: 600,
  rateLimitRedisUrl: undefined,
  maxEventLoopDelayMs: 1_000,
  publicUrl: undefined,
  trustProxy: false,
  requestTimeoutMs: 30_000,
  statementTimeoutMs: 20_000,
  lockTimeoutMs: 2_000,
  introspection: true,
  oidc: undefined,
  basemapOrigins: [DEFAULT_BASEMAP_ORIGIN],
  production: false,
};

export function parseSecurityConfig(env: Env, problems: string[]): SecurityConfig {
  const production = env.NODE_ENV === 'production';
  const corsOrigins = list(env.CORS_ORIGINS).map((o) => o.replace(/\/$/, ''));
  for (const origin of corsOrigins) {
    if (origin === '*') problems.push('CORS_ORIGINS mag geen * bevatten: noem de toegestane origins');
    else if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`CORS_ORIGINS: "${origin}" is geen origin (verwacht https://host[:poort])`);
  }
  const introspectionRaw = text(env.GRAPHQL_INTROSPECTION);
  const introspection =
    introspectionRaw === undefined ? !production : bool('GRAPHQL_INTROSPECTION', introspectionRaw, problems);
  return {
    corsOrigins,
    rateLimitPerMinute: whole(
      'RATE_LIMIT_PER_MINUTE',
      env.RATE_LIMIT_PER_MINUTE,
      SECURITY_DEFAULTS.rateLimitPerMinute,
      0,
      problems,
    ),
    rateLimitRedisUrl: redisUrl(env.RATE_LIMIT_REDIS_URL, problems),
    maxEventLoopDelayMs: whole(
      'MAX_EVENT_LOOP_DELAY_MS',
      env.MAX_EVENT_LOOP_DELAY_MS,
      SECURITY_DEFAULTS.maxEventLoopDelayMs,
      0,
      problems,
    ),
    publicUrl: publicUrl(env.PUBLIC_URL, production, problems),
    trustProxy: trustProxy(env.TRUST_PROXY, problems),
    requestTimeoutMs: whole(
      'REQUEST_TIMEOUT_MS',
      env.REQUEST_TIMEOUT_MS,
      SECURITY_DEFAULTS.requestTimeoutMs,
      100,
      problems,
    ),
    statementTimeoutMs: whole(
      'STATEMENT_TIMEOUT_MS',
      env.STATEMENT_TIMEOUT_MS,
      SECURITY_DEFAULTS.statementTimeoutMs,
      100,
      problems,
    ),
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
  else if (env.NODE_ENV === 'production' && !jwksUrl.startsWith('https://'))
    problems.push('OIDC_JWKS_URL moet in productie https gebruiken');
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

/** An absolute http(s) URL without query or fragment; https in production. Trailing / dropped. */
function publicUrl(raw: string | undefined, production: boolean, problems: string[]): string | undefined {
  const value = text(raw);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`PUBLIC_URL is geen geldige URL ("${value}"); verwacht bijvoorbeeld https://kaart.example.nl`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    problems.push('PUBLIC_URL moet met http:// of https:// beginnen');
  else if (production && url.protocol !== 'https:') problems.push('PUBLIC_URL moet in productie https gebruiken');
  if (url.search || url.hash || url.username || url.password)
    problems.push('PUBLIC_URL mag geen query, fragment of inloggegevens bevatten');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * TRUST_PROXY as Fastify's trustProxy takes it. Only a trusted proxy's X-Forwarded-For/-Proto
 * count: for the client address (rate limit) and the protocol. Unset: no header is believed.
 */
function trustProxy(raw: string | undefined, problems: string[]): boolean | number | string[] {
  const value = text(raw);
  if (value === undefined || ['0', 'false', 'no', 'nee'].includes(value.toLowerCase())) return false;
  if (['true', 'yes', 'ja'].includes(value.toLowerCase())) return true;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = list(value);
  const bad = entries.filter((e) => !isAddressOrCidr(e) && !['loopback', 'linklocal', 'uniquelocal'].includes(e));
  if (bad.length > 0)
    problems.push(`TRUST_PROXY: "${bad.join(', ')}" is geen IP-adres of CIDR-blok (of zet true / een aantal hops)`);
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address || isIP(address) === 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
}

function redisUrl(raw: string | undefined, problems: string[]): string | undefined {
  const value = text(raw);
  if (value !== undefined && !/^rediss?:\/\/[^\s]+$/.test(value))
    problems.push('RATE_LIMIT_REDIS_URL moet een redis:// of rediss:// URL zijn');
  return value;
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, problems: string[]): number {
  const value = text(raw);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    problems.push(`${name} moet een geheel getal van ${min} of meer zijn (kreeg "${value}")`);
  return n;
}

function bool(name: string, raw: string, problems: string[]): boolean {
  if (['1', 'true', 'yes', 'ja'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'nee'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return false;
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function text(raw: string | undefined): string | undefined {
  return raw && raw.trim() !== '' ? raw.trim() : undefined;
}
