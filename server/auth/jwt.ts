/**
 * OIDC-ready JWT verification: tokens signed by the configured issuer, checked against its JWKS
 * (fetched and cached by jose, keys rotated by kid), audience and expiry (exp required, 60 s of
 * clock skew). The role comes from a configurable claim (e.g. "roles", or "realm_access.roles" for
 * Keycloak); the highest known role wins. A token that fails any check yields no viewer — the
 * caller answers UNAUTHENTICATED.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Role, Viewer } from './viewer.js';

export interface JwtOptions {
  issuer: string;
  audience: string;
  /** JWKS endpoint of the identity provider (…/.well-known/jwks.json or …/protocol/openid-connect/certs). */
  jwksUrl?: string;
  /** Key set for tests or air-gapped set-ups; takes precedence over jwksUrl. */
  keySet?: JWTVerifyGetKey;
  /** Dotted path of the claim that holds the roles; default "roles". */
  rolesClaim?: string;
}

/** Clock difference tolerated between the identity provider and this server (exp, nbf, iat). */
const CLOCK_SKEW_S = 60;

const RANK: Record<Role, number> = { anonymous: 0, viewer: 1, planner: 2, admin: 3 };
const KNOWN = new Set<Role>(['viewer', 'planner', 'admin']);

export type JwtVerifier = (token: string) => Promise<Viewer | null>;

export function createJwtVerifier(options: JwtOptions): JwtVerifier {
  const keys = options.keySet ?? (options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined);
  if (!keys) throw new Error('JWT: stel OIDC_JWKS_URL in');
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256', 'ES256', 'PS256'],
        // Without exp a leaked token would work forever; every OIDC provider sets it on access tokens.
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_SKEW_S,
      });
      if (issuedInTheFuture(payload)) return null;
      return toViewer(payload, options.rolesClaim ?? 'roles');
    } catch {
      return null;
    }
  };
}

/**
 * A token "issued" later than now plus the allowed skew was minted by a clock (or a forger)
 * that cannot be trusted. jose checks this only together with maxTokenAge, which would also
 * make iat compulsory; iat stays optional here (not every provider sets it), but when present
 * it must not lie in the future.
 */
function issuedInTheFuture(payload: JWTPayload): boolean {
  return typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_S;
}

function toViewer(payload: JWTPayload, rolesClaim: string): Viewer | null {
  if (!payload.sub) return null;
  const claim = rolesClaim
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      payload,
    );
  const roles = (Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[ ,]/) : []).filter(
    (r): r is Role => KNOWN.has(r as Role),
  );
  const role = roles.reduce<Role>((best, r) => (RANK[r] > RANK[best] ? r : best), 'viewer');
  return { id: `oidc:${payload.sub}`, role };
}

/** Looks like a JWT (three base64url parts) rather than a static API token. */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}
