/**
 * Reads of location-advice cases (casussen), always through the viewer's visible cases
 * (visible-cases.queries.ts): a confidential case does not exist for whoever may not see it. A planner's
 * list still leaves confidential cases out unless asked (includeConfidential). No geometry.
 */
import type { CaseKind, Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import type { Viewer } from '../auth/viewer.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { listPage, type PageRows } from '../search/paging.js';
import { visibleCases } from './visible-cases.queries.js';

export interface CaseRow {
  id: number;
  title: string;
  organisation_id: number | null;
  organisation_name: string | null;
  kind: CaseKind;
  kind_as_written: string | null;
  fte_change: string | null;
  fte_change_as_written: string | null;
  fte_moving: string | null;
  from_region_code: string | null;
  to_region_code: string | null;
  from_site_id: number | null;
  to_site_id: number | null;
  status: string;
  advice: string | null;
  decision: string | null;
  confidential: boolean;
  source_url: string | null;
  note: string | null;
  dataset: Dataset;
  version: number;
}

export const CASE_COLUMNS = sql`lc.id, lc.title, lc.organisation_id, lc.organisation_name, lc.kind, lc.kind_as_written, lc.fte_change,
  lc.fte_change_as_written, lc.fte_moving, lc.from_region_code, lc.to_region_code, lc.from_site_id, lc.to_site_id, lc.status, lc.advice, lc.decision,
  lc.confidential, lc.source_url, lc.note, lc.dataset, lc.version`;

export interface CaseSearch {
  dataset: Dataset;
  includeConfidential: boolean;
  kinds?: CaseKind[];
  status?: string;
  regionCode?: string;
  organisationId?: number;
  search?: string;
}

export async function searchCases(
  db: Queryable,
  viewer: Viewer,
  f: CaseSearch,
  page: Page,
): Promise<PageRows<CaseRow>> {
  const c = [sql`lc.dataset = ${val(f.dataset)}`];
  if (!f.includeConfidential) c.push(sql`NOT lc.confidential`);
  if (f.kinds) c.push(sql`lc.kind = ANY(${val(f.kinds)}::text[])`);
  if (f.status) c.push(sql`lc.status = ${val(f.status)}`);
  if (f.organisationId !== undefined) c.push(sql`lc.organisation_id = ${val(f.organisationId)}::int`);
  if (f.regionCode) {
    const code = val(f.regionCode);
    c.push(sql`lc.from_region_code = ${code} OR lc.to_region_code = ${code}`);
  }
  if (f.search) {
    const pattern = val(escapeLike(f.search));
    c.push(sql`lc.title ILIKE '%' || ${pattern} || '%' OR lc.organisation_name ILIKE '%' || ${pattern} || '%'`);
  }
  return listPage<CaseRow>(
    db,
    { columns: CASE_COLUMNS, from: visibleCases(viewer, 'lc'), where: whereAll(c), orderBy: sql`lc.id DESC` },
    page,
  );
}

/** The cases with these ids that the viewer may see; an id it may not see is simply absent. */
export async function casesByIds(db: Queryable, viewer: Viewer, ids: readonly number[]): Promise<CaseRow[]> {
  return queryRows<CaseRow>(
    db,
    sql`SELECT ${CASE_COLUMNS} FROM ${visibleCases(viewer, 'lc')} WHERE lc.id = ANY(${val(ids)}::int[])`,
  );
}
