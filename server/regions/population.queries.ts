/**
 * Inhabitants (CBS) per region on a reference date, for fte per 1,000 inhabitants.
 * Inputs: region codes (NL01 for the country) and a peildatum. Output: one row per code that has
 * a published figure on exactly that date — a figure of another year is never substituted.
 */
import type { RegionKind } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';

export interface PopulationRow {
  region_code: string;
  peildatum: string;
  inhabitants: number;
  source_url: string;
}

/** CBS code of the Netherlands as a whole in the population table. */
export const NETHERLANDS_CODE = 'NL01';

export async function populationOn(
  db: Queryable,
  codes: readonly string[],
  peildatum: string,
): Promise<Map<string, PopulationRow>> {
  const rows = await queryRows<PopulationRow>(
    db,
    `SELECT region_code, to_char(peildatum, 'YYYY-MM-DD') AS peildatum, inhabitants, source_url
       FROM population WHERE region_code = ANY($1::text[]) AND peildatum = $2::date`,
    [codes, peildatum],
  );
  return new Map(rows.map((row) => [row.region_code, row]));
}

/**
 * populationOn for every region of a level (its newest division year) and the country: the
 * codes follow from the level, so the fte aggregate asks for it beside its fte statements
 * instead of after them (one round trip less before a fresh answer).
 */
export async function populationOfLevel(
  db: Queryable,
  level: RegionKind,
  peildatum: string,
): Promise<Map<string, PopulationRow>> {
  const rows = await queryRows<PopulationRow>(
    db,
    `SELECT region_code, to_char(peildatum, 'YYYY-MM-DD') AS peildatum, inhabitants, source_url
       FROM population
      WHERE peildatum = $2::date
        AND (region_code = $3 OR region_code IN (
              SELECT code FROM region WHERE kind = $1 AND year = (SELECT max(year) FROM region WHERE kind = $1)))`,
    [level, peildatum, NETHERLANDS_CODE],
  );
  return new Map(rows.map((row) => [row.region_code, row]));
}
