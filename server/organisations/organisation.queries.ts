/**
 * Organisation reads: search with filters and stable order, lookups by id, and the
 * organisations at many sites at once (site_organisation) for DataLoaders. No geometry.
 */
import type { Sector } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';
import { escapeLike } from '../regions/region-search.queries.js';

export interface OrganisationRow {
  id: number;
  name: string;
  abbreviation: string | null;
  sector: Sector;
  parent_id: number | null;
  source: string | null;
  version: number;
}

const COLUMNS = 'o.id, o.name, o.abbreviation, o.sector, o.parent_id, o.source, o.version';

export interface OrganisationSearch {
  sector?: Sector;
  search?: string;
  parentId?: number;
}

export type OrganisationOrderField = 'NAME' | 'SECTOR' | 'ID';
const ORDER: Record<OrganisationOrderField, string> = { NAME: 'o.name', SECTOR: 'o.sector', ID: 'o.id' };

export async function searchOrganisations(db: Queryable, filter: OrganisationSearch, order: { field: OrganisationOrderField; direction: 'ASC' | 'DESC' }, page: Page): Promise<PageRows<OrganisationRow>> {
  const params = new SqlParams();
  const conditions: string[] = [];
  if (filter.sector) conditions.push(`o.sector = ${params.add(filter.sector)}`);
  if (filter.parentId !== undefined) conditions.push(`o.parent_id = ${params.add(filter.parentId)}::int`);
  if (filter.search) {
    const pattern = params.add(escapeLike(filter.search));
    conditions.push(`o.name ILIKE '%' || ${pattern} || '%' OR o.abbreviation ILIKE '%' || ${pattern} || '%'`);
  }
  const orderBy = `${ORDER[order.field]} ${order.direction}, o.id ${order.direction}`;
  return listPage<OrganisationRow>(db, params, { columns: COLUMNS, from: 'organisation o', where: whereClause(conditions), orderBy }, page);
}

export async function organisationsByIds(db: Queryable, ids: readonly number[]): Promise<OrganisationRow[]> {
  return queryRows<OrganisationRow>(db, `SELECT ${COLUMNS} FROM organisation o WHERE o.id = ANY($1::int[])`, [ids]);
}

/** The organisations housed at each of many sites, by name: one page per site (key: site id). */
export async function organisationPagesAtSites(db: Queryable, siteIds: readonly number[], page: Page): Promise<Map<unknown, PageRows<OrganisationRow>>> {
  const params = new SqlParams();
  return childPages<OrganisationRow>(db, params, {
    parentKey: 'so.site_id',
    columns: COLUMNS,
    from: 'site_organisation so JOIN organisation o ON o.id = so.organisation_id',
    where: `so.site_id = ANY(${params.add(siteIds)}::int[])`,
    orderBy: 'o.name, o.id',
  }, page);
}

/** Which of these ids exist (to refuse unknown organisations with a typed error). */
export async function existingOrganisationIds(db: Queryable, ids: readonly number[]): Promise<Set<number>> {
  const rows = await queryRows<{ id: number }>(db, `SELECT id FROM organisation WHERE id = ANY($1::int[])`, [ids]);
  return new Set(rows.map((r) => r.id));
}
