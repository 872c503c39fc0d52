/**
 * Site searches for the API. Points in EPSG:4326; distances as geography in metres (index
 * idx_site_geog on geom::geography), polygon, bbox and region filters on idx_site_geom.
 *
 * Inputs: SiteSearch (attribute and spatial filters), an order and a page.
 * Outputs: SiteRow plus distance_m (null without a search point); totals for connections.
 */
import type { Dataset, RopStatus, Sector, SiteKind } from '../../common/domain.js';
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import type { LonLat } from '../common/point.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
import { distanceSql, nearestSql, spatialConditions, type SpatialFilter } from '../search/spatial.queries.js';
import { SITE_COLUMNS, type SiteRow } from './site.queries.js';

export interface SiteSearch {
  ids?: number[];
  kinds?: SiteKind[];
  dataset?: Dataset;
  search?: string;
  gemeenteCode?: string;
  organisationId?: number;
  sector?: Sector;
  ropStatus?: RopStatus;
  spatial: SpatialFilter;
}

export type SiteOrderField = 'DISTANCE' | 'NAME' | 'CITY' | 'KIND' | 'WORKPLACES' | 'ID';
export interface SiteOrder {
  field: SiteOrderField;
  direction: 'ASC' | 'DESC';
}

export type SiteHit = SiteRow & { distance_m: number | null };

function siteConditions(f: SiteSearch): SQL[] {
  const c = spatialConditions(sql`s.geom`, f.spatial);
  if (f.ids) c.push(sql`s.id = ANY(${val(f.ids)}::int[])`);
  if (f.kinds) c.push(sql`s.kind = ANY(${val(f.kinds)}::text[])`);
  if (f.dataset) c.push(sql`s.dataset = ${val(f.dataset)}`);
  if (f.gemeenteCode) c.push(sql`s.gemeente_code = ${val(f.gemeenteCode)}`);
  if (f.ropStatus) c.push(sql`s.rop_status = ${val(f.ropStatus)}`);
  if (f.search) {
    const pattern = val(escapeLike(f.search));
    c.push(sql`s.name ILIKE '%' || ${pattern} || '%' OR s.city ILIKE '%' || ${pattern} || '%'`);
  }
  if (f.organisationId !== undefined) {
    c.push(sql`EXISTS (SELECT 1 FROM site_organisation so
      WHERE so.site_id = s.id AND so.organisation_id = ${val(f.organisationId)}::int)`);
  }
  if (f.sector) {
    c.push(sql`EXISTS (SELECT 1 FROM site_organisation so JOIN organisation o ON o.id = so.organisation_id
      WHERE so.site_id = s.id AND o.sector = ${val(f.sector)})`);
  }
  return c;
}

const ORDER_KEYS: Record<Exclude<SiteOrderField, 'DISTANCE'>, SQL> = {
  NAME: sql`s.name`,
  CITY: sql`s.city`,
  KIND: sql`s.kind`,
  WORKPLACES: sql`s.workplaces`,
  ID: sql`s.id`,
};

function orderSql(order: SiteOrder, distance: SQL): SQL {
  const key = order.field === 'DISTANCE' ? distance : ORDER_KEYS[order.field];
  const direction = order.direction === 'DESC' ? sql`DESC` : sql`ASC`;
  return sql`${key} ${direction} NULLS LAST, s.id ${direction}`;
}

/**
 * What a site list reads, planned from the GraphQL selection (site.plan.ts): only these columns
 * (SITE_COLUMNS when absent), the count only when the total is read, and extra json columns
 * for relations read in the same statement (e.g. organisations_page).
 */
export interface SiteListPlan {
  columns?: SQL;
  count?: boolean;
  extra?: SQL;
}

/** One page of sites; distance_m is measured from the nearby point when there is one. */
export async function searchSites(
  db: Queryable,
  search: SiteSearch,
  order: SiteOrder,
  page: Page,
  plan: SiteListPlan = {},
): Promise<PageRows<SiteHit>> {
  const distance = distanceSql(sql`s.geom`, search.spatial.nearby);
  const where = whereAll(siteConditions(search));
  const extra = plan.extra ? sql`, ${plan.extra}` : sql.blank;
  const columns = sql`${plan.columns ?? SITE_COLUMNS}, ${distance} AS distance_m${extra}`;
  return listPage<SiteHit>(
    db,
    { columns, from: sql`site s`, where, orderBy: orderSql(order, distance), count: plan.count },
    page,
  );
}

/** The sites inside each of many regions (spatially, boundary included), one page per region. */
export async function sitesInRegions(
  db: Queryable,
  regionIds: readonly number[],
  search: SiteSearch,
  order: SiteOrder,
  page: Page,
  columns: SQL = SITE_COLUMNS,
  count = true,
): Promise<Map<unknown, PageRows<SiteHit>>> {
  // site_region holds exactly the pairs with ST_Intersects(region.geom, site.geom), kept on
  // write (migration 1763800016200): no point-in-polygon test per site and request.
  const parents = { key: sql`sr.region_id`, from: sql`site_region sr JOIN site s ON s.id = sr.site_id` };
  return sitesPerParent(db, parents, regionIds, { search, order, page, columns, count });
}

/** The sites housing each of many organisations (site_organisation), one page per organisation. */
export async function sitesOfOrganisations(
  db: Queryable,
  organisationIds: readonly number[],
  search: SiteSearch,
  order: SiteOrder,
  page: Page,
  columns: SQL = SITE_COLUMNS,
  count = true,
): Promise<Map<unknown, PageRows<SiteHit>>> {
  const parents = { key: sql`so.organisation_id`, from: sql`site_organisation so JOIN site s ON s.id = so.site_id` };
  return sitesPerParent(db, parents, organisationIds, { search, order, page, columns, count });
}

/** One page of sites per parent id, through a link table joined to site s (`parents.from`). */
function sitesPerParent(
  db: Queryable,
  parents: { key: SQL; from: SQL },
  ids: readonly number[],
  list: { search: SiteSearch; order: SiteOrder; page: Page; columns: SQL; count: boolean },
): Promise<Map<unknown, PageRows<SiteHit>>> {
  const distance = distanceSql(sql`s.geom`, list.search.spatial.nearby);
  const conditions = [sql`${parents.key} = ANY(${val(ids)}::int[])`, ...siteConditions(list.search)];
  return childPages<SiteHit>(
    db,
    {
      parentKey: parents.key,
      columns: sql`${list.columns}, ${distance} AS distance_m`,
      from: parents.from,
      where: whereAll(conditions),
      orderBy: orderSql(list.order, distance),
      count: list.count,
    },
    list.page,
  );
}

/** The N sites nearest to a point (KNN, then exact geography distance), nearest first. */
export async function nearestSites(
  db: Queryable,
  point: LonLat,
  count: number,
  search: SiteSearch,
  columns: SQL = SITE_COLUMNS,
): Promise<SiteHit[]> {
  const conditions = siteConditions(search);
  return queryRows<SiteHit>(
    db,
    nearestSql({ from: sql`site s`, alias: 's', key: 'id', columns, conditions, point, count }),
  );
}

export async function sitesByIds(db: Queryable, ids: readonly number[]): Promise<SiteHit[]> {
  return queryRows<SiteHit>(
    db,
    sql`SELECT ${SITE_COLUMNS}, NULL::float8 AS distance_m FROM site s WHERE s.id = ANY(${val(ids)}::int[])`,
  );
}
