/**
 * The bundled GraphiQL page (built by `npm run build:graphiql` into dist/graphiql) at /graphiql.
 * Everything comes from this service: its Content-Security-Policy allows no other origin, so a
 * CDN reference would fail loudly instead of leaking requests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { securityHeaders, setHeaders } from '../plugins/helmet.js';
import { REVALIDATE, serveStatic } from '../plugins/static.js';

export const GRAPHIQL_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Monaco (the editor) sets inline styles and ships its icon font as a file or data URL.
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const NOT_BUILT =
  '<!doctype html><html lang="nl"><meta charset="utf-8"><title>GraphiQL</title><p>GraphiQL is niet gebouwd: voer ' +
  '<code>npm run build:graphiql</code> uit. De API zelf staat op <a href="/graphql">/graphql</a>.</p></html>';

export async function graphiqlRoutes(
  app: FastifyInstance,
  options: { root: string; production: boolean },
): Promise<void> {
  // GraphiQL's own CSP replaces the web app's for everything under /graphiql.
  const csp = securityHeaders({ production: options.production, basemapOrigins: [] }, GRAPHIQL_CSP);
  app.addHook('onRequest', setHeaders(csp.filter(([name]) => name === 'Content-Security-Policy')));
  const index = path.join(options.root, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/', async (_request, reply) => reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT));
    return;
  }
  // The page names its assets by absolute path (/graphiql/assets/…): one copy from memory for
  // /graphiql and /graphiql/, the hashed assets from disk.
  const page = fs.readFileSync(index);
  app.get('/', async (_request, reply) =>
    reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(page),
  );
  await serveStatic(app, { root: options.root, prefix: '/', production: options.production });
}
