/**
 * Who is asking: the bearer token of a request becomes a Viewer. No header means anonymous
 * (public data only). A header with an unknown token is an error, not a silent downgrade, so a
 * misconfigured client learns at once. A bearer that looks like a JWT goes to the OIDC verifier
 * (when configured); anything else is a static API token: SHA-256 of the presented token against
 * every configured hash with timingSafeEqual, without stopping at the first match.
 */
import { timingSafeEqual } from 'node:crypto';
import { ANONYMOUS, type Viewer } from './viewer.js';
import { UnauthenticatedError } from './errors.js';
import { looksLikeJwt, type JwtVerifier } from './jwt.js';
import { sha256, type TokenEntry } from './tokens.js';

export interface Authenticator {
  tokens: readonly TokenEntry[];
  /** OIDC verifier; absent when OIDC is not configured (JWTs are then refused as unknown). */
  jwt?: JwtVerifier;
}

/** Static tokens and JWTs; async because JWKS keys may have to be fetched. */
export async function authenticate(header: string | undefined, auth: Authenticator): Promise<Viewer> {
  const token = bearer(header);
  if (token === undefined) return ANONYMOUS;
  if (auth.jwt && looksLikeJwt(token)) {
    const viewer = await auth.jwt(token);
    if (!viewer) throw new UnauthenticatedError('Token ongeldig of verlopen');
    return viewer;
  }
  return staticViewer(token, auth.tokens);
}

/** Static API tokens only (synchronous). */
export function viewerFromAuthorization(header: string | undefined, tokens: readonly TokenEntry[]): Viewer {
  const token = bearer(header);
  return token === undefined ? ANONYMOUS : staticViewer(token, tokens);
}

function bearer(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('Authorization-header moet de vorm "Bearer <token>" hebben');
  return match[1]!;
}

function staticViewer(token: string, tokens: readonly TokenEntry[]): Viewer {
  const entry = findToken(token, tokens);
  if (!entry) throw new UnauthenticatedError('Onbekend of ingetrokken token');
  return { id: entry.name, role: entry.role };
}

function findToken(token: string, tokens: readonly TokenEntry[]): TokenEntry | undefined {
  const presented = sha256(token);
  let found: TokenEntry | undefined;
  for (const entry of tokens) {
    if (timingSafeEqual(presented, entry.hash) && !found) found = entry;
  }
  return found;
}
