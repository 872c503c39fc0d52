/**
 * Who may see what through OGC API Features and the exports.
 *
 * Today: everyone is anonymous and every offered collection is public; confidential data
 * (location_case, its advice) is not offered at all. THE HOOK for authentication: when
 * server/auth lands, `viewerOf` resolves the bearer token into a Viewer, and a collection
 * with a stricter `access` than 'public' is listed and served only to viewers allowed it.
 */
import type { Request } from 'express';
import { ANONYMOUS, type Viewer } from '../graphql/context.js';
import { COLLECTIONS, type Collection } from './collections.js';

export function viewerOf(_req: Request): Viewer {
  // TODO(auth): read `Authorization: Bearer …` through server/auth once it is merged.
  return ANONYMOUS;
}

export function canSee(_viewer: Viewer, collection: Collection): boolean {
  return collection.access === 'public';
}

export function visibleCollections(viewer: Viewer): Collection[] {
  return COLLECTIONS.filter((c) => canSee(viewer, c));
}
