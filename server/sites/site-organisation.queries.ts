/**
 * Which organisations are housed at a site (site_organisation). Writes replace the whole set
 * inside the caller's transaction; unknown organisation ids are refused with a typed error.
 */
import { ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import { existingOrganisationIds } from '../organisations/organisation.queries.js';

export async function siteOrganisationIds(db: Queryable, siteId: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    `SELECT organisation_id AS id FROM site_organisation WHERE site_id = $1 ORDER BY organisation_id`,
    [siteId],
  );
  return rows.map((r) => r.id);
}

/** Replaces the organisations of a site; returns the new set, sorted. */
export async function replaceSiteOrganisations(
  db: Queryable,
  siteId: number,
  organisationIds: readonly number[],
): Promise<number[]> {
  const ids = [...new Set(organisationIds)].sort((a, b) => a - b);
  const existing = await existingOrganisationIds(db, ids);
  const unknown = ids.filter((id) => !existing.has(id));
  if (unknown.length > 0)
    throw new ValidationError('organisationIds', `Onbekende organisatie(s): ${unknown.join(', ')}`);
  await db.query(`DELETE FROM site_organisation WHERE site_id = $1`, [siteId]);
  if (ids.length > 0) {
    await db.query(`INSERT INTO site_organisation (site_id, organisation_id) SELECT $1, unnest($2::int[])`, [
      siteId,
      ids,
    ]);
  }
  return ids;
}
