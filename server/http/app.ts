/**
 * HTTP composition: one Express app serves the GraphQL API (/graphql), GraphiQL (/graphiql),
 * health (/health) and the built web app (/). Other routers (tiles, OGC API, exports) mount
 * here too — one line each.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import { viewerFromAuthorization } from '../auth/authenticate.js';
import { loadTokens, type TokenEntry } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import { depthLimit } from '../graphql/depth-limit.js';
import { formatError } from '../graphql/format-error.js';
import { listNotices } from '../regions/data-notice.queries.js';
import { graphiqlRouter } from '../graphql/graphiql.router.js';
import { createExportsRouter } from '../exports/exports.router.js';
import { createOgcRouter } from '../ogc/ogc.router.js';
import { createTilesRouter } from '../tiles/tiles.router.js';

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
}

export interface App {
  express: Express;
  apollo: ApolloServer<RequestContext>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const tokens = options.tokens ?? loadTokens(process.env, { production: process.env.NODE_ENV === 'production', warn: (m) => console.warn(m) });
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '2mb' }));

  app.get('/health', async (_req, res) => {
    const database = await pingDatabase(options.database);
    const ready = options.isReady() && database;
    // Data notices (e.g. coarse fallback boundaries) travel with the health metadata.
    const notices = database ? await listNotices(options.database.dataSource).catch(() => []) : [];
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting', databaseMode: options.database.mode, database: database ? 'up' : 'down', notices });
  });

  const apollo = new ApolloServer<RequestContext>({ schema: options.schema, formatError, introspection: true, validationRules: [depthLimit()] });
  await apollo.start();
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext({
        db: options.database.dataSource,
        databaseMode: options.database.mode,
        viewer: viewerFromAuthorization(req.headers.authorization, tokens),
      }),
    }),
  );
  app.use('/graphiql', graphiqlRouter(options.graphiqlRoot ?? defaultGraphiqlRoot(options.webRoot)));

  app.use('/tiles', createTilesRouter({ db: options.database.dataSource }));
  app.use('/ogc', createOgcRouter({ db: options.database.dataSource }));
  app.use('/export', createExportsRouter({ db: options.database.dataSource }));

  mountWebApp(app, options.webRoot);
  return { express: app, apollo };
}

function defaultGraphiqlRoot(webRoot: string | undefined): string {
  return path.resolve(webRoot ? path.dirname(webRoot) : 'dist', 'graphiql');
}

async function pingDatabase(database: Database): Promise<boolean> {
  try {
    await database.dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
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
