/**
 * HTTP composition: the GraphQL API (/graphql) on its own lean endpoint (graphql-endpoint.ts),
 * and one Express app for GraphiQL (/graphiql), health (/health), the built web app (/) and the
 * other routers (tiles, OGC API, exports) — one line each. Every response carries the security
 * headers; /graphql has the CORS allow-list (the interop routes are public read-only data with
 * `Access-Control-Allow-Origin: *`); the API routes share one rate limit per client; every
 * request has a time limit.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { createJwtVerifier, type JwtVerifier } from '../auth/jwt.js';
import { loadTokens, type TokenEntry } from '../auth/tokens.js';
import { SECURITY_DEFAULTS, type SecurityConfig } from '../config-security.js';
import type { Database } from '../db/database.js';
import { runInQueryClass } from '../db/pool-guard.js';
import type { RequestContext } from '../graphql/context.js';
import { graphiqlRouter } from '../graphql/graphiql.router.js';
import { createExportsRouter } from '../exports/exports.router.js';
import { createOgcRouter } from '../ogc/ogc.router.js';
import { createTilesRouter } from '../tiles/tiles.router.js';
import { createGraphqlEndpoint, requestErrorBody, type NodeHandler } from './graphql-endpoint.js';
import { createGraphqlRoute } from './graphql-route.js';
import { healthHandler } from './health.js';
import { createRateLimiter, rateLimit } from './rate-limit.js';
import { requestTimeout, securityHeaderList, securityHeaders } from './security.js';

export interface AppOptions {
  database: Database;
  schema: GraphQLSchema;
  /** Folder of the built web app (vite build output); absent → a short placeholder page. */
  webRoot?: string;
  /** Folder of the built GraphiQL page (dist/graphiql); default beside the web app. */
  graphiqlRoot?: string;
  /** Tells /health whether start-up work (migrations, seeds) has finished. */
  isReady: () => boolean;
  /** API tokens; default: from API_TOKENS (checked once, here, at start-up). */
  tokens?: TokenEntry[];
  /** CORS, rate limit, timeouts, introspection, OIDC; default SECURITY_DEFAULTS. */
  security?: SecurityConfig;
  /** OIDC verifier (tests); default: built from security.oidc when configured. */
  jwtVerifier?: JwtVerifier;
}

export interface App {
  /** What the HTTP server calls: /graphql on the lean endpoint, everything else through Express. */
  handler: NodeHandler;
  apollo: ApolloServer<RequestContext>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const security = options.security ?? SECURITY_DEFAULTS;
  const tokens = options.tokens ?? loadTokens(process.env, { production: security.production, warn: (m) => console.warn(m) });
  const jwt = options.jwtVerifier ?? (security.oidc ? createJwtVerifier(security.oidc) : undefined);
  const app = express();
  app.disable('x-powered-by');
  const headers = securityHeaderList({ production: security.production, basemapOrigins: security.basemapOrigins });
  app.use(securityHeaders({ production: security.production, basemapOrigins: security.basemapOrigins }));
  // Each surface (health, tiles, ogc, export, …) its own share of the pool (db/pool-guard.ts).
  app.use((req, _res, next) => runInQueryClass(surfaceOf(req.path), next));
  app.get('/health', healthHandler({ database: options.database, isReady: options.isReady }));
  app.use(requestTimeout(security.requestTimeoutMs));
  // One budget per client across /graphql, /ogc and /export.
  const take = security.rateLimitPerMinute > 0 ? createRateLimiter({ perMinute: security.rateLimitPerMinute }) : undefined;
  if (take) app.use(['/ogc', '/export'], rateLimit({ perMinute: security.rateLimitPerMinute, clientKey: (req) => clientKey(req.headers.authorization, req.ip), limiter: take }));

  const graphql = await createGraphqlRoute({ schema: options.schema, database: options.database, auth: { tokens, jwt }, introspection: security.introspection });
  const graphqlEndpoint = createGraphqlEndpoint({
    apollo: graphql.apollo,
    context: graphql.context,
    securityHeaders: headers,
    corsOrigins: security.corsOrigins,
    requestTimeoutMs: security.requestTimeoutMs,
    rateLimit: take ? { take, clientKey } : undefined,
  });
  app.use('/graphiql', graphiqlRouter(options.graphiqlRoot ?? defaultGraphiqlRoot(options.webRoot)));

  app.use('/tiles', createTilesRouter({ db: options.database.dataSource }));
  app.use('/ogc', createOgcRouter({ db: options.database.dataSource, auth: { tokens, jwt } }));
  app.use('/export', createExportsRouter({ db: options.database.dataSource, auth: { tokens, jwt } }));

  mountWebApp(app, options.webRoot);
  app.use(notFound);
  app.use(lastResort);
  const handler: NodeHandler = (req, res) => (isGraphqlPath(req.url) ? graphqlEndpoint(req, res) : app(req, res));
  return { handler, apollo: graphql.apollo };
}

const SURFACES = new Set(['health', 'tiles', 'ogc', 'export', 'graphiql']);

function surfaceOf(path: string): string {
  const first = path.split('/')[1] ?? '';
  return SURFACES.has(first) ? first : 'web';
}

function isGraphqlPath(url: string | undefined): boolean {
  const path = url === undefined ? '' : url.split('?', 1)[0]!;
  return path === '/graphql' || path === '/graphql/';
}

/** A client is its credential (hashed: no token kept in memory) or, anonymous, its IP address. */
function clientKey(authorization: string | undefined, ip: string | undefined): string {
  return authorization ? `auth:${createHash('sha256').update(authorization).digest('base64url')}` : `ip:${ip}`;
}

function notFound(_req: Request, res: Response): void {
  res.status(404).type('text/plain').send('Niet gevonden');
}

/**
 * Errors thrown outside GraphQL (a malformed JSON body, an oversized one, a bug in a router):
 * a typed JSON answer with our headers — never Express's default page with a stack trace.
 */
function lastResort(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const status = (error as { status?: unknown }).status;
  const clientError = typeof status === 'number' && status >= 400 && status < 500;
  if (!clientError) console.error('[http] interne fout', error);
  if (res.headersSent) return void res.end();
  res.status(clientError ? status : 500).json(requestErrorBody(clientError ? status : 500));
}

function defaultGraphiqlRoot(webRoot: string | undefined): string {
  return path.resolve(webRoot ? path.dirname(webRoot) : 'dist', 'graphiql');
}

function mountWebApp(app: Express, webRoot: string | undefined): void {
  const index = webRoot ? path.join(webRoot, 'index.html') : undefined;
  if (webRoot && index && fs.existsSync(index)) {
    app.use(express.static(webRoot, { index: false, maxAge: '1h' }));
    // Client-side routes fall back to the app shell.
    app.get(/^\/(?!graphql|health|tiles|ogc|export|graphiql).*/, (_req, res) => res.sendFile(index));
    return;
  }
  app.get('/', (_req, res) => {
    res.type('html').send('<!doctype html><html lang="nl"><meta charset="utf-8"><title>Rijkspresentie</title><h1>Rijkspresentie</h1><p>De webapp is niet gebouwd. Voer <code>npm run build:web</code> uit; de API staat op <a href="/graphql">/graphql</a>.</p></html>');
  });
}
