/**
 * Reads of masterplan projects (rijkskantoorhuisvesting) and their change requests (VtW).
 * Project points are EPSG:4326 and optional (a project without a point never matches a spatial
 * filter); intersects, bbox and withinRegion use idx_masterplan_project_geom.
 */
import type { ChangeRequestStatus, Dataset, ProjectKind } from '../../common/domain.js';
import type { Queryable, SQL } from '../common/sql.js';
import { direction, queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
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

export const PROJECT_COLUMNS = sql`p.id, p.masterplan, p.name, p.site_id, p.city, p.gemeente_code, ST_AsGeoJSON(p.geom, 6) AS geojson,
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

export async function searchProjects(
  db: Queryable,
  f: ProjectSearch,
  order: { field: ProjectOrderField; direction: 'ASC' | 'DESC' },
  page: Page,
): Promise<PageRows<ProjectRow>> {
  const c = [sql`p.dataset = ${val(f.dataset)}`, ...spatialConditions(sql`p.geom`, f.spatial)];
  if (f.masterplan) c.push(sql`p.masterplan = ${val(f.masterplan)}`);
  if (f.kinds) c.push(sql`p.kind = ANY(${val(f.kinds)}::text[])`);
  if (f.status) c.push(sql`p.status = ${val(f.status)}`);
  if (f.gemeenteCode) c.push(sql`p.gemeente_code = ${val(f.gemeenteCode)}`);
  if (f.siteId !== undefined) c.push(sql`p.site_id = ${val(f.siteId)}::int`);
  if (f.search) {
    const pattern = val(escapeLike(f.search));
    c.push(
      sql`p.name ILIKE '%' || ${pattern} || '%' OR p.city ILIKE '%' || ${pattern} || '%' OR p.masterplan ILIKE '%' || ${pattern} || '%'`,
    );
  }
  const key = {
    NAME: sql`p.name`,
    MASTERPLAN: sql`p.masterplan`,
    KIND: sql`p.kind`,
    STATUS: sql`p.status`,
    ID: sql`p.id`,
  }[order.field];
  const dir = direction(order.direction);
  const orderBy = sql`${key} ${dir} NULLS LAST, p.id ${dir}`;
  return listPage<ProjectRow>(
    db,
    { columns: PROJECT_COLUMNS, from: sql`masterplan_project p`, where: whereAll(c), orderBy },
    page,
  );
}

export async function projectsByIds(db: Queryable, ids: readonly number[]): Promise<ProjectRow[]> {
  return queryRows<ProjectRow>(
    db,
    sql`SELECT ${PROJECT_COLUMNS} FROM masterplan_project p WHERE p.id = ANY(${val(ids)}::int[])`,
  );
}

/** The projects at each of many sites, by name: one page per site (key: site id). */
export async function projectPagesAtSites(
  db: Queryable,
  siteIds: readonly number[],
  page: Page,
): Promise<Map<unknown, PageRows<ProjectRow>>> {
  return childPages<ProjectRow>(
    db,
    {
      parentKey: sql`p.site_id`,
      columns: PROJECT_COLUMNS,
      from: sql`masterplan_project p`,
      where: sql`p.site_id = ANY(${val(siteIds)}::int[])`,
      orderBy: sql`p.name, p.id`,
    },
    page,
  );
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

export const CHANGE_REQUEST_COLUMNS = sql`c.id, c.project_id, c.title, c.description, c.status,
  to_char(c.submitted_on, 'YYYY-MM-DD') AS submitted_on, to_char(c.decided_on, 'YYYY-MM-DD') AS decided_on, c.version`;

/** Newest submission first (undated last), then by id. */
export async function searchChangeRequests(
  db: Queryable,
  f: { projectId?: number; statuses?: ChangeRequestStatus[] },
  page: Page,
): Promise<PageRows<ChangeRequestRow>> {
  const c: SQL[] = [];
  if (f.projectId !== undefined) c.push(sql`c.project_id = ${val(f.projectId)}::int`);
  if (f.statuses) c.push(sql`c.status = ANY(${val(f.statuses)}::text[])`);
  return listPage<ChangeRequestRow>(
    db,
    {
      columns: CHANGE_REQUEST_COLUMNS,
      from: sql`change_request c`,
      where: whereAll(c),
      orderBy: sql`c.submitted_on DESC NULLS LAST, c.id`,
    },
    page,
  );
}

export async function changeRequestsByIds(db: Queryable, ids: readonly number[]): Promise<ChangeRequestRow[]> {
  return queryRows<ChangeRequestRow>(
    db,
    sql`SELECT ${CHANGE_REQUEST_COLUMNS} FROM change_request c WHERE c.id = ANY(${val(ids)}::int[])`,
  );
}

/** The change requests of each of many projects, newest submission first: one page per project. */
export async function changeRequestPagesOfProjects(
  db: Queryable,
  projectIds: readonly number[],
  page: Page,
): Promise<Map<unknown, PageRows<ChangeRequestRow>>> {
  return childPages<ChangeRequestRow>(
    db,
    {
      parentKey: sql`c.project_id`,
      columns: CHANGE_REQUEST_COLUMNS,
      from: sql`change_request c`,
      where: sql`c.project_id = ANY(${val(projectIds)}::int[])`,
      orderBy: sql`c.submitted_on DESC NULLS LAST, c.id`,
    },
    page,
  );
}
