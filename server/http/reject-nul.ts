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

/** onRequest: the path and every query parameter (name and value). */
export async function refuseNulInUrl(request: FastifyRequest): Promise<void> {
  const url = new URL(request.url, 'http://x');
  if (/%00/i.test(url.pathname)) throw new ValidationError('path', MESSAGES.nul);
  for (const [key, value] of url.searchParams) {
    if (containsNul(key) || containsNul(value)) throw new ValidationError(key.replace(/\u0000/g, '') || 'query', MESSAGES.nul);
  }
}

/** preHandler: a parsed body; the field is the top-level member that holds the NUL. */
export async function refuseNulInBody(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const body = request.body;
  if (!containsNul(body)) return;
  const member = body && typeof body === 'object' ? Object.entries(body).find(([k, v]) => containsNul(k) || containsNul(v))?.[0] : undefined;
  throw new ValidationError(member?.replace(/\u0000/g, '') || 'body', MESSAGES.nul);
}
