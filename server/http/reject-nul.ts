/**
 * The one NUL check. A NUL character (U+0000, %00) in the path, the query string or a JSON body
 * is refused with a typed 400 naming where it was, before anything runs: PostgreSQL cannot hold
 * it in text, and left in it would surface deep inside a query as an encoding error.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../common/errors.js';
import { MESSAGES } from '../common/public-error.js';

export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

// Both are callback-style hooks: they run on every request, and a promise per hook is measurable.

/** onRequest: the path and every query parameter (name and value). */
export function refuseNulInUrl(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  // Node's parser refuses a raw NUL in the request line, so only %00 can carry one.
  done(request.url.includes('%00') ? nulInUrl(request.url) : undefined);
}

function nulInUrl(raw: string): ValidationError | undefined {
  const url = new URL(raw, 'http://x');
  if (/%00/i.test(url.pathname)) return new ValidationError('path', MESSAGES.nul);
  for (const [key, value] of url.searchParams) {
    if (containsNul(key) || containsNul(value))
      return new ValidationError(key.replaceAll('\u0000', '') || 'query', MESSAGES.nul);
  }
  return undefined;
}

/** preHandler: a parsed body; the field is the top-level member that holds the NUL. */
export function refuseNulInBody(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const body = request.body;
  if (!containsNul(body)) return done();
  const members = body && typeof body === 'object' ? Object.entries(body) : [];
  const member = members.find(([k, v]) => containsNul(k) || containsNul(v))?.[0];
  done(new ValidationError(member?.replaceAll('\u0000', '') || 'body', MESSAGES.nul));
}
