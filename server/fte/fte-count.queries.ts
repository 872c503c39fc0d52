/**
 * Reads of single fte figures (fte_count rows) with their sources, for lists and for the fte
 * fields of sites and organisations (batched per request). No geometry. Aggregation lives in
 * fte.queries.ts; this file never sums.
 */
import type { Dataset, FteScope, Sector } from '../../common/domain.js';
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, val, whereAll } from '../common/sql.js';
import type { Page } from '../common/page.js';
import { childPages, listPage, type PageRows } from '../search/paging.js';

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

const COLUMNS = sql`f.id, to_char(f.peildatum, 'YYYY-MM-DD') AS peildatum, f.peildatum_basis, f.scope, f.region_code, f.site_id, f.sector,
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

function conditions(f: FteCountSearch): SQL[] {
  const c = [sql`f.dataset = ${val(f.dataset)}`];
  if (f.peildatum) c.push(sql`f.peildatum = ${val(f.peildatum)}::date`);
  if (f.scope) c.push(sql`f.scope = ${val(f.scope)}`);
  if (f.regionCode) c.push(sql`f.region_code = ${val(f.regionCode)}`);
  if (f.siteId !== undefined) c.push(sql`f.site_id = ${val(f.siteId)}::int`);
  if (f.sector) c.push(sql`f.sector = ${val(f.sector)}`);
  if (f.organisationId !== undefined) c.push(sql`f.organisation_id = ${val(f.organisationId)}::int`);
  return c;
}

/** Newest peildatum first, then by id: a stable order for paging. */
export async function searchFteCounts(
  db: Queryable,
  filter: FteCountSearch,
  page: Page,
): Promise<PageRows<FteCountRow>> {
  return listPage<FteCountRow>(
    db,
    {
      columns: COLUMNS,
      from: sql`fte_count f`,
      where: whereAll(conditions(filter)),
      orderBy: sql`f.peildatum DESC, f.id`,
    },
    page,
  );
}

/**
 * The figures of many sites or organisations at once, one page per key (newest peildatum first,
 * then by id); `by` is a column named in code, never input.
 */
export async function fteCountPagesBy(
  db: Queryable,
  by: 'site_id' | 'organisation_id',
  keys: readonly number[],
  filter: { dataset: Dataset; peildatum?: string },
  page: Page,
): Promise<Map<unknown, PageRows<FteCountRow>>> {
  const key = sql.identifier('f', by);
  const c = [sql`${key} = ANY(${val(keys)}::int[])`, ...conditions(filter)];
  return childPages<FteCountRow>(
    db,
    {
      parentKey: key,
      columns: COLUMNS,
      from: sql`fte_count f`,
      where: whereAll(c),
      orderBy: sql`f.peildatum DESC, f.id`,
    },
    page,
  );
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
