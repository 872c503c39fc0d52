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
): Promise<Map<unknown, PageRows<OrganisationRow>>> {
  return childPages<OrganisationRow>(
    db,
    {
      parentKey: sql`so.site_id`,
      columns: COLUMNS,
      from: sql`site_organisation so JOIN organisation o ON o.id = so.organisation_id`,
      where: sql`so.site_id = ANY(${val(siteIds)}::int[])`,
      orderBy: sql`o.name, o.id`,
    },
    page,
  );
}

/**
 * The same page as organisationPagesAtSites, for one site, as a json column of the site's own
 * statement: {"rows": [...], "total": n}. `siteId` is the site's key expression (sql`s.id`); a
 * site list that selects its organisations gets them without a second round trip.
 */
export function organisationPageOfSite(siteId: SQL, page: Page): SQL {
  const first = val(page.offset);
  const last = val(page.offset + page.limit);
  return sql`(SELECT json_build_object('total', count(*)::int, 'rows', coalesce(
      json_agg(json_build_object('id', x.id, 'name', x.name, 'abbreviation', x.abbreviation, 'sector', x.sector,
        'parent_id', x.parent_id, 'source', x.source, 'version', x.version) ORDER BY x.page_rn)
        FILTER (WHERE x.page_rn > ${first}::int AND x.page_rn <= ${last}::int), '[]'::json))
    FROM (SELECT ${COLUMNS}, row_number() OVER (ORDER BY o.name, o.id) AS page_rn
            FROM site_organisation so JOIN organisation o ON o.id = so.organisation_id
           WHERE so.site_id = ${siteId}) x)`;
}

/** Which of these ids exist (to refuse unknown organisations with a typed error). */
export async function existingOrganisationIds(db: Queryable, ids: readonly number[]): Promise<Set<number>> {
  const rows = await queryRows<{ id: number }>(db, `SELECT id FROM organisation WHERE id = ANY($1::int[])`, [ids]);
  return new Set(rows.map((r) => r.id));
}
