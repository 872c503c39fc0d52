/**
 * Who may see what through OGC API Features and the exports — the same rules as GraphQL.
 *
 * `authenticateRequest` resolves `Authorization: Bearer …` with the same authenticator as
 * /graphql (static API tokens, OIDC JWTs): no header → anonymous; a malformed, unknown, invalid
 * or expired token → a typed 401 UNAUTHENTICATED (never a silent downgrade, never a 500).
 * Every collection is listed for everyone; which location cases a caller gets is decided by
 * cases/visible-cases.ts from the viewer resolved here, the same rule as in GraphQL.
 */
import type { Request, RequestHandler } from 'express';
import { authenticate, type Authenticator } from '../auth/authenticate.js';
import { ANONYMOUS, type Viewer } from '../graphql/context.js';
import { COLLECTIONS, type Collection } from './collections.js';

const viewers = new WeakMap<Request, Viewer>();

/** Middleware: authenticates the caller once per request; errors go to the router's error handler. */
export function authenticateRequest(auth: Authenticator): RequestHandler {
  return async (req, res, next) => {
    // The answer depends on the token: shared caches must keep per-credential copies.
    res.vary('Authorization');
    try {
      viewers.set(req, await authenticate(req.headers.authorization, auth));
      next();
    } catch (error) {
      next(error);
    }
  };
}

export function viewerOf(req: Request): Viewer {
  return viewers.get(req) ?? ANONYMOUS;
}

export function canSee(_viewer: Viewer, collection: Collection): boolean {
  return collection.access === 'public';
}

export function visibleCollections(viewer: Viewer): Collection[] {
  return COLLECTIONS.filter((c) => canSee(viewer, c));
}
