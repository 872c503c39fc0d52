/**
 * What the monitors read besides the snapshots: population per province, the configured Randstad
 * and deliveries per organisation. Published statements come from statements/statement.queries.ts.
 * No geometry here.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows, toNumber } from '../common/sql.js';

export interface PopulationRow {
  regionCode: string;
  peildatum: string;
  inhabitants: number;
  sourceUrl: string;
}

/**
 * Population per province on the latest reference date on or before `date`, else the earliest
 * after it (the only published year may postdate the fte date; the monitor says which it used).
 */
export async function provincePopulation(db: Queryable, date: string): Promise<PopulationRow[]> {
  const rows = await queryRows<{ region_code: string; peildatum: string; inhabitants: number; source_url: string }>(
    db,
    `WITH chosen AS (
       SELECT COALESCE((SELECT max(peildatum) FROM population WHERE peildatum <= $1 AND region_code LIKE 'PV%'),
                       (SELECT min(peildatum) FROM population WHERE region_code LIKE 'PV%')) AS d
     )
     SELECT p.region_code, to_char(p.peildatum, 'YYYY-MM-DD') AS peildatum, p.inhabitants, p.source_url
       FROM population p, chosen WHERE p.peildatum = chosen.d AND p.region_code LIKE 'PV%' ORDER BY p.region_code`,
    [date],
  );
  return rows.map((r) => ({
    regionCode: r.region_code,
    peildatum: r.peildatum,
    inhabitants: r.inhabitants,
    sourceUrl: r.source_url,
  }));
}

/** Provinces flagged as Randstad in the region table (set from RANDSTAD_PROVINCES at load). */
export async function configuredRandstad(db: Queryable): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(
    db,
    `SELECT DISTINCT code FROM region WHERE kind = 'provincie' AND is_randstad ORDER BY code`,
  );
  return rows.map((r) => r.code);
}

export const PROVINCE_CODES = [
  'PV20',
  'PV21',
  'PV22',
  'PV23',
  'PV24',
  'PV25',
  'PV26',
  'PV27',
  'PV28',
  'PV29',
  'PV30',
  'PV31',
];

export interface OrganisationRandstadRow {
  organisationId: number;
  name: string;
  /** fte delivered in the given provinces (inside) and elsewhere (outside) per date; null: no delivery then. */
  insideFrom: number | null;
  outsideFrom: number | null;
  insideTo: number | null;
  outsideTo: number | null;
  sources: string[];
}

/**
 * Per organisation, its deliveries inside and outside a set of provinces on two reference dates.
 * A delivery is an organisation's fte at a site (placed through the site's gemeente) or for a
 * gemeente, the same deliveries fteByRegion sums; gemeenten of the newest division. An
 * organisation's delivery covers all its locations, so on a date it delivered, a side without
 * rows is 0; on a date without any delivery both sides are null.
 */
export async function organisationRandstadChange(
  db: Queryable,
  options: { from: string; to: string; dataset: string; randstad: string[] },
): Promise<OrganisationRandstadRow[]> {
  const rows = await queryRows<{
    id: number;
    name: string;
    has_from: boolean;
    has_to: boolean;
    in_from: string | null;
    out_from: string | null;
    in_to: string | null;
    out_to: string | null;
    sources: string[];
  }>(
    db,
    `WITH gem AS (
       SELECT code, provincie_code FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
     ),
     delivery AS (
       SELECT f.organisation_id, f.peildatum, g.provincie_code = ANY($4::text[]) AS inside, f.fte, f.source_url
         FROM fte_count f
         LEFT JOIN site s ON s.id = f.site_id
         JOIN gem g ON g.code = COALESCE(s.gemeente_code, f.region_code)
        WHERE f.dataset = $3 AND f.peildatum IN ($1::date, $2::date) AND f.organisation_id IS NOT NULL AND f.fte IS NOT NULL
          AND (f.scope = 'locatie' OR (f.scope = 'regio' AND f.region_code LIKE 'GM%'))
     )
     SELECT o.id, o.name,
            bool_or(d.peildatum = $1::date) AS has_from, bool_or(d.peildatum = $2::date) AS has_to,
            COALESCE(sum(d.fte) FILTER (WHERE d.peildatum = $1::date AND d.inside), 0) AS in_from,
            COALESCE(sum(d.fte) FILTER (WHERE d.peildatum = $1::date AND NOT d.inside), 0) AS out_from,
            COALESCE(sum(d.fte) FILTER (WHERE d.peildatum = $2::date AND d.inside), 0) AS in_to,
            COALESCE(sum(d.fte) FILTER (WHERE d.peildatum = $2::date AND NOT d.inside), 0) AS out_to,
            array_agg(DISTINCT d.source_url) AS sources
       FROM delivery d JOIN organisation o ON o.id = d.organisation_id
      GROUP BY o.id, o.name
      ORDER BY o.name, o.id`,
    [options.from, options.to, options.dataset, options.randstad],
  );
  return rows.map((r) => ({
    organisationId: r.id,
    name: r.name,
    insideFrom: r.has_from ? toNumber(r.in_from) : null,
    outsideFrom: r.has_from ? toNumber(r.out_from) : null,
    insideTo: r.has_to ? toNumber(r.in_to) : null,
    outsideTo: r.has_to ? toNumber(r.out_to) : null,
    sources: r.sources,
  }));
}
