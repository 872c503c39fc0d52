/**
 * Reads of region profiles (ontwikkelprofielen): a region's core qualities (kernkwaliteiten)
 * and opportunities. The GIN index on core_qualities serves the "has quality" filter. No geometry.
 */
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';

export interface ProfileRow {
  id: number;
  region_code: string;
  core_qualities: string[];
  opportunities: string | null;
  received_on: string | null;
  source: string | null;
  version: number;
}

export const PROFILE_COLUMNS = sql`rp.id, rp.region_code, rp.core_qualities, rp.opportunities, to_char(rp.received_on, 'YYYY-MM-DD') AS received_on, rp.source, rp.version`;

export async function searchProfiles(
  db: Queryable,
  f: { regionCodes?: string[]; coreQuality?: string },
  page: Page,
): Promise<PageRows<ProfileRow>> {
  const c: SQL[] = [];
  if (f.regionCodes) c.push(sql`rp.region_code = ANY(${val(f.regionCodes)}::text[])`);
  if (f.coreQuality) c.push(sql`rp.core_qualities @> ARRAY[${val(f.coreQuality)}::text]`);
  return listPage<ProfileRow>(
    db,
    {
      columns: PROFILE_COLUMNS,
      from: sql`region_profile rp`,
      where: whereAll(c),
      orderBy: sql`rp.region_code, rp.received_on DESC NULLS LAST, rp.id`,
    },
    page,
  );
}

/** The profiles of each of many regions (by code), newest first: one page per region code. */
export async function profilePagesOfRegions(
  db: Queryable,
  codes: readonly string[],
  page: Page,
): Promise<Map<unknown, PageRows<ProfileRow>>> {
  return childPages<ProfileRow>(
    db,
    {
      parentKey: sql`rp.region_code`,
      columns: PROFILE_COLUMNS,
      from: sql`region_profile rp`,
      where: sql`rp.region_code = ANY(${val(codes)}::text[])`,
      orderBy: sql`rp.received_on DESC NULLS LAST, rp.id`,
    },
    page,
  );
}

export async function profilesByIds(db: Queryable, ids: readonly number[]): Promise<ProfileRow[]> {
  return queryRows<ProfileRow>(
    db,
    sql`SELECT ${PROFILE_COLUMNS} FROM region_profile rp WHERE rp.id = ANY(${val(ids)}::int[])`,
  );
}
