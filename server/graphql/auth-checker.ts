/** type-graphql's hook for `@Authorized(role)`; the role order itself lives in auth/guard.ts. */
import type { AuthChecker } from 'type-graphql';
import { RANK, requireRole } from '../auth/guard.js';
import type { Role } from '../auth/viewer.js';
import type { RequestContext } from './context.js';

/** The lowest listed role is required. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const required = roles.length === 0 ? 'viewer' : roles.reduce((low, r) => (RANK[r] < RANK[low] ? r : low));
  requireRole(context.viewer, required);
  return true;
};
