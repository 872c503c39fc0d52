/**
 * Reads of masterplan projects (rijkskantoorhuisvesting) and their change requests (VtW).
 * Project points are EPSG:4326 and optional (a project without a point never matches a spatial
 * filter); intersects, bbox and withinRegion use idx_masterplan_project_geom.
 */
import type { ChangeRequestStatus, Dataset, ProjectKind } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';
import { spatialConditions, type SpatialFilter } from '../search/spatial.queries.js';

export interface ProjectRow {
  id: number;
  masterplan: string | null;
  name: string;
  site_id: number | null;
  city: string | null;
  gemeente_code: string | null;
  geojson: string | null;
  location_precision: string | null;
  kind: ProjectKind;
  kind_as_written: string | null;
  status: string;
  period: string | null;
  planned_workplaces: number | null;
  source_url: string;
  note: string | null;
  dataset: Dataset;
  version: number;
}

export const PROJECT_COLUMNS = `p.id, p.masterplan, p.name, p.site_id, p.city, p.gemeente_code, ST_AsGeoJSON(p.geom, 6) AS geojson,
  p.location_precision, p.kind, p.kind_as_written, p.status, p.period, p.planned_workplaces, p.source_url, p.note, p.dataset, p.version`;

export interface ProjectSearch {
  dataset: Dataset;
  masterplan?: string;
  kinds?: ProjectKind[];
  status?: string;
  gemeenteCode?: string;
  siteId?: number;
  search?: string;
  /** Polygon, bbox or region; distance searches are for sites and stations. */
  spatial: Omit<SpatialFilter, 'nearby'>;
}

export type ProjectOrderField = 'NAME' | 'MASTERPLAN' | 'KIND' | 'STATUS' | 'ID';

export async function searchProjects(db: Queryable, f: ProjectSearch, order: { field: ProjectOrderField; direction: 'ASC' | 'DESC' }, page: Page): Promise<PageRows<ProjectRow>> {
  const params = new SqlParams();
  const c = [`p.dataset = ${params.add(f.dataset)}`, ...spatialConditions(params, 'p.geom', f.spatial)];
  if (f.masterplan) c.push(`p.masterplan = ${params.add(f.masterplan)}`);
  if (f.kinds) c.push(`p.kind = ANY(${params.add(f.kinds)}::text[])`);
  if (f.status) c.push(`p.status = ${params.add(f.status)}`);
  if (f.gemeenteCode) c.push(`p.gemeente_code = ${params.add(f.gemeenteCode)}`);
  if (f.siteId !== undefined) c.push(`p.site_id = ${params.add(f.siteId)}::int`);
  if (f.search) {
    const pattern = params.add(escapeLike(f.search));
    c.push(`p.name ILIKE '%' || ${pattern} || '%' OR p.city ILIKE '%' || ${pattern} || '%' OR p.masterplan ILIKE '%' || ${pattern} || '%'`);
  }
  const key = { NAME: 'p.name', MASTERPLAN: 'p.masterplan', KIND: 'p.kind', STATUS: 'p.status', ID: 'p.id' }[order.field];
  const orderBy = `${key} ${order.direction} NULLS LAST, p.id ${order.direction}`;
  return listPage<ProjectRow>(db, params, { columns: PROJECT_COLUMNS, from: 'masterplan_project p', where: whereClause(c), orderBy }, page);
}

export async function projectsByIds(db: Queryable, ids: readonly number[]): Promise<ProjectRow[]> {
  return queryRows<ProjectRow>(db, `SELECT ${PROJECT_COLUMNS} FROM masterplan_project p WHERE p.id = ANY($1::int[])`, [ids]);
}

/** The projects at each of many sites, by name: one page per site (key: site id). */
export async function projectPagesAtSites(db: Queryable, siteIds: readonly number[], page: Page): Promise<Map<unknown, PageRows<ProjectRow>>> {
  const params = new SqlParams();
  return childPages<ProjectRow>(db, params, {
    parentKey: 'p.site_id', columns: PROJECT_COLUMNS, from: 'masterplan_project p', where: `p.site_id = ANY(${params.add(siteIds)}::int[])`, orderBy: 'p.name, p.id',
  }, page);
}

export interface ChangeRequestRow {
  id: number;
  project_id: number;
  title: string;
  description: string | null;
  status: ChangeRequestStatus;
  submitted_on: string | null;
  decided_on: string | null;
  version: number;
}

export const CHANGE_REQUEST_COLUMNS = `c.id, c.project_id, c.title, c.description, c.status,
  to_char(c.submitted_on, 'YYYY-MM-DD') AS submitted_on, to_char(c.decided_on, 'YYYY-MM-DD') AS decided_on, c.version`;

/** Newest submission first (undated last), then by id. */
export async function searchChangeRequests(db: Queryable, f: { projectId?: number; statuses?: ChangeRequestStatus[] }, page: Page): Promise<PageRows<ChangeRequestRow>> {
  const params = new SqlParams();
  const c: string[] = [];
  if (f.projectId !== undefined) c.push(`c.project_id = ${params.add(f.projectId)}::int`);
  if (f.statuses) c.push(`c.status = ANY(${params.add(f.statuses)}::text[])`);
  return listPage<ChangeRequestRow>(db, params, { columns: CHANGE_REQUEST_COLUMNS, from: 'change_request c', where: whereClause(c), orderBy: 'c.submitted_on DESC NULLS LAST, c.id' }, page);
}

export async function changeRequestsByIds(db: Queryable, ids: readonly number[]): Promise<ChangeRequestRow[]> {
  return queryRows<ChangeRequestRow>(db, `SELECT ${CHANGE_REQUEST_COLUMNS} FROM change_request c WHERE c.id = ANY($1::int[])`, [ids]);
}

/** The change requests of each of many projects, newest submission first: one page per project. */
export async function changeRequestPagesOfProjects(db: Queryable, projectIds: readonly number[], page: Page): Promise<Map<unknown, PageRows<ChangeRequestRow>>> {
  const params = new SqlParams();
  return childPages<ChangeRequestRow>(db, params, {
    parentKey: 'c.project_id',
    columns: CHANGE_REQUEST_COLUMNS,
    from: 'change_request c',
    where: `c.project_id = ANY(${params.add(projectIds)}::int[])`,
    orderBy: 'c.submitted_on DESC NULLS LAST, c.id',
  }, page);
}
