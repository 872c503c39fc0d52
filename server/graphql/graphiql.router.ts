/**
 * Serves the bundled GraphiQL page (built by `npm run build:graphiql` into dist/graphiql) at
 * /graphiql. Everything comes from this service: the Content-Security-Policy allows no other
 * origin, so a CDN reference would fail loudly instead of leaking requests.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Monaco (the editor) sets inline styles and ships its icon font as a file or data URL.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function graphiqlRouter(root: string): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    next();
  });
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    router.get('/', (_req, res) => {
      res.status(503).type('html').send('<!doctype html><html lang="nl"><meta charset="utf-8"><title>GraphiQL</title><p>GraphiQL is niet gebouwd: voer <code>npm run build:graphiql</code> uit. De API zelf staat op <a href="/graphql">/graphql</a>.</p></html>');
    });
    return router;
  }
  router.use(express.static(root, { index: 'index.html', maxAge: '1h' }));
  return router;
}
