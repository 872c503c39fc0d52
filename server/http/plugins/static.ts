/**
 * Static files (@fastify/static) for the built web app and GraphiQL. Vite names every asset by
 * its content hash (assets/index-BGLe2oLb.js), so those are cached for a year as immutable; the
 * HTML that names them is revalidated on every load, so a deploy reaches users at once. Files
 * compressed at build time (.br, .gz beside the original) are sent when the client accepts them;
 * source maps are not served in production (they expose the whole source tree).
 */
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export interface StaticOptions {
  root: string;
  /** URL prefix, e.g. "/" or "/graphiql/". */
  prefix: string;
  production: boolean;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
const OTHER_FILES = 'public, max-age=3600';

function cacheControlFor(file: string): string {
  if (file.split(path.sep).includes('assets')) return IMMUTABLE;
  return file.endsWith('.html') ? REVALIDATE : OTHER_FILES;
}

export async function serveStatic(app: FastifyInstance, options: StaticOptions): Promise<void> {
  await app.register(fastifyStatic, {
    root: options.root,
    prefix: options.prefix,
    index: false, // the pages themselves come from web.ts and graphiql.ts
    preCompressed: true,
    cacheControl: false, // set per file below
    decorateReply: false,
    allowedPath: (pathName) => !(options.production && pathName.endsWith('.map')),
    setHeaders: (reply, file) => void reply.header('cache-control', cacheControlFor(file)),
  });
}
