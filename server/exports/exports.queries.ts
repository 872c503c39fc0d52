/**
 * SQL the exports and map figures need beyond the core aggregation.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';

/**
 * Inhabitants per region code: the newest population figure on or before the reference date
 * (CBS counts on 1 January, like the fte peildatum). Regions without one are absent, so a
 * per-inhabitant metric stays missing rather than being divided by a guess.
 */
export async function populationByRegion(db: Queryable, codes: readonly string[], peildatum: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ region_code: string; inhabitants: number }>(
    db,
    `SELECT DISTINCT ON (region_code) region_code, inhabitants
       FROM population
      WHERE region_code = ANY($1::text[]) AND peildatum <= $2::date
      ORDER BY region_code, peildatum DESC`,
    [codes, peildatum],
  );
  return new Map(rows.map((r) => [r.region_code, r.inhabitants]));
}
