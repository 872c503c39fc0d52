/**
 * The core fte aggregation, shared by the GraphQL aggregates, the monitors, tiles and exports.
 *
 * Inputs: a region level, a reference date (peildatum), an optional sector or organisation, and
 * a dataset ('gepubliceerd' or 'demo' — never both in one answer).
 * Output: one row per region of that level (the newest division year), with
 *   fte      the figure, or NULL when there is none (never 0 for missing),
 *   basis    'regiocijfer'  a figure published for exactly this region (fte_count scope 'regio'),
 *            'leveringen'   the sum of deliveries at sites/gemeenten inside the region,
 *            NULL           nothing known,
 *   as_written  the source's wording when it only gave an approximation ("bijna 95.000"),
 *   sources  the distinct source URLs behind the figure.
 * A figure published for the region itself wins over a sum of deliveries inside it.
 * Sites are placed in regions through their gemeente code and the gemeente's derived parents,
 * which keeps this a join on indexed codes rather than a spatial join per request.
 */
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows, sql, toNumber } from '../common/sql.js';

export interface FteFilter {
  level: RegionKind;
  peildatum: string;
  dataset: Dataset;
  sector?: Sector | null;
  organisationId?: number | null;
  /** Restrict to these region codes (default: all of the level). */
  codes?: string[] | null;
}

export interface RegionFte {
  /** The region row (newest division year of the level). */
  regionId: number;
  code: string;
  name: string;
  isRandstad: boolean;
  fte: number | null;
  basis: 'regiocijfer' | 'leveringen' | null;
  asWritten: string | null;
  sources: string[];
}

/** Column of a gemeente row that names its parent of the given level. */
const PARENT_COLUMN: Record<RegionKind, string> = {
  provincie: 'provincie_code',
  corop: 'corop_code',
  arbeidsmarktregio: 'arbeidsmarktregio_code',
  gemeente: 'code',
};

interface RegionFteRow {
  region_id: number;
  is_randstad: boolean;
  code: string;
  name: string;
  direct_fte: string | null;
  direct_written: string | null;
  direct_sources: string[] | null;
  delivered_fte: string | null;
  delivered_sources: string[] | null;
  has_direct: boolean;
}

/**
 * The aggregate. For all organisations (the map, tiles, exports: what a planner looks at after an
 * edit) the deliveries come from the totals the database maintains in every writing transaction
 * (fte_region_total, migration 1763800016250): a few indexed rows instead of every delivery of
 * the peildatum. For one organisation, from its rows (fteByRegionScan).
 */
export async function fteByRegion(db: Queryable, filter: FteFilter): Promise<RegionFte[]> {
  if (filter.organisationId != null) return fteByRegionScan(db, filter);
  const rows = await queryRows<RegionFteRow>(
    db,
    `SELECT r.id AS region_id, r.is_randstad, r.code, r.name, d.fte AS direct_fte, d.written AS direct_written,
            d.sources AS direct_sources, v.fte AS delivered_fte, v.sources AS delivered_sources, d.code IS NOT NULL AS has_direct
       FROM region r
       LEFT JOIN (
         SELECT f.region_code AS code, sum(f.fte) AS fte, string_agg(f.fte_as_written, '; ') FILTER (WHERE f.fte IS NULL) AS written,
                array_agg(DISTINCT f.source_url) AS sources
           FROM fte_count f
          WHERE f.scope = 'regio' AND f.dataset = $3 AND f.peildatum = $2::date
            AND f.sector IS NOT DISTINCT FROM $4::text AND f.organisation_id IS NULL
          GROUP BY f.region_code
       ) d ON d.code = r.code
       LEFT JOIN (
         SELECT t.region_code AS code, sum(t.fte) AS fte, array_agg(t.source_url ORDER BY t.source_url) AS sources
           FROM fte_region_total t
          WHERE t.dataset = $3 AND t.peildatum = $2::date AND t.level = $1 AND t.sector_key = COALESCE($4::text, '*')
          GROUP BY t.region_code
       ) v ON v.code = r.code
      WHERE r.kind = $1 AND r.year = (SELECT max(year) FROM region WHERE kind = $1) AND ($5::text[] IS NULL OR r.code = ANY($5))
      ORDER BY r.code`,
    [filter.level, filter.peildatum, filter.dataset, filter.sector ?? null, filter.codes ?? null],
  );
  return rows.map(regionFte);
}

/**
 * The aggregate computed from every fte row of the peildatum: used for one organisation, and the
 * reference the maintained totals are tested against (test/integration/fte-totals.test.ts).
 */
export async function fteByRegionScan(db: Queryable, filter: FteFilter): Promise<RegionFte[]> {
  const parent = sql.identifier('g', PARENT_COLUMN[filter.level]);
  const rows = await queryRows<RegionFteRow>(
    db,
    sql`WITH params AS (
       SELECT $1::text AS level, $2::date AS peildatum, $3::text AS dataset, $4::text AS sector, $5::int AS organisation_id,
              (SELECT max(year) FROM region WHERE kind = $1) AS year
     ),
     regions AS (
       SELECT r.id, r.code, r.name, r.is_randstad FROM region r, params p
        WHERE r.kind = p.level AND r.year = p.year AND ($6::text[] IS NULL OR r.code = ANY($6))
     ),
     direct AS (
       SELECT f.region_code AS code, sum(f.fte) AS fte, string_agg(f.fte_as_written, '; ') FILTER (WHERE f.fte IS NULL) AS written,
              array_agg(DISTINCT f.source_url) AS sources, bool_or(f.fte IS NULL) AS approximate
         FROM fte_count f, params p
        WHERE f.scope = 'regio' AND f.peildatum = p.peildatum AND f.dataset = p.dataset
          AND f.sector IS NOT DISTINCT FROM p.sector AND f.organisation_id IS NOT DISTINCT FROM p.organisation_id
          AND f.region_code IN (SELECT code FROM regions)
        GROUP BY f.region_code
     ),
     gemeenten AS MATERIALIZED (
       SELECT g.code, ${parent} AS parent FROM region g
        WHERE g.kind = 'gemeente' AND g.year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
     ),
     -- Deliveries summed per gemeente first (one row per gemeente), then rolled up to the level:
     -- keeps the plan a pair of hash aggregates whatever the table statistics say.
     per_gemeente AS MATERIALIZED (
       SELECT COALESCE(s.gemeente_code, f.region_code) AS gemeente, sum(f.fte) AS fte, array_agg(DISTINCT f.source_url) AS sources
         FROM fte_count f
         CROSS JOIN params p
         LEFT JOIN site s ON s.id = f.site_id
        WHERE f.peildatum = p.peildatum AND f.dataset = p.dataset AND f.fte IS NOT NULL
          AND (f.scope = 'locatie' OR (f.scope = 'regio' AND f.region_code LIKE 'GM%'
               -- at gemeente level a gemeente's own total is a direct figure; an organisation's
               -- delivery for the gemeente is still a delivery to sum
               AND (p.level <> 'gemeente' OR f.organisation_id IS NOT NULL)))
          AND (p.sector IS NULL OR f.sector = p.sector)
          AND (p.organisation_id IS NULL OR f.organisation_id = p.organisation_id)
        GROUP BY 1
     ),
     delivered_sources AS (
       SELECT gm.parent AS code, array_agg(DISTINCT src) AS sources
         FROM per_gemeente pg JOIN gemeenten gm ON gm.code = pg.gemeente, unnest(pg.sources) AS src
        GROUP BY gm.parent
     ),
     delivered AS (
       SELECT gm.parent AS code, sum(pg.fte) AS fte, ds.sources
         FROM per_gemeente pg JOIN gemeenten gm ON gm.code = pg.gemeente JOIN delivered_sources ds ON ds.code = gm.parent
        GROUP BY gm.parent, ds.sources
     )
     SELECT r.id AS region_id, r.is_randstad, r.code, r.name, d.fte AS direct_fte, d.written AS direct_written, d.sources AS direct_sources,
            v.fte AS delivered_fte, v.sources AS delivered_sources, d.code IS NOT NULL AS has_direct
       FROM regions r
       LEFT JOIN direct d ON d.code = r.code
       LEFT JOIN delivered v ON v.code = r.code
      ORDER BY r.code`,
    [
      filter.level,
      filter.peildatum,
      filter.dataset,
      filter.sector ?? null,
      filter.organisationId ?? null,
      filter.codes ?? null,
    ],
  );
  return rows.map(regionFte);
}

/** A figure published for the region itself wins over a sum of deliveries inside it. */
function regionFte(row: RegionFteRow): RegionFte {
  const region = { regionId: row.region_id, code: row.code, name: row.name, isRandstad: row.is_randstad };
  if (row.has_direct) {
    return {
      ...region,
      fte: row.direct_written ? null : toNumber(row.direct_fte),
      basis: 'regiocijfer',
      asWritten: row.direct_written,
      sources: row.direct_sources ?? [],
    };
  }
  if (row.delivered_fte !== null) {
    return {
      ...region,
      fte: toNumber(row.delivered_fte),
      basis: 'leveringen',
      asWritten: null,
      sources: row.delivered_sources ?? [],
    };
  }
  return { ...region, fte: null, basis: null, asWritten: null, sources: [] };
}

export interface NationalFte {
  peildatum: string;
  fte: number | null;
  asWritten: string | null;
  sources: string[];
}

/** The national total on a reference date: the published figure (all sectors), or null. */
export async function nationalFte(
  db: Queryable,
  peildatum: string,
  dataset: Dataset,
  sector: Sector | null = null,
): Promise<NationalFte> {
  const rows = await queryRows<{ fte: string | null; written: string | null; sources: string[] | null }>(
    db,
    `SELECT sum(fte) AS fte, string_agg(fte_as_written, '; ') FILTER (WHERE fte IS NULL) AS written, array_agg(DISTINCT source_url) AS sources
       FROM fte_count
      WHERE scope = 'nationaal' AND peildatum = $1 AND dataset = $2 AND sector IS NOT DISTINCT FROM $3 AND organisation_id IS NULL`,
    [peildatum, dataset, sector],
  );
  const row = rows[0];
  const sources = (row?.sources ?? []).filter((s): s is string => s !== null);
  return { peildatum, fte: row?.written ? null : toNumber(row?.fte ?? null), asWritten: row?.written ?? null, sources };
}

/** Reference dates that have any figure in the dataset, newest first. */
export async function peildatums(db: Queryable, dataset: Dataset): Promise<string[]> {
  const rows = await queryRows<{ d: string }>(
    db,
    // A loose index scan over idx_fte_peildatum (dataset, peildatum): one probe per distinct date
    // instead of reading every figure (at 100x the demo data, 143 thousand rows for ~8 dates).
    `WITH RECURSIVE d AS (
       (SELECT peildatum FROM fte_count WHERE dataset = $1 ORDER BY peildatum DESC LIMIT 1)
       UNION ALL
       SELECT (SELECT f.peildatum FROM fte_count f WHERE f.dataset = $1 AND f.peildatum < d.peildatum
                ORDER BY f.peildatum DESC LIMIT 1)
         FROM d WHERE d.peildatum IS NOT NULL
     )
     SELECT to_char(peildatum, 'YYYY-MM-DD') AS d FROM d WHERE peildatum IS NOT NULL ORDER BY d DESC`,
    [dataset],
  );
  return rows.map((r) => r.d);
}
