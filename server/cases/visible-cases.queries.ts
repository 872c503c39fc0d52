/**
 * Who may see which location cases, decided here and nowhere else.
 *
 * The rule: a confidential case — its fields, its advice, its effect in a scenario and even its
 * existence — is for planners and admins only. Everyone else gets the cases as if confidential
 * ones did not exist: the same answer, code and message as for an id that was never used, from
 * the same single statement (a missing row), so no answer and no timing tells the two apart.
 *
 * How it holds by construction: every read of cases names the relation this module returns, for
 * the request's viewer (required: there is no default and no "all cases" switch). For planners
 * and admins that is the table; for everyone else the security-barrier view
 * location_case_public (migration VisibleCases). test/unit/visible-cases.test.ts fails when any
 * other server file names the table, so a new query, field, export or loader cannot read cases
 * past this module. Writers (planner mutations, seeds, the demo loader) are listed there.
 *
 * Caches: a result computed from cases must be kept per visibility (caseVisibilityKey), never
 * shared between a planner and anyone else.
 */
import { hasRole } from '../auth/guard.js';
import type { Viewer } from '../auth/viewer.js';

/** Table and view names: constants, never input. */
const ALL_CASES = 'location_case';
const PUBLIC_CASES = 'location_case_public';

/** The rule itself: confidential cases are for planners and admins (roles are ordered). */
export function maySeeConfidentialCases(viewer: Viewer): boolean {
  return hasRole(viewer, 'planner');
}

/**
 * The cases this viewer may see, as a FROM item with the given alias (a constant such as "lc"):
 * `FROM ${visibleCases(viewer, 'lc')} WHERE lc.id = …`.
 */
export function visibleCases(viewer: Viewer, alias: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(alias)) throw new Error(`visibleCases: ongeldige alias ${JSON.stringify(alias)}`);
  return `${maySeeConfidentialCases(viewer) ? ALL_CASES : PUBLIC_CASES} ${alias}`;
}

/** The part of a cache key that keeps what planners see apart from what everyone else sees. */
export function caseVisibilityKey(viewer: Viewer): 'cases:all' | 'cases:public' {
  return maySeeConfidentialCases(viewer) ? 'cases:all' : 'cases:public';
}
