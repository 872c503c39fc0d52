/**
 * Role checks. Roles are ordered: anonymous < viewer < planner < admin. Resolvers use
 * `@Authorized('planner')` (through graphql/auth-checker.ts) or requireRole for data-dependent checks such
 * as confidential location cases.
 */
import type { Role, Viewer } from './viewer.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

export const RANK: Record<Role, number> = { anonymous: 0, viewer: 1, planner: 2, admin: 3 };

export function hasRole(viewer: Viewer, role: Role): boolean {
  return RANK[viewer.role] >= RANK[role];
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for a role that is too low. */
export function requireRole(viewer: Viewer, role: Role): void {
  if (hasRole(viewer, role)) return;
  if (viewer.role === 'anonymous') throw new UnauthenticatedError();
  throw new ForbiddenError(role, viewer.role);
}
