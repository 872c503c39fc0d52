/**
 * Role checks. Roles are ordered: anonymous < viewer < planner < admin. Resolvers use
 * `@Authorized('planner')` (through authChecker) or requireRole for data-dependent checks such
 * as confidential location cases.
 */
import type { AuthChecker } from 'type-graphql';
import type { RequestContext, Role, Viewer } from '../graphql/context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

const RANK: Record<Role, number> = { anonymous: 0, viewer: 1, planner: 2, admin: 3 };

export function hasRole(viewer: Viewer, role: Role): boolean {
  return RANK[viewer.role] >= RANK[role];
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for a role that is too low. */
export function requireRole(viewer: Viewer, role: Role): void {
  if (hasRole(viewer, role)) return;
  if (viewer.role === 'anonymous') throw new UnauthenticatedError();
  throw new ForbiddenError(role, viewer.role);
}

/** type-graphql's hook for `@Authorized(role)`: the lowest listed role is required. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const required = roles.length === 0 ? 'viewer' : roles.reduce((low, r) => (RANK[r] < RANK[low] ? r : low));
  requireRole(context.viewer, required);
  return true;
};
