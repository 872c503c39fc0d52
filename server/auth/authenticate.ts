/**
 * Who is asking: the bearer token of a request becomes a Viewer. No header means anonymous
 * (public data only). A header with an unknown token is an error, not a silent downgrade, so a
 * misconfigured client learns at once. Comparison: SHA-256 of the presented token against every
 * configured hash with timingSafeEqual, without stopping at the first match.
 */
import { timingSafeEqual } from 'node:crypto';
import { ANONYMOUS, type Viewer } from '../graphql/context.js';
import { UnauthenticatedError } from './errors.js';
import { sha256, type TokenEntry } from './tokens.js';

export function viewerFromAuthorization(header: string | undefined, tokens: readonly TokenEntry[]): Viewer {
  if (header === undefined || header.trim() === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('Authorization-header moet de vorm "Bearer <token>" hebben');
  const entry = findToken(match[1]!, tokens);
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
