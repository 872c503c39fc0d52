/**
 * Facts the advice rule needs about a case's origin and destination: the province and the
 * grensregio flag, for a region code or a site (through its gemeente). Newest division year.
 */
import { visibleCases } from '../cases/visible-cases.queries.js';
import type { Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryOne, sql, val } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';
import type { PlaceFacts } from './advice-rule.js';

export async function placeFactsForRegion(db: Queryable, code: string): Promise<PlaceFacts | null> {
  const row = await queryOne<{
    name: string;
    provincie_code: string | null;
    provincie_name: string | null;
    is_grensregio: boolean;
  }>(
    db,
    `SELECT r.name, r.provincie_code, p.name AS provincie_name, r.is_grensregio
       FROM region r LEFT JOIN region p ON p.kind = 'provincie' AND p.code = r.provincie_code AND p.year = r.year
      WHERE r.code = $1 ORDER BY r.year DESC LIMIT 1`,
    [code],
  );
  return row
    ? {
        label: row.name,
        provincieCode: row.provincie_code,
        provincieName: row.provincie_name,
        isGrensregio: row.is_grensregio,
      }
    : null;
}

export async function placeFactsForSite(db: Queryable, siteId: number): Promise<PlaceFacts | null> {
  const row = await queryOne<{ name: string; gemeente_code: string | null }>(
    db,
    `SELECT name, gemeente_code FROM site WHERE id = $1`,
    [siteId],
  );
  if (!row) return null;
  const region = row.gemeente_code ? await placeFactsForRegion(db, row.gemeente_code) : null;
  return {
    label: row.name,
    provincieCode: region?.provincieCode ?? null,
    provincieName: region?.provincieName ?? null,
    isGrensregio: region?.isGrensregio ?? false,
  };
}

/** Whether any region is configured as grensregio (GRENSREGIO_CODES); the sources name none. */
export async function grensregioListed(db: Queryable): Promise<boolean> {
  const row = await queryOne<{ listed: boolean }>(
    db,
    'SELECT EXISTS (SELECT 1 FROM region WHERE is_grensregio) AS listed',
  );
  return row?.listed === true;
}

export interface CaseRow {
  id: number;
  kind: string;
  dataset: Dataset;
  fte_change: string | null;
  fte_moving: string | null;
  from_region_code: string | null;
  to_region_code: string | null;
  from_site_id: number | null;
  to_site_id: number | null;
}

/** The case if the viewer may see it; undefined for a confidential case as for a missing one. */
export async function caseForAdvice(db: Queryable, viewer: Viewer, id: number): Promise<CaseRow | undefined> {
  return queryOne<CaseRow>(
    db,
    sql`SELECT lc.id, lc.kind, lc.dataset, lc.fte_change, lc.fte_moving, lc.from_region_code, lc.to_region_code,
       lc.from_site_id, lc.to_site_id
       FROM ${visibleCases(viewer, 'lc')} WHERE lc.id = ${val(id)}`,
  );
}
