/**
 * HTTP composition: one Fastify app. Every response carries the security headers (helmet);
 * every request has a time limit, refuses NUL characters, and is refused early with 503 when the
 * event loop lags (under-pressure); text answers are compressed. Then one plugin per surface:
 *   /health                      routes/health.ts
 *   /graphql, /ogc, /export      routes/graphql.ts, ogc.ts, export.ts — one rate-limit budget per client
 *   /tiles                       routes/tiles.ts
 *   /graphiql                    routes/graphiql.ts
 *   /                            routes/web.ts (the built web app; its shell for client-side routes)
 * Errors anywhere are answered by errors.ts through the one translator (common/public-error.ts).
 */
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { createJwtVerifier, type JwtVerifier } from '../auth/jwt.js';
import { loadTokens, type TokenEntry } from '../auth/tokens.js';
import { SECURITY_DEFAULTS, type SecurityConfig } from '../config-security.js';
import type { Dataset } from '../../common/domain.js';
import { queryClassViews, type Database } from '../db/database.js';
import type { RequestContext } from '../graphql/context.js';
import { createBaseApp } from './base.js';
import { notFound } from './errors.js';
import { createGraphqlRoute } from './graphql-route.js';
import compress from './plugins/compress.js';
import rateLimit from './plugins/rate-limit.js';
import underPressure from './plugins/under-pressure.js';
import { refuseNulInUrl } from './reject-nul.js';
import { requestTimeout } from './request-timeout.js';
import { exportRoutes } from './routes/export.js';
import { graphiqlRoutes } from './routes/graphiql.js';
import { graphqlRoutes } from './routes/graphql.js';
import { healthRoutes } from './routes/health.js';
import { ogcRoutes } from './routes/ogc.js';
import { tilesRoutes } from './routes/tiles.js';
import { webRoutes, webShell } from './routes/web.js';
import { viewerSlot } from './viewer.js';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

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
  /** CORS, rate limit, timeouts, links, proxies, introspection, OIDC; default SECURITY_DEFAULTS. */
  security?: SecurityConfig;
  /** The dataset the web app opens on (demo when started with --demo). */
  defaultDataset?: Dataset;
  /** OIDC verifier (tests); default: built from security.oidc when configured. */
  jwtVerifier?: JwtVerifier;
}

export interface App {
  /** What the Node HTTP server calls (server.ts). */
  handler: NodeHandler;
  apollo: ApolloServer<RequestContext>;
  /** Stops Apollo and the Fastify app (its timers and connections to Redis). */
  close: () => Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const security = options.security ?? SECURITY_DEFAULTS;
  const tokens =
    options.tokens ?? loadTokens(process.env, { production: security.production, warn: (m) => console.warn(m) });
  const jwt = options.jwtVerifier ?? (security.oidc ? createJwtVerifier(security.oidc) : undefined);
  const auth = { tokens, jwt };
  // Each REST surface queries through its own view: its own share of the pool (db/pool-guard.ts);
  // GraphQL takes a view per request (graphql-route.ts).
  const views = queryClassViews(options.database.dataSource);
  const { introspection } = security;
  const graphql = await createGraphqlRoute({ schema: options.schema, database: options.database, auth, introspection });

  const app = await createBaseApp(security);
  viewerSlot(app);
  const shell = webShell(options.webRoot, options.defaultDataset);
  app.setNotFoundHandler((request, reply) => void (shell?.(request, reply) || notFound(request, reply)));
  if (security.maxEventLoopDelayMs > 0)
    await app.register(underPressure, { maxEventLoopDelayMs: security.maxEventLoopDelayMs });
  await app.register(compress);
  app.addHook('onRequest', refuseNulInUrl);
  app.addHook('onRequest', requestTimeout(security.requestTimeoutMs));

  const healthDb = { ...options.database, dataSource: views({ queryClass: 'health' }) };
  await app.register(healthRoutes, { database: healthDb, isReady: options.isReady });
  await app.register(async function api(scope: FastifyInstance) {
    if (security.rateLimitPerMinute > 0) {
      await scope.register(rateLimit, {
        perMinute: security.rateLimitPerMinute,
        redisUrl: security.rateLimitRedisUrl,
        auth,
      });
    }
    const { apollo, context } = graphql;
    await scope.register(graphqlRoutes, { prefix: '/graphql', apollo, context, corsOrigins: security.corsOrigins });
    await scope.register(ogcRoutes, {
      prefix: '/ogc',
      db: views({ queryClass: 'ogc' }),
      auth,
      publicUrl: security.publicUrl,
    });
    await scope.register(exportRoutes, { prefix: '/export', db: views({ queryClass: 'export' }), auth });
  });
  const tilesDb = views({ queryClass: 'tiles' });
  await app.register(tilesRoutes, { prefix: '/tiles', db: tilesDb, publicUrl: security.publicUrl });
  const graphiqlRoot = options.graphiqlRoot ?? defaultGraphiqlRoot(options.webRoot);
  await app.register(graphiqlRoutes, { prefix: '/graphiql', root: graphiqlRoot, production: security.production });
  await app.register(webRoutes, {
    webRoot: options.webRoot,
    production: security.production,
    defaultDataset: options.defaultDataset,
  });
  await app.ready();

  return {
    handler: (req, res) => app.routing(req, res),
    apollo: graphql.apollo,
    close: async () => {
      await app.close();
      await graphql.apollo.stop();
    },
  };
}

function defaultGraphiqlRoot(webRoot: string | undefined): string {
  return path.resolve(webRoot ? path.dirname(webRoot) : 'dist', 'graphiql');
}
