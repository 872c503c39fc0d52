/**
 * The base of absolute links (OGC API links, TileJSON tile URLs). These answers are publicly
 * cacheable, so the base must not come from what a client chose to send:
 * - PUBLIC_URL set (the deployment's address, checked at start-up): always that.
 * - unset: a loopback Host (localhost, 127.x, [::1]: a developer's own machine, where no shared
 *   cache sits in between) gives absolute links on that host; any other Host gives root-relative
 *   links ("/ogc/collections"), which browsers resolve against the address they asked and which
 *   no header can poison. X-Forwarded-Host is never used for links.
 */
import type { FastifyRequest } from 'fastify';

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

export function linkBase(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const host = request.headers.host ?? '';
  return LOOPBACK_HOST.test(host) ? `${request.protocol}://${host}` : '';
}
