/**
 * Who may see what through OGC API Features and the exports — the same rules as GraphQL.
 * Every collection is listed for everyone; rows marked confidential (location cases) are served
 * only to planners and admins, like locationCases(includeConfidential) in GraphQL. The caller is
 * resolved from the request by the HTTP layer (server/http/viewer.ts).
 */
import { hasRole } from '../auth/guard.js';
import type { Viewer } from '../graphql/context.js';
import { COLLECTIONS, type Collection } from './collections.js';

export function canSee(_viewer: Viewer, collection: Collection): boolean {
  return collection.access === 'public';
}

export function visibleCollections(viewer: Viewer): Collection[] {
  return COLLECTIONS.filter((c) => canSee(viewer, c));
}

/** Confidential rows (and their advice) are for planners and admins only. */
export function mayReadConfidential(viewer: Viewer): boolean {
  return hasRole(viewer, 'planner');
}
