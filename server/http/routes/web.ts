/**
 * The built web app at /: hashed assets (plugins/static.ts) and, for every other GET outside the
 * API's paths that names no file, the app shell index.html, so client-side routes survive a
 * reload. Without a build, a short page that says how to make one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Dataset } from '../../../common/domain.js';
import { REVALIDATE, serveStatic } from '../plugins/static.js';

const API_PATHS = /^\/(graphql|health|tiles|ogc|export|graphiql)(\/|\?|$)/;
// A missing file (a stale asset, a refused source map) is a 404, not the page: a script tag
// that gets HTML back fails in a confusing way.
const FILE_NAME = /\.[a-z0-9]+$/i;
const NOT_BUILT =
  '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Rijkspresentie</title><h1>Rijkspresentie</h1>' +
  '<p>De webapp is niet gebouwd. Voer <code>npm run build:web</code> uit; de API staat op <a href="/graphql">/graphql</a>.</p></html>';

export interface WebOptions {
  webRoot: string | undefined;
  production: boolean;
  /** The dataset the app opens on (demo when the server was started with --demo). */
  defaultDataset?: Dataset;
}

/** Answers a client-side route with the app shell; false when the request is not one. */
export type ShellFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

function builtIndex(webRoot: string | undefined): string | undefined {
  const index = webRoot ? path.join(webRoot, 'index.html') : undefined;
  return index && fs.existsSync(index) ? index : undefined;
}

export async function webRoutes(app: FastifyInstance, options: WebOptions): Promise<void> {
  if (!builtIndex(options.webRoot)) {
    app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
    return;
  }
  // The page itself from memory (webShell); @fastify/static would treat "/" as a directory.
  const shell = webShell(options.webRoot, options.defaultDataset)!;
  app.get('/', async (request, reply) => (shell(request, reply), reply));
  await serveStatic(app, { root: options.webRoot!, prefix: '/', production: options.production });
}

/** For the not-found handler. The shell is small and changes with a deploy only: read once, kept in memory. */
export function webShell(
  webRoot: string | undefined,
  defaultDataset: Dataset = 'gepubliceerd',
): ShellFallback | undefined {
  const index = builtIndex(webRoot);
  if (!index) return undefined;
  const shell = withDefaultDataset(fs.readFileSync(index, 'utf8'), defaultDataset);
  return (request, reply) => {
    const isPageRequest = request.method === 'GET' || request.method === 'HEAD';
    const pathname = request.url.split('?', 1)[0]!;
    if (!isPageRequest || API_PATHS.test(pathname) || FILE_NAME.test(pathname)) return false;
    reply.code(200).header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(shell);
    return true;
  };
}

/**
 * The dataset the app opens on travels in the page itself (a meta tag the app reads before its
 * first request), so a server started with --demo opens on the demo without an extra round trip.
 */
export function withDefaultDataset(html: string, dataset: Dataset): string {
  return html.replace('<head>', `<head>\n    <meta name="rp-standaard-dataset" content="${dataset}" />`);
}
