/**
 * Opens the pool guard's scope for every request (db/pool-guard.ts): statements a request runs
 * count against its surface's share of the connection pool (health, tiles, ogc, export, graphiql,
 * web, graphql; GraphQL names its class more precisely once the operation is known, see
 * graphql/query-class.ts). So one slow class cannot take every connection.
 * The scope is an AsyncLocalStorage opened in onRequest: everything the request does after it
 * (later hooks, the handler, the statements) runs inside it.
 */
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { runInQueryClass } from '../db/pool-guard.js';

const SURFACES = new Set(['health', 'tiles', 'ogc', 'export', 'graphiql', 'graphql']);

export function surfaceOf(url: string): string {
  const first = url.split(/[/?]/, 2)[1] ?? '';
  return SURFACES.has(first) ? first : 'web';
}

export function openQueryClassScope(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  runInQueryClass(surfaceOf(request.url), done);
}
