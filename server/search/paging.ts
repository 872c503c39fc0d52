/**
 * Paged list statements. Every list orders by its sort key and then a unique key, so pages are
 * stable; the total comes from a window count in the same statement. Nested lists (the sites of
 * many regions) page per parent in ONE statement with row_number() per partition — the batch a
 * DataLoader sends for a whole level of the query.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import type { Page } from '../common/page.js';
import type { SqlParams } from './sql-params.js';

export interface ListSpec {
  columns: string;
  /** FROM clause with aliases, e.g. `site s`. */
  from: string;
  where: string;
  /** ORDER BY expressions ending in a unique key. */
  orderBy: string;
}

export interface PageRows<R> {
  rows: R[];
  total: number;
}

type Counted<R> = R & { total_count: number };

export async function listPage<R>(db: Queryable, params: SqlParams, spec: ListSpec, page: Page): Promise<PageRows<R>> {
  const sql = `SELECT ${spec.columns}, count(*) OVER ()::int AS total_count FROM ${spec.from} WHERE ${spec.where}
    ORDER BY ${spec.orderBy} LIMIT ${params.add(page.limit)}::int OFFSET ${params.add(page.offset)}::int`;
  const rows = await queryRows<Counted<R>>(db, sql, params.values);
  if (rows.length > 0 || page.offset === 0) return { rows: rows.map(strip), total: rows[0]?.total_count ?? 0 };
  // Past the last page: the window count has no row to ride on.
  const [count] = await queryRows<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${spec.from} WHERE ${spec.where}`, params.values.slice(0, -2));
  return { rows: [], total: count?.n ?? 0 };
}

export interface ChildListSpec extends ListSpec {
  /** Expression naming the parent of each row, e.g. `r.id`. */
  parentKey: string;
}

/**
 * One page of children for each of many parents. Each parent's first row is always fetched so its
 * total is known even when the page lies beyond it; rows outside the page are dropped here.
 */
export async function childPages<R>(db: Queryable, params: SqlParams, spec: ChildListSpec, page: Page): Promise<Map<unknown, PageRows<R>>> {
  const first = `${params.add(page.offset)}::int`;
  const last = `${params.add(page.offset + page.limit)}::int`;
  // page_parent and page_rn are named so that no table column (organisation.parent_id!) clashes.
  const rows = await queryRows<Counted<R> & { page_parent: unknown; page_rn: number }>(
    db,
    `SELECT * FROM (
       SELECT ${spec.parentKey} AS page_parent, ${spec.columns},
              row_number() OVER (PARTITION BY ${spec.parentKey} ORDER BY ${spec.orderBy})::int AS page_rn,
              count(*) OVER (PARTITION BY ${spec.parentKey})::int AS total_count
         FROM ${spec.from} WHERE ${spec.where}) x
      WHERE (x.page_rn > ${first} AND x.page_rn <= ${last}) OR x.page_rn = 1
      ORDER BY x.page_parent, x.page_rn`,
    params.values,
  );
  const byParent = new Map<unknown, PageRows<R>>();
  for (const row of rows) {
    const entry = byParent.get(row.page_parent) ?? { rows: [], total: row.total_count };
    if (row.page_rn > page.offset && row.page_rn <= page.offset + page.limit) {
      const { page_parent: _p, page_rn: _r, ...rest } = row;
      entry.rows.push(strip(rest as Counted<R>));
    }
    byParent.set(row.page_parent, entry);
  }
  return byParent;
}

function strip<R>(row: Counted<R>): R {
  const { total_count: _omit, ...rest } = row;
  return rest as R;
}
