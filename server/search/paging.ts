/**
 * Paged list statements. Every list orders by its sort key and then a unique key, so pages are
 * stable; the total comes from a window count in the same statement. Nested lists (the sites of
 * many regions) page per parent in ONE statement with row_number() per partition — the batch a
 * DataLoader sends for a whole level of the query. Every part is a pg-sql2 fragment: a plain
 * string handed to a builder throws before anything is sent.
 */
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, val } from '../common/sql.js';
import type { Page } from '../common/page.js';

export interface ListSpec {
  columns: SQL;
  /** FROM clause with aliases, e.g. sql`site s`. */
  from: SQL;
  where: SQL;
  /** ORDER BY expressions ending in a unique key. */
  orderBy: SQL;
  /**
   * Count the matches (default): false when nothing reads the total (the selection has neither
   * totalCount nor pageInfo); the window count then costs nothing and total is NaN, so a total
   * read after all fails loudly (Int cannot be NaN) instead of being wrong.
   */
  count?: boolean;
}

export interface PageRows<R> {
  rows: R[];
  total: number;
}

type Counted<R> = R & { total_count: number };

export async function listPage<R>(db: Queryable, spec: ListSpec, page: Page): Promise<PageRows<R>> {
  const counted = spec.count ?? true;
  const total = counted ? sql`, count(*) OVER ()::int AS total_count` : sql.blank;
  const rows = await queryRows<Counted<R>>(
    db,
    sql`SELECT ${spec.columns}${total}
    FROM ${spec.from} WHERE ${spec.where}
    ORDER BY ${spec.orderBy} LIMIT ${val(page.limit)}::int OFFSET ${val(page.offset)}::int`,
  );
  if (!counted) return { rows, total: Number.NaN };
  if (rows.length > 0 || page.offset === 0) return { rows: rows.map(strip), total: rows[0]?.total_count ?? 0 };
  // Past the last page: the window count has no row to ride on.
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM ${spec.from} WHERE ${spec.where}`,
  );
  return { rows: [], total: count?.n ?? 0 };
}

export interface ChildListSpec extends ListSpec {
  /** Expression naming the parent of each row, e.g. sql`r.id`. */
  parentKey: SQL;
}

/**
 * One page of children for each of many parents. Each parent's first row is always fetched so its
 * total is known even when the page lies beyond it; rows outside the page are dropped here.
 */
export async function childPages<R>(
  db: Queryable,
  spec: ChildListSpec,
  page: Page,
): Promise<Map<unknown, PageRows<R>>> {
  const counted = spec.count ?? true;
  // Without a count no parent needs its first row beyond the page, nor the partition count.
  const total = counted ? sql`, count(*) OVER (PARTITION BY ${spec.parentKey})::int AS total_count` : sql.blank;
  const first = counted ? sql` OR x.page_rn = 1` : sql.blank;
  // page_parent and page_rn are named so that no table column (organisation.parent_id!) clashes.
  const rows = await queryRows<Counted<R> & { page_parent: unknown; page_rn: number }>(
    db,
    sql`SELECT * FROM (
       SELECT ${spec.parentKey} AS page_parent, ${spec.columns},
              row_number() OVER (PARTITION BY ${spec.parentKey} ORDER BY ${spec.orderBy})::int AS page_rn${total}
         FROM ${spec.from} WHERE ${spec.where}) x
      WHERE (x.page_rn > ${val(page.offset)}::int AND x.page_rn <= ${val(page.offset + page.limit)}::int)${first}
      ORDER BY x.page_parent, x.page_rn`,
  );
  const byParent = new Map<unknown, PageRows<R>>();
  for (const row of rows) {
    const entry = byParent.get(row.page_parent) ?? { rows: [], total: counted ? row.total_count : Number.NaN };
    if (row.page_rn > page.offset && row.page_rn <= page.offset + page.limit) {
      const { page_parent: _p, page_rn: _r, ...rest } = row;
      entry.rows.push(counted ? strip(rest as Counted<R>) : (rest as R));
    }
    byParent.set(row.page_parent, entry);
  }
  return byParent;
}

function strip<R>(row: Counted<R>): R {
  const { total_count: _omit, ...rest } = row;
  return rest as R;
}
