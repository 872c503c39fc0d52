/**
 * Reads of single fte figures (fte_count rows) with their sources, for lists and for the fte
 * fields of sites and organisations (batched per request). No geometry. Aggregation lives in
 * fte.queries.ts; this file never sums.
 */
import type { Dataset, FteScope, Sector } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';
import { SqlParams, whereClause } from '../search/sql-params.js';

export interface FteCountRow {
  id: number;
  peildatum: string;
  peildatum_basis: 'stated' | 'inferred';
  scope: FteScope;
  region_code: string | null;
  site_id: number | null;
  sector: Sector | null;
  organisation_id: number | null;
  fte: string | null;
  fte_as_written: string | null;
  source_url: string;
  source_title: string | null;
  note: string | null;
  dataset: Dataset;
  import_id: number | null;
}

const COLUMNS = `f.id, to_char(f.peildatum, 'YYYY-MM-DD') AS peildatum, f.peildatum_basis, f.scope, f.region_code, f.site_id, f.sector,
  f.organisation_id, f.fte, f.fte_as_written, f.source_url, f.source_title, f.note, f.dataset, f.import_id`;

export interface FteCountSearch {
  dataset: Dataset;
  peildatum?: string;
  scope?: FteScope;
  regionCode?: string;
  siteId?: number;
  sector?: Sector;
  organisationId?: number;
}

function conditions(params: SqlParams, f: FteCountSearch): string[] {
  const c = [`f.dataset = ${params.add(f.dataset)}`];
  if (f.peildatum) c.push(`f.peildatum = ${params.add(f.peildatum)}::date`);
  if (f.scope) c.push(`f.scope = ${params.add(f.scope)}`);
  if (f.regionCode) c.push(`f.region_code = ${params.add(f.regionCode)}`);
  if (f.siteId !== undefined) c.push(`f.site_id = ${params.add(f.siteId)}::int`);
  if (f.sector) c.push(`f.sector = ${params.add(f.sector)}`);
  if (f.organisationId !== undefined) c.push(`f.organisation_id = ${params.add(f.organisationId)}::int`);
  return c;
}

/** Newest peildatum first, then by id: a stable order for paging. */
export async function searchFteCounts(db: Queryable, filter: FteCountSearch, page: Page): Promise<PageRows<FteCountRow>> {
  const params = new SqlParams();
  return listPage<FteCountRow>(db, params, { columns: COLUMNS, from: 'fte_count f', where: whereClause(conditions(params, filter)), orderBy: 'f.peildatum DESC, f.id' }, page);
}

/**
 * The figures of many sites or organisations at once, one page per key (newest peildatum first,
 * then by id); `by` is a column named in code, never input.
 */
export async function fteCountPagesBy(
  db: Queryable, by: 'site_id' | 'organisation_id', keys: readonly number[], filter: { dataset: Dataset; peildatum?: string }, page: Page,
): Promise<Map<unknown, PageRows<FteCountRow>>> {
  const params = new SqlParams();
  const c = [`f.${by} = ANY(${params.add(keys)}::int[])`, ...conditions(params, filter)];
  return childPages<FteCountRow>(db, params, { parentKey: `f.${by}`, columns: COLUMNS, from: 'fte_count f', where: whereClause(c), orderBy: 'f.peildatum DESC, f.id' }, page);
}

/** Titles of sources, for citing them by name where fte_count recorded one. */
export async function sourceTitles(db: Queryable, urls: readonly string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ url: string; title: string }>(
    db,
    `SELECT DISTINCT ON (source_url) source_url AS url, source_title AS title FROM fte_count
      WHERE source_url = ANY($1::text[]) AND source_title IS NOT NULL ORDER BY source_url, id`,
    [urls],
  );
  return new Map(rows.map((r) => [r.url, r.title]));
}
