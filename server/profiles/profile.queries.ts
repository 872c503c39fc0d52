/**
 * Reads of region profiles (ontwikkelprofielen): a region's core qualities (kernkwaliteiten)
 * and opportunities. The GIN index on core_qualities serves the "has quality" filter. No geometry.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';

export interface ProfileRow {
  id: number;
  region_code: string;
  core_qualities: string[];
  opportunities: string | null;
  received_on: string | null;
  source: string | null;
  version: number;
}

export const PROFILE_COLUMNS = `rp.id, rp.region_code, rp.core_qualities, rp.opportunities, to_char(rp.received_on, 'YYYY-MM-DD') AS received_on, rp.source, rp.version`;

export async function searchProfiles(db: Queryable, f: { regionCodes?: string[]; coreQuality?: string }, page: Page): Promise<PageRows<ProfileRow>> {
  const params = new SqlParams();
  const c: string[] = [];
  if (f.regionCodes) c.push(`rp.region_code = ANY(${params.add(f.regionCodes)}::text[])`);
  if (f.coreQuality) c.push(`rp.core_qualities @> ARRAY[${params.add(f.coreQuality)}::text]`);
  return listPage<ProfileRow>(db, params, { columns: PROFILE_COLUMNS, from: 'region_profile rp', where: whereClause(c), orderBy: 'rp.region_code, rp.received_on DESC NULLS LAST, rp.id' }, page);
}

/** The profiles of each of many regions (by code), newest first: one page per region code. */
export async function profilePagesOfRegions(db: Queryable, codes: readonly string[], page: Page): Promise<Map<unknown, PageRows<ProfileRow>>> {
  const params = new SqlParams();
  return childPages<ProfileRow>(db, params, {
    parentKey: 'rp.region_code',
    columns: PROFILE_COLUMNS,
    from: 'region_profile rp',
    where: `rp.region_code = ANY(${params.add(codes)}::text[])`,
    orderBy: 'rp.received_on DESC NULLS LAST, rp.id',
  }, page);
}

export async function profilesByIds(db: Queryable, ids: readonly number[]): Promise<ProfileRow[]> {
  return queryRows<ProfileRow>(db, `SELECT ${PROFILE_COLUMNS} FROM region_profile rp WHERE rp.id = ANY($1::int[])`, [ids]);
}
