/**
 * How the HTTP layer answers an error: toPublicError (common/public-error.ts) decides status,
 * code and message; this file only writes them in the shape of the surface asked — GraphQL's
 * `{ errors: [{ message, extensions: { code, … } }] }` on /graphql, the OGC style
 * `{ code, description, field? }` everywhere else — with Retry-After where it applies.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, isUnexpected, MESSAGES, toPublicError, type PublicError } from '../common/public-error.js';

function isGraphqlPath(url: string): boolean {
  return url === '/graphql' || url.startsWith('/graphql/') || url.startsWith('/graphql?');
}

export function graphqlErrorBody(error: PublicError) {
  const extensions = { code: error.code, ...error.extensions, ...(error.field ? { field: error.field } : {}) };
  return { errors: [{ message: error.message, extensions }] };
}

export function restErrorBody(error: PublicError) {
  return { code: error.code, description: error.message, ...(error.field ? { field: error.field } : {}) };
}

export function sendPublicError(request: FastifyRequest, reply: FastifyReply, error: unknown): void {
  const publicError = toPublicError(error);
  if (isUnexpected(publicError))
    console.error(`[http] interne fout bij ${request.method} ${request.url.slice(0, 200)}`, error);
  if (reply.sent) return;
  if (publicError.retryAfter) reply.header('retry-after', String(publicError.retryAfter));
  if (publicError.code === 'UNAUTHENTICATED') reply.header('www-authenticate', 'Bearer realm="rijkspresentie"');
  const body = isGraphqlPath(request.url) ? graphqlErrorBody(publicError) : restErrorBody(publicError);
  reply.code(publicError.status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** Fastify's setErrorHandler: every error thrown or passed on in any hook or handler. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendPublicError(request, reply, error);
}

/** A route that does not exist: a typed 404 in the surface's shape. */
export function notFound(request: FastifyRequest, reply: FastifyReply): void {
  sendPublicError(request, reply, new HttpError({ status: 404, code: 'NOT_FOUND', message: MESSAGES.notFound }));
}
