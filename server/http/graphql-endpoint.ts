/**
 * /graphql served on Node's own request and response, in front of Express.
 *
 * Why not through Express: for a small query the Express layers (router, body parser, res.send
 * with its ETag hash, the integration's header copying) cost more than Apollo itself — measured
 * 0.24 ms of CPU per `{ __typename }` through Express against 0.09 ms on Node directly
 * (bench/notes.md). This endpoint keeps every guarantee those layers gave: the security headers,
 * the CORS allow-list and its preflight, the per-client rate limit, the request time limit, a
 * 2 MB body limit, typed JSON errors for unreadable or oversized bodies, and NUL refusal.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { runInQueryClass } from '../db/pool-guard.js';
import type { RequestContext } from '../graphql/context.js';
import { rateLimitedBody, type RateLimiter } from './rate-limit.js';
import { NUL_REFUSAL, containsNul } from './reject-nul.js';
import { corsHeaders, timeoutBody } from './security.js';

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<RequestContext>;
  context: (authorization: string | undefined) => Promise<RequestContext>;
  securityHeaders: [string, string][];
  corsOrigins: string[];
  requestTimeoutMs: number;
  /** With the caller's key (see clientKey); absent = no rate limit. */
  rateLimit?: { take: RateLimiter; clientKey: (authorization: string | undefined, ip: string | undefined) => string };
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Typed JSON bodies for requests that never reach GraphQL (also used by Express's last resort). */
export function requestErrorBody(status: number) {
  if (status === 413) return { errors: [{ message: 'Het verzoek is te groot', extensions: { code: 'BAD_REQUEST' } }] };
  if (status >= 400 && status < 500) return { errors: [{ message: 'Het verzoek is onleesbaar (ongeldige JSON?)', extensions: { code: 'BAD_REQUEST' } }] };
  return { errors: [{ message: 'Interne fout; probeer het later opnieuw of meld het beheer', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
}

class BodyError extends Error {
  constructor(readonly status: number) {
    super(`body ${status}`);
  }
}

export function createGraphqlEndpoint(options: GraphqlEndpointOptions): NodeHandler {
  const origins = new Set(options.corsOrigins);
  return (req, res) => {
    for (const [name, value] of options.securityHeaders) res.setHeader(name, value);
    for (const [name, value] of corsHeaders(req.headers.origin, origins)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      const origin = req.headers.origin;
      res.statusCode = origin && origins.has(origin) ? 204 : 403;
      res.end();
      return;
    }
    if (options.rateLimit) {
      const retryAfter = options.rateLimit.take(options.rateLimit.clientKey(req.headers.authorization, req.socket.remoteAddress));
      if (retryAfter !== undefined) {
        res.setHeader('Retry-After', String(retryAfter));
        sendJson(res, 429, rateLimitedBody(retryAfter));
        return;
      }
    }
    const timer = setTimeout(() => {
      if (!res.headersSent) sendJson(res, 503, timeoutBody(options.requestTimeoutMs));
    }, options.requestTimeoutMs);
    res.on('close', () => clearTimeout(timer));
    handle(req, res, options).catch((error: unknown) => {
      const status = error instanceof BodyError ? error.status : 500;
      if (status === 500) console.error('[graphql] interne fout', error);
      if (res.headersSent) res.end();
      else sendJson(res, status, requestErrorBody(status));
    });
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: GraphqlEndpointOptions): Promise<void> {
  const search = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
  const body = req.method === 'POST' && isJson(req.headers['content-type']) ? parseJson(await readBody(req)) : undefined;
  if (containsNul(body) || (req.method === 'GET' && containsNul(Object.fromEntries(new URLSearchParams(search))))) {
    sendJson(res, 400, NUL_REFUSAL);
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // The pool guard's scope: queryClassPlugin names the class once the operation is known.
  const response = await runInQueryClass('graphql', () => options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search, body },
    context: () => options.context(req.headers.authorization),
  }));
  if (res.headersSent) return; // the time limit answered already
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType.trim());
}

/** Like express.json (strict): an object or array, and an empty body is an empty object. */
function parseJson(text: string): unknown {
  const start = text.trimStart()[0];
  if (start === undefined) return {};
  if (start !== '{' && start !== '[') throw new BodyError(400);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400);
  }
}

/** The body as UTF-8, inflated when compressed; more than MAX_BODY_BYTES is a 413. */
async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyError(413);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const source = encoding === 'identity' ? req
    : encoding === 'gzip' ? req.pipe(zlib.createGunzip())
    : encoding === 'deflate' ? req.pipe(zlib.createInflate())
    : encoding === 'br' ? req.pipe(zlib.createBrotliDecompress())
    : undefined;
  if (!source) throw new BodyError(415);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) throw new BodyError(413);
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof BodyError ? error : new BodyError(400);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
