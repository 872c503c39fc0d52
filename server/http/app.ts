/**
 * HTTP composition: one Express app serves the GraphQL API (/graphql), GraphiQL (/graphiql),
 * health (/health) and the built web app (/). Other routers (tiles, OGC API, exports) mount
 * here too — one line each. Every response carries the security headers; /graphql has the CORS
 * allow-list (the interop routes are public read-only data with `Access-Control-Allow-Origin: *`);
 * the API routes are rate-limited per client; every request has a time limit.
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
import type { RequestContext } from '../graphql/context.js';
import { graphiqlRouter } from '../graphql/graphiql.router.js';
import { createExportsRouter } from '../exports/exports.router.js';
import { createOgcRouter } from '../ogc/ogc.router.js';
import { createTilesRouter } from '../tiles/tiles.router.js';
import { createGraphqlRoute } from './graphql-route.js';
import { healthHandler } from './health.js';
import { rateLimit } from './rate-limit.js';
import { rejectNulCharacters } from './reject-nul.js';
import { corsAllowList, requestTimeout, securityHeaders } from './security.js';

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
  express: Express;
  apollo: ApolloServer<RequestContext>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const security = options.security ?? SECURITY_DEFAULTS;
  const tokens = options.tokens ?? loadTokens(process.env, { production: security.production, warn: (m) => console.warn(m) });
  const jwt = options.jwtVerifier ?? (security.oidc ? createJwtVerifier(security.oidc) : undefined);
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders({ production: security.production, basemapOrigins: security.basemapOrigins }));
  app.get('/health', healthHandler({ database: options.database, isReady: options.isReady }));
  app.use(requestTimeout(security.requestTimeoutMs));
  if (security.rateLimitPerMinute > 0) {
    const limiter = rateLimit({ perMinute: security.rateLimitPerMinute, clientKey });
    app.use(['/graphql', '/ogc', '/export'], limiter);
  }
  app.use(express.json({ limit: '2mb' }));

  const graphql = await createGraphqlRoute({ schema: options.schema, database: options.database, auth: { tokens, jwt }, introspection: security.introspection });
  app.use('/graphql', corsAllowList(security.corsOrigins), rejectNulCharacters, graphql.handler);
  app.use('/graphiql', graphiqlRouter(options.graphiqlRoot ?? defaultGraphiqlRoot(options.webRoot)));

  app.use('/tiles', createTilesRouter({ db: options.database.dataSource }));
  app.use('/ogc', createOgcRouter({ db: options.database.dataSource, auth: { tokens, jwt } }));
  app.use('/export', createExportsRouter({ db: options.database.dataSource, auth: { tokens, jwt } }));

  mountWebApp(app, options.webRoot);
  app.use(notFound);
  app.use(lastResort);
  return { express: app, apollo: graphql.apollo };
}

/** A client is its credential (hashed: no token kept in memory) or, anonymous, its IP address. */
function clientKey(req: Request): string {
  const authorization = req.headers.authorization;
  return authorization ? `auth:${createHash('sha256').update(authorization).digest('base64url')}` : `ip:${req.ip}`;
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
  res.status(clientError ? status : 500).json({ errors: [clientError
    ? { message: status === 413 ? 'Het verzoek is te groot' : 'Het verzoek is onleesbaar (ongeldige JSON?)', extensions: { code: 'BAD_REQUEST' } }
    : { message: 'Interne fout; probeer het later opnieuw of meld het beheer', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
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
