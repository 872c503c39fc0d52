/**
 * Reads of location-advice cases (casussen), always through the viewer's visible cases
 * (visible-cases.queries.ts): a confidential case does not exist for whoever may not see it. A planner's
 * list still leaves confidential cases out unless asked (includeConfidential). No geometry.
 */
import type { CaseKind, Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import type { Viewer } from '../auth/viewer.js';
import { escapeLike } from '../regions/region-search.queries.js';
import { listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';
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

export const CASE_COLUMNS = `lc.id, lc.title, lc.organisation_id, lc.organisation_name, lc.kind, lc.kind_as_written, lc.fte_change,
  lc.fte_change_as_written, lc.from_region_code, lc.to_region_code, lc.from_site_id, lc.to_site_id, lc.status, lc.advice, lc.decision,
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

export async function searchCases(db: Queryable, viewer: Viewer, f: CaseSearch, page: Page): Promise<PageRows<CaseRow>> {
  const params = new SqlParams();
  const c = [`lc.dataset = ${params.add(f.dataset)}`];
  if (!f.includeConfidential) c.push('NOT lc.confidential');
  if (f.kinds) c.push(`lc.kind = ANY(${params.add(f.kinds)}::text[])`);
  if (f.status) c.push(`lc.status = ${params.add(f.status)}`);
  if (f.organisationId !== undefined) c.push(`lc.organisation_id = ${params.add(f.organisationId)}::int`);
  if (f.regionCode) {
    const code = params.add(f.regionCode);
    c.push(`lc.from_region_code = ${code} OR lc.to_region_code = ${code}`);
  }
  if (f.search) {
    const pattern = params.add(escapeLike(f.search));
    c.push(`lc.title ILIKE '%' || ${pattern} || '%' OR lc.organisation_name ILIKE '%' || ${pattern} || '%'`);
  }
  return listPage<CaseRow>(db, params, { columns: CASE_COLUMNS, from: visibleCases(viewer, 'lc'), where: whereClause(c), orderBy: 'lc.id DESC' }, page);
}

/** The cases with these ids that the viewer may see; an id it may not see is simply absent. */
export async function casesByIds(db: Queryable, viewer: Viewer, ids: readonly number[]): Promise<CaseRow[]> {
  return queryRows<CaseRow>(db, `SELECT ${CASE_COLUMNS} FROM ${visibleCases(viewer, 'lc')} WHERE lc.id = ANY($1::int[])`, [ids]);
}
