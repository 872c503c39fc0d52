/**
 * Who may see what through OGC API Features and the exports — the same rules as GraphQL.
 * Every collection is listed for everyone; which location cases a caller gets is decided by
 * cases/visible-cases.queries.ts from the viewer that the HTTP layer resolved (server/http/viewer.ts),
 * the same rule as in GraphQL.
 */
import type { Viewer } from '../auth/viewer.js';
import { COLLECTIONS, type Collection } from './collections.model.js';

export function canSee(_viewer: Viewer, collection: Collection): boolean {
  return collection.access === 'public';
}

export function visibleCollections(viewer: Viewer): Collection[] {
  return COLLECTIONS.filter((c) => canSee(viewer, c));
}
