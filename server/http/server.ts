/**
 * The Node HTTP server every app instance runs on (main's service and the tests alike), with the
 * socket limits that Fastify leaves to whoever creates the server:
 * - a request whose headers or body do not arrive in time is answered 408 and its socket closed
 *   (requestTimeout / headersTimeout, checked every second instead of Node's 30 s), the backstop
 *   behind request-timeout.ts's own 503 — so a slow upload cannot hold a socket for minutes;
 * - an idle keep-alive socket is closed after a few seconds.
 */
import http from 'node:http';
import type { NodeHandler } from './app.js';

/** After our own 503 at requestTimeoutMs, Node gets this long before it cuts a slow request. */
const BACKSTOP_GRACE_MS = 1_000;
const MAX_HEADERS_MS = 15_000;
const CHECK_INTERVAL_MS = 1_000;
const KEEP_ALIVE_MS = 5_000;

export function createHttpServer(handler: NodeHandler, options: { requestTimeoutMs: number }): http.Server {
  const requestTimeout = options.requestTimeoutMs + BACKSTOP_GRACE_MS;
  const server = http.createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(MAX_HEADERS_MS, requestTimeout),
      connectionsCheckingInterval: CHECK_INTERVAL_MS,
    },
    handler,
  );
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  return server;
}
