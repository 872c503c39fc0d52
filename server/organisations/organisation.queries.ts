/**
 * Organisation reads: search with filters and stable order, lookups by id, and the
 * organisations at many sites at once (site_organisation) for DataLoaders. No geometry.
 */
import type { Dataset, Sector } from '../../common/domain.js';
import type { Queryable, SQL } from '../common/sql.js';
import { direction, queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
import { escapeLike } from '../regions/region-search.queries.js';

export interface OrganisationRow {
  id: number;
  name: string;
  abbreviation: string | null;
  sector: Sector;
  parent_id: number | null;
  source: string | null;
  dataset: Dataset;
  version: number;
}

const COLUMNS = sql`o.id, o.name, o.abbreviation, o.sector, o.parent_id, o.source, o.dataset, o.version`;

export interface OrganisationSearch {
  sector?: Sector;
  search?: string;
  parentId?: number;
}

export type OrganisationOrderField = 'NAME' | 'SECTOR' | 'ID';
const ORDER: Record<OrganisationOrderField, SQL> = { NAME: sql`o.name`, SECTOR: sql`o.sector`, ID: sql`o.id` };

export async function searchOrganisations(
  db: Queryable,
  filter: OrganisationSearch,
  order: { field: OrganisationOrderField; direction: 'ASC' | 'DESC' },
  page: Page,
): Promise<PageRows<OrganisationRow>> {
  const conditions: SQL[] = [];
  if (filter.sector) conditions.push(sql`o.sector = ${val(filter.sector)}`);
  if (filter.parentId !== undefined) conditions.push(sql`o.parent_id = ${val(filter.parentId)}::int`);
  if (filter.search) {
    const pattern = val(escapeLike(filter.search));
    conditions.push(sql`o.name ILIKE '%' || ${pattern} || '%' OR o.abbreviation ILIKE '%' || ${pattern} || '%'`);
  }
  const dir = direction(order.direction);
  const orderBy = sql`${ORDER[order.field]} ${dir}, o.id ${dir}`;
  return listPage<OrganisationRow>(
    db,
    { columns: COLUMNS, from: sql`organisation o`, where: whereAll(conditions), orderBy },
    page,
  );
}

export async function organisationsByIds(db: Queryable, ids: readonly number[]): Promise<OrganisationRow[]> {
  return queryRows<OrganisationRow>(
    db,
    sql`SELECT ${COLUMNS} FROM organisation o WHERE o.id = ANY(${val(ids)}::int[])`,
  );
}

/** The organisations housed at each of many sites, by name: one page per site (key: site id). */
export async function organisationPagesAtSites(
  db: Queryable,
  siteIds: readonly number[],
  page: Page,
  plan: OrganisationPagePlan = { count: true },
): Promise<Map<unknown, PageRows<OrganisationRow>>> {
  return childPages<OrganisationRow>(
    db,
    {
      parentKey: sql`so.site_id`,
      columns: plan.columns
        ? sql.join(
            plan.columns.map((n) => ORGANISATION_COLUMN[n]),
            ', ',
          )
        : COLUMNS,
      from: sql`site_organisation so JOIN organisation o ON o.id = so.organisation_id`,
      where: sql`so.site_id = ANY(${val(siteIds)}::int[])`,
      orderBy: sql`o.name, o.id`,
      count: plan.count,
    },
    page,
  );
}

/** Organisation columns by name (alias o), for a planned selection (organisation.loader.ts). */
export const ORGANISATION_COLUMN: Record<keyof OrganisationRow, SQL> = {
  id: sql`o.id`,
  name: sql`o.name`,
  abbreviation: sql`o.abbreviation`,
  sector: sql`o.sector`,
  parent_id: sql`o.parent_id`,
  source: sql`o.source`,
  dataset: sql`o.dataset`,
  version: sql`o.version`,
};

/** What a site's organisations read: these columns only (all when absent); the total only if asked. */
export interface OrganisationPagePlan {
  columns?: (keyof OrganisationRow)[];
  count: boolean;
}

/**
 * The same page as organisationPagesAtSites, for one site, as a json column of the site's own
 * statement: {"rows": [...], "total": n|null}. `siteId` is the site's key expression (sql`s.id`);
 * a site list that selects its organisations gets them without a second round trip. A correlated
 * subquery in the select list, not a lateral join in FROM: PostgreSQL evaluates it after the
 * list's ORDER BY … LIMIT, for the rows of the page only. The rows hold the planned columns
 * (row_to_json keys are the column names, as in OrganisationRow); count(*) only when planned.
 */
export function organisationPageOfSite(siteId: SQL, page: Page, plan: OrganisationPagePlan = { count: true }): SQL {
  const names = plan.columns ?? (Object.keys(ORGANISATION_COLUMN) as (keyof OrganisationRow)[]);
  const columns = sql.join(
    names.map((n) => ORGANISATION_COLUMN[n]),
    ', ',
  );
  const total = plan.count
    ? sql`(SELECT count(*)::int FROM site_organisation so WHERE so.site_id = ${siteId})`
    : sql`NULL::int`;
  return sql`json_build_object('total', ${total}, 'rows', coalesce((SELECT json_agg(row_to_json(x)) FROM (
      SELECT ${columns} FROM site_organisation so JOIN organisation o ON o.id = so.organisation_id
       WHERE so.site_id = ${siteId} ORDER BY o.name, o.id LIMIT ${val(page.limit)}::int OFFSET ${val(page.offset)}::int) x),
    '[]'::json))`;
}

/** Which of these ids exist (to refuse unknown organisations with a typed error). */
export async function existingOrganisationIds(db: Queryable, ids: readonly number[]): Promise<Set<number>> {
  const rows = await queryRows<{ id: number }>(db, `SELECT id FROM organisation WHERE id = ANY($1::int[])`, [ids]);
  return new Set(rows.map((r) => r.id));
}
