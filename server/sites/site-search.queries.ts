/**
 * Site searches for the API. Points in EPSG:4326; distances as geography in metres (index
 * idx_site_geog on geom::geography), polygon, bbox and region filters on idx_site_geom.
 *
 * Inputs: SiteSearch (attribute and spatial filters), an order and a page.
 * Outputs: SiteRow plus distance_m (null without a search point); totals for connections.
 */
import type { Dataset, RopStatus, Sector, SiteKind } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import type { LonLat } from '../common/point.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';
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

function siteConditions(params: SqlParams, f: SiteSearch): string[] {
  const c = spatialConditions(params, 's.geom', f.spatial);
  if (f.ids) c.push(`s.id = ANY(${params.add(f.ids)}::int[])`);
  if (f.kinds) c.push(`s.kind = ANY(${params.add(f.kinds)}::text[])`);
  if (f.dataset) c.push(`s.dataset = ${params.add(f.dataset)}`);
  if (f.gemeenteCode) c.push(`s.gemeente_code = ${params.add(f.gemeenteCode)}`);
  if (f.ropStatus) c.push(`s.rop_status = ${params.add(f.ropStatus)}`);
  if (f.search) {
    const pattern = params.add(escapeLike(f.search));
    c.push(`s.name ILIKE '%' || ${pattern} || '%' OR s.city ILIKE '%' || ${pattern} || '%'`);
  }
  if (f.organisationId !== undefined) {
    c.push(`EXISTS (SELECT 1 FROM site_organisation so WHERE so.site_id = s.id AND so.organisation_id = ${params.add(f.organisationId)}::int)`);
  }
  if (f.sector) {
    c.push(`EXISTS (SELECT 1 FROM site_organisation so JOIN organisation o ON o.id = so.organisation_id WHERE so.site_id = s.id AND o.sector = ${params.add(f.sector)})`);
  }
  return c;
}

function orderSql(order: SiteOrder, distance: string): string {
  const key = { DISTANCE: distance, NAME: 's.name', CITY: 's.city', KIND: 's.kind', WORKPLACES: 's.workplaces', ID: 's.id' }[order.field];
  return `${key} ${order.direction} NULLS LAST, s.id ${order.direction}`;
}

/** One page of sites; distance_m is measured from the nearby point when there is one. */
export async function searchSites(db: Queryable, search: SiteSearch, order: SiteOrder, page: Page): Promise<PageRows<SiteHit>> {
  const params = new SqlParams();
  const distance = distanceSql(params, 's.geom', search.spatial.nearby);
  const where = whereClause(siteConditions(params, search));
  return listPage<SiteHit>(db, params, { columns: `${SITE_COLUMNS}, ${distance} AS distance_m`, from: 'site s', where, orderBy: orderSql(order, distance) }, page);
}

/** The sites inside each of many regions (spatially, boundary included), one page per region. */
export async function sitesInRegions(db: Queryable, regionIds: readonly number[], search: SiteSearch, order: SiteOrder, page: Page): Promise<Map<unknown, PageRows<SiteHit>>> {
  const params = new SqlParams();
  const distance = distanceSql(params, 's.geom', search.spatial.nearby);
  const conditions = [`r.id = ANY(${params.add(regionIds)}::int[])`, ...siteConditions(params, search)];
  return childPages<SiteHit>(db, params, {
    parentKey: 'r.id',
    columns: `${SITE_COLUMNS}, ${distance} AS distance_m`,
    from: 'region r JOIN site s ON ST_Intersects(r.geom, s.geom)',
    where: whereClause(conditions),
    orderBy: orderSql(order, distance),
  }, page);
}

/** The N sites nearest to a point (KNN, then exact geography distance), nearest first. */
export async function nearestSites(db: Queryable, point: LonLat, count: number, search: SiteSearch): Promise<SiteHit[]> {
  const params = new SqlParams();
  const conditions = siteConditions(params, search);
  return queryRows<SiteHit>(db, nearestSql(params, { from: 'site s', alias: 's', key: 'id', columns: SITE_COLUMNS, conditions, point, count }), params.values);
}

/** The sites housing each of many organisations (site_organisation), one page per organisation. */
export async function sitesOfOrganisations(db: Queryable, organisationIds: readonly number[], search: SiteSearch, order: SiteOrder, page: Page): Promise<Map<unknown, PageRows<SiteHit>>> {
  const params = new SqlParams();
  const distance = distanceSql(params, 's.geom', search.spatial.nearby);
  const conditions = [`so.organisation_id = ANY(${params.add(organisationIds)}::int[])`, ...siteConditions(params, search)];
  return childPages<SiteHit>(db, params, {
    parentKey: 'so.organisation_id',
    columns: `${SITE_COLUMNS}, ${distance} AS distance_m`,
    from: 'site_organisation so JOIN site s ON s.id = so.site_id',
    where: whereClause(conditions),
    orderBy: orderSql(order, distance),
  }, page);
}

export async function sitesByIds(db: Queryable, ids: readonly number[]): Promise<SiteHit[]> {
  return queryRows<SiteHit>(db, `SELECT ${SITE_COLUMNS}, NULL::float8 AS distance_m FROM site s WHERE s.id = ANY($1::int[])`, [ids]);
}
