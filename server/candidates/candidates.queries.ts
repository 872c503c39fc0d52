/**
 * Candidate locations for a demand, with the hard constraints evaluated in PostGIS.
 *
 * Candidates: existing sites of the dataset with known workplaces, and every gemeente (newest
 * division) as a new location at a point on its surface. A site's occupancy is the sum of its
 * fte on the peildatum; where no fte is known its free capacity is unknown (NULL), never "all
 * workplaces free": such a site stays a candidate, but fails a minimum of free workplaces (it
 * cannot be shown to meet it) and is not scored on capacity (criteria.ts).
 * Inputs ($n): dataset, peildatum (site occupancy), origin GeoJSON Point or NULL, outside-Randstad
 * flag, max distance from origin (m) or NULL, max distance to an intercity station (m) or NULL,
 * minimum free workplaces or NULL, workplaces per fte, which candidate kinds, an area (GeoJSON
 * (Multi)Polygon, checked valid before) or NULL.
 * The area is a spatial filter, not a score: a site counts when its point lies in it; a gemeente
 * when it overlaps it, placed at its point on surface if that lies in the area, else at a point on
 * the part inside the area (so each candidate drawn on the map lies inside what was drawn).
 * Output: one row per candidate that passes every constraint, with distances in metres measured
 * as geography (WGS84 spheroid). Sites are filtered by distance through idx_site_geog; the
 * nearest station comes from a KNN scan of idx_station_intercity_geom (five nearest by <->,
 * then exact), once per distinct point: sites placed on their gemeente share its point on
 * surface with the gemeente candidate and with each other, so most rows repeat a point. Points
 * are keyed by their EWKB bytes (exact equality, not the bounding-box '=').
 * SRID 4326 in and out.
 *
 * Two statements share these rules. findCandidates returns every candidate, measuring the
 * nearest station per request: the reference the ranking is tested against. rankedCandidates,
 * what the ranking sends, reads the station kept per site and per gemeente point
 * (site_intercity, gemeente_candidate_point: maintained on write, migration
 * 1763800016100) and the occupancy kept per site and peildatum (site_occupancy, 1763800016300),
 * and scores every candidate in the same statement, so that only the best
 * `take` rows with their names and GeoJSON leave the database: at 100× the demo data there are
 * 14 thousand candidates, and reading, formatting and sorting them all cost more than the
 * question. The score is the arithmetic of ranking.ts (scoreCandidate) and criteria.ts,
 * operation for operation in float8, so totals and order are the same as in Node; the
 * per-region inputs (need, quality) are computed in Node and passed as arrays.
 */
import type { Queryable, SQL } from '../common/sql.js';
import { queryRows, sql, toNumber } from '../common/sql.js';
import { ACCESSIBILITY_ZERO_AT_M } from './criteria.js';

export const INTERCITY_STATION_TYPES = ['megastation', 'knooppuntIntercitystation', 'intercitystation'];
/** Literal, so the planner can use the partial index idx_station_intercity_geom (constants from code). */
const INTERCITY_PREDICATE = sql`type IN (${sql.join(
  INTERCITY_STATION_TYPES.map((t) => sql.literal(t)),
  ', ',
)})`;

export interface CandidateQuery {
  dataset: string;
  peildatum: string;
  originGeoJson: string | null;
  outsideRandstad: boolean;
  maxDistanceFromOriginM: number | null;
  maxDistanceToStationM: number | null;
  minFreeWorkplaces: number | null;
  workplacesPerFte: number;
  includeSites: boolean;
  includeGemeenten: boolean;
  /** Only candidates in this (Multi)Polygon, as checked GeoJSON; null = the whole country. */
  areaGeoJson?: string | null;
}

export interface CandidateRow {
  kind: 'bestaande_locatie' | 'gemeente';
  siteId: number | null;
  name: string;
  gemeenteCode: string;
  gemeenteName: string;
  provincieCode: string | null;
  coropCode: string | null;
  isRandstad: boolean;
  workplaces: number | null;
  /** Fte at the site on the peildatum; null when unknown (then freeWorkplaces is null too). */
  occupiedFte: number | null;
  freeWorkplaces: number | null;
  /** adres for a geocoded site; gemeente for a site placed on its gemeente, and for a gemeente candidate. */
  locationPrecision: 'adres' | 'gemeente';
  geojson: string;
  originM: number | null;
  stationCode: string;
  stationName: string;
  stationM: number;
}

const CANDIDATES_SQL = sql`
WITH origin AS (
  SELECT CASE WHEN $3::text IS NULL THEN NULL ELSE ST_SetSRID(ST_GeomFromGeoJSON($3), 4326) END AS geom
),
area AS (
  SELECT CASE WHEN $11::text IS NULL THEN NULL ELSE ST_SetSRID(ST_GeomFromGeoJSON($11), 4326) END AS geom
),
gem AS MATERIALIZED (
  SELECT code, name, provincie_code, corop_code, is_randstad, ST_PointOnSurface(geom) AS point, geom
    FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
),
site_fte AS (
  SELECT site_id, sum(fte) AS fte FROM fte_count
   WHERE scope = 'locatie' AND dataset = $1 AND peildatum = $2 AND fte IS NOT NULL GROUP BY site_id
),
sites AS (
  SELECT s.id, s.name, s.geom, s.workplaces, s.location_precision, g.code, g.name AS gname, g.provincie_code, g.corop_code,
         g.is_randstad, f.fte AS occupied_fte, (s.workplaces - ceil(f.fte * $8))::int AS free
    FROM site s JOIN gem g ON g.code = s.gemeente_code LEFT JOIN site_fte f ON f.site_id = s.id
   WHERE $9 AND s.dataset = $1 AND s.kind <> 'rijksontmoetingsplein' AND s.workplaces IS NOT NULL
),
raw AS (
  SELECT 'bestaande_locatie'::text AS kind, s.id AS site_id, s.name, s.code AS gemeente_code, s.gname AS gemeente_name,
         s.provincie_code, s.corop_code, s.is_randstad, s.geom AS point, s.workplaces, s.occupied_fte, s.free,
         s.location_precision
    FROM sites s, origin o, area a
   WHERE (s.free IS NULL OR s.free > 0) AND ($7::int IS NULL OR s.free >= $7)
     AND (NOT $4 OR NOT s.is_randstad)
     AND ($5::float8 IS NULL OR o.geom IS NULL OR ST_DWithin(s.geom::geography, o.geom::geography, $5))
     AND (a.geom IS NULL OR ST_Intersects(a.geom, s.geom))
  UNION ALL
  SELECT 'gemeente', NULL, g.name, g.code, g.name, g.provincie_code, g.corop_code, g.is_randstad, p.point, NULL, NULL, NULL,
         'gemeente'
    FROM gem g CROSS JOIN origin o CROSS JOIN area a
   CROSS JOIN LATERAL (
     SELECT CASE WHEN a.geom IS NULL OR ST_Intersects(a.geom, g.point) THEN g.point
                 ELSE ST_PointOnSurface(ST_Intersection(g.geom, a.geom)) END AS point
   ) p
   WHERE $10 AND (NOT $4 OR NOT g.is_randstad)
     AND (a.geom IS NULL OR ST_Intersects(a.geom, g.geom))
     AND ($5::float8 IS NULL OR o.geom IS NULL OR ST_DWithin(p.point::geography, o.geom::geography, $5))
),
keyed AS MATERIALIZED (
  SELECT r.*, ST_AsEWKB(r.point) AS point_key FROM raw r
),
nearest AS (
  SELECT p.point_key, st.code, st.name, st.distance_m
    FROM (SELECT DISTINCT point_key FROM keyed) p
   CROSS JOIN LATERAL (
     SELECT near.code, near.name, ST_Distance(near.geom::geography, ST_GeomFromEWKB(p.point_key)::geography) AS distance_m
       FROM (SELECT code, name, geom FROM station WHERE ${INTERCITY_PREDICATE} ORDER BY geom <-> ST_GeomFromEWKB(p.point_key) LIMIT 5) near
      ORDER BY distance_m, near.code LIMIT 1
   ) st
   WHERE ($6::float8 IS NULL OR st.distance_m <= $6)
)
SELECT r.kind, r.site_id, r.name, r.gemeente_code, r.gemeente_name, r.provincie_code, r.corop_code, r.is_randstad,
       r.workplaces, r.occupied_fte, r.free, r.location_precision, ST_AsGeoJSON(r.point, 6) AS geojson,
       CASE WHEN o.geom IS NULL THEN NULL ELSE ST_Distance(r.point::geography, o.geom::geography) END AS origin_m,
       st.code AS station_code, st.name AS station_name, st.distance_m AS station_m
  FROM keyed r CROSS JOIN origin o
  JOIN nearest st ON st.point_key = r.point_key`;

/** $1-$11 of both statements: the candidate filter, in the order the SQL numbers it. */
function filterParams(q: CandidateQuery): unknown[] {
  return [
    q.dataset,
    q.peildatum,
    q.originGeoJson,
    q.outsideRandstad,
    q.maxDistanceFromOriginM,
    q.maxDistanceToStationM,
    q.minFreeWorkplaces,
    q.workplacesPerFte,
    q.includeSites,
    q.includeGemeenten,
    q.areaGeoJson ?? null,
  ];
}

export async function findCandidates(db: Queryable, q: CandidateQuery): Promise<CandidateRow[]> {
  const rows = await queryRows<Record<string, unknown>>(db, CANDIDATES_SQL, filterParams(q));
  return rows.map(toCandidateRow);
}

function toCandidateRow(r: Record<string, unknown>): CandidateRow {
  return {
    kind: r.kind as CandidateRow['kind'],
    siteId: (r.site_id as number | null) ?? null,
    name: r.name as string,
    gemeenteCode: r.gemeente_code as string,
    gemeenteName: r.gemeente_name as string,
    provincieCode: (r.provincie_code as string | null) ?? null,
    coropCode: (r.corop_code as string | null) ?? null,
    isRandstad: r.is_randstad as boolean,
    workplaces: (r.workplaces as number | null) ?? null,
    occupiedFte: toNumber(r.occupied_fte as string | null),
    freeWorkplaces: (r.free as number | null) ?? null,
    locationPrecision: r.location_precision as CandidateRow['locationPrecision'],
    geojson: r.geojson as string,
    originM: toNumber(r.origin_m as string | null),
    stationCode: r.station_code as string,
    stationName: r.station_name as string,
    stationM: toNumber(r.station_m as string)!,
  };
}

/** Core qualities per region code (gemeente, COROP or provincie) from the region profiles. */
export async function coreQualitiesByRegion(db: Queryable): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ region_code: string; qualities: string[] }>(
    db,
    `SELECT region_code, array_agg(DISTINCT lower(q)) AS qualities FROM region_profile, unnest(core_qualities) q GROUP BY region_code`,
  );
  return new Map(rows.map((r) => [r.region_code, r.qualities]));
}

/** Where a demand's origin is: a site's point, as GeoJSON. */
export async function siteLocation(db: Queryable, siteId: number): Promise<string | null> {
  const [row] = await queryRows<{ geojson: string }>(
    db,
    `SELECT ST_AsGeoJSON(geom, 6) AS geojson FROM site WHERE id = $1`,
    [siteId],
  );
  return row?.geojson ?? null;
}

/** What rankedCandidates needs beyond the constraints to score, in Node's terms (candidates.service.ts). */
export interface CandidateScoring {
  /** Weights in CRITERIA order. */
  weights: number[];
  /** Workplaces the demand needs (fte × norm), for capacity fit. */
  neededWorkplaces: number;
  /** Distance at which the origin score reaches 0 (the maximum distance, or 100 km). */
  originScaleM: number;
  /** Regional need score per provincie code; a gemeente outside these scores 0.5. */
  need: { codes: string[]; scores: (number | null)[] };
  /** Quality score per gemeente code; null when no qualities were asked (criterion not scored). */
  quality: { codes: string[]; scores: (number | null)[] } | null;
  /** How many of the best to return (the shown places plus the next, which the explanation compares with). */
  take: number;
}

export interface RankedCandidateRow extends CandidateRow {
  total: number;
}

/**
 * The sort key of ranking.ts's tie-break (kind, gemeente code, zero-padded site id), built the
 * same way, compared bytewise as JavaScript compares these ASCII strings.
 */
const RANK_KEY = sql`((CASE WHEN t.kind = 'bestaande_locatie' THEN '0' ELSE '1' END) || ':' || t.gemeente_code || ':'
  || lpad(coalesce(t.site_id, 0)::text, 9, '0')) COLLATE "C"`;

/** clamp01 of criteria.ts. */
const clamp01 = (x: SQL) => sql`greatest(0::float8, least(1::float8, ${x}))`;
const CRITERION_NUMBERS = [1, 2, 3, 4, 5, 6];
/** Criterion i's score (s1…s6, CRITERIA order) and its weight ($18, an array in that order). */
const score = (i: number) => sql.identifier('s', `s${i}`);
const weight = (i: number) => sql`($18::float8[])[${sql.literal(i)}]`;

/**
 * Parameters $1–$11 as CANDIDATES_SQL; $12 needed workplaces, $13 origin scale (m), $14/$15 need
 * per provincie, $16/$17 quality per gemeente (NULL: not asked), $18 weights, $19 take.
 */
const RANKED_SQL = sql`
WITH origin AS (
  SELECT CASE WHEN $3::text IS NULL THEN NULL ELSE ST_SetSRID(ST_GeomFromGeoJSON($3), 4326) END AS geom
),
area AS (
  SELECT CASE WHEN $11::text IS NULL THEN NULL ELSE ST_SetSRID(ST_GeomFromGeoJSON($11), 4326) END AS geom
),
gem AS MATERIALIZED (
  SELECT r.id, r.code, r.name, r.provincie_code, r.corop_code, r.is_randstad,
         cp.point, cp.region_id IS NOT NULL AS kept, cp.station_code, cp.distance_m
    FROM region r LEFT JOIN gemeente_candidate_point cp ON cp.region_id = r.id
   WHERE r.kind = 'gemeente' AND r.year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
),
-- The sum of each site's fte on the peildatum, kept on write (migration 1763800016300).
site_fte AS (
  SELECT site_id, fte FROM site_occupancy WHERE dataset = $1 AND peildatum = $2
),
-- Only what the constraints and the scores read; names and GeoJSON are added for the best rows.
sites AS (
  SELECT s.id, s.geom, s.location_precision, g.code, g.provincie_code, g.is_randstad, f.fte AS occupied_fte,
         (s.workplaces - ceil(f.fte * $8))::int AS free, si.station_code, si.distance_m
    FROM site s JOIN gem g ON g.code = s.gemeente_code JOIN site_intercity si ON si.site_id = s.id
    LEFT JOIN site_fte f ON f.site_id = s.id
   WHERE $9 AND s.dataset = $1 AND s.kind <> 'rijksontmoetingsplein' AND s.workplaces IS NOT NULL
),
-- A gemeente's point as CANDIDATES_SQL places it; its geometry is read only when an area is drawn.
gem_placed AS (
  SELECT g.code, g.provincie_code, g.kept, g.station_code, g.distance_m, p.point AS placed,
         a.geom IS NOT NULL AND NOT ST_Intersects(a.geom, p.surface) AS moved
    FROM gem g JOIN region r ON r.id = g.id CROSS JOIN area a
   CROSS JOIN LATERAL (SELECT coalesce(g.point, ST_PointOnSurface(r.geom)) AS surface) ps
   CROSS JOIN LATERAL (
     SELECT ps.surface,
            CASE WHEN a.geom IS NULL OR ST_Intersects(a.geom, ps.surface) THEN ps.surface
                 ELSE ST_PointOnSurface(ST_Intersection(r.geom, a.geom)) END AS point
   ) p
   WHERE $10 AND (NOT $4 OR NOT g.is_randstad)
     AND (a.geom IS NULL OR ST_Intersects(a.geom, r.geom))
),
raw AS (
  SELECT 'bestaande_locatie'::text AS kind, s.id AS site_id, s.code AS gemeente_code, s.provincie_code, s.geom AS point,
         s.occupied_fte, s.free, s.location_precision, s.station_code, s.distance_m AS station_m
    FROM sites s, origin o, area a
   WHERE (s.free IS NULL OR s.free > 0) AND ($7::int IS NULL OR s.free >= $7)
     AND (NOT $4 OR NOT s.is_randstad)
     AND ($5::float8 IS NULL OR o.geom IS NULL OR ST_DWithin(s.geom::geography, o.geom::geography, $5))
     AND (a.geom IS NULL OR ST_Intersects(a.geom, s.geom))
  UNION ALL
  -- The kept station where the candidate stands on the kept point; measured now where an area
  -- moved the point (or nothing was kept yet). Two branches, so that the measuring runs only there.
  SELECT 'gemeente', NULL, g.code, g.provincie_code, g.placed, NULL, NULL, 'gemeente', g.station_code, g.distance_m
    FROM gem_placed g CROSS JOIN origin o
   WHERE g.kept AND NOT g.moved
     AND ($5::float8 IS NULL OR o.geom IS NULL OR ST_DWithin(g.placed::geography, o.geom::geography, $5))
  UNION ALL
  SELECT 'gemeente', NULL, g.code, g.provincie_code, g.placed, NULL, NULL, 'gemeente', n.station_code, n.distance_m
    FROM gem_placed g CROSS JOIN origin o CROSS JOIN LATERAL rp_nearest_intercity(g.placed) n
   WHERE (g.moved OR NOT g.kept)
     AND ($5::float8 IS NULL OR o.geom IS NULL OR ST_DWithin(g.placed::geography, o.geom::geography, $5))
),
cand AS (
  SELECT r.*, CASE WHEN o.geom IS NULL THEN NULL ELSE ST_Distance(r.point::geography, o.geom::geography) END AS origin_m
    FROM raw r CROSS JOIN origin o
   WHERE r.station_code IS NOT NULL AND ($6::float8 IS NULL OR r.station_m <= $6)
),
-- criteria.ts criterion by criterion (CRITERIA order; NULL = not scored), then ranking.ts
-- scoreCandidate: the sum of the weights that apply, then weight × score / that sum per
-- criterion, added up in CRITERIA order from 0 — the same float8 operations in the same order.
-- Each step is a subquery kept apart (OFFSET 0): inlined, every later step would repeat the
-- expressions of the earlier ones.
totals AS (
  SELECT c.kind, c.site_id, c.gemeente_code, c.point, c.occupied_fte, c.free, c.location_precision, c.station_code,
         c.station_m, c.origin_m, t.total
    FROM cand c
    LEFT JOIN unnest($14::text[], $15::float8[]) AS n(code, score) ON n.code = c.provincie_code
    LEFT JOIN unnest($16::text[], $17::float8[]) AS q(code, score) ON q.code = c.gemeente_code
   CROSS JOIN LATERAL (
     SELECT CASE WHEN n.code IS NULL THEN 0.5::float8 ELSE n.score END AS s1, q.score AS s2,
            CASE WHEN c.kind = 'bestaande_locatie' AND c.location_precision = 'gemeente' THEN NULL
                 ELSE ${clamp01(sql`1 - c.station_m / ${sql.literal(ACCESSIBILITY_ZERO_AT_M)}::float8`)} END AS s3,
            CASE WHEN c.origin_m IS NULL THEN NULL ELSE ${clamp01(sql`1 - c.origin_m / $13::float8`)} END AS s4,
            CASE WHEN c.kind = 'gemeente' THEN 1::float8 WHEN c.free IS NULL THEN NULL
                 ELSE ${clamp01(sql`c.free::float8 / greatest($12::float8, 1::float8)`)} END AS s5,
            CASE WHEN c.kind = 'bestaande_locatie' THEN 1::float8 ELSE 0::float8 END AS s6
     OFFSET 0
   ) s
   CROSS JOIN LATERAL (
     SELECT 0::float8 + ${sql.join(
       CRITERION_NUMBERS.map((i) => sql`CASE WHEN ${score(i)} IS NULL THEN 0 ELSE ${weight(i)} END`),
       ' + ',
     )} AS weight_sum
     OFFSET 0
   ) w
   CROSS JOIN LATERAL (
     SELECT 0::float8 + ${sql.join(
       CRITERION_NUMBERS.map(
         (i) =>
           sql`CASE WHEN ${score(i)} IS NULL OR w.weight_sum = 0 THEN 0 ELSE ${weight(i)} * ${score(i)} / w.weight_sum END`,
       ),
       ' + ',
     )} AS total
     OFFSET 0
   ) t
),
best AS (
  SELECT t.*, ${RANK_KEY} AS rank_key, count(*) OVER ()::int AS total_candidates
    FROM totals t ORDER BY t.total DESC, ${RANK_KEY} LIMIT $19
)
SELECT b.kind, b.site_id, coalesce(s.name, g.name) AS name, b.gemeente_code, g.name AS gemeente_name, g.provincie_code,
       g.corop_code, g.is_randstad, s.workplaces, b.occupied_fte, b.free, b.location_precision,
       ST_AsGeoJSON(b.point, 6) AS geojson, b.origin_m, b.station_code, st.name AS station_name, b.station_m, b.total,
       b.total_candidates
  FROM best b JOIN gem g ON g.code = b.gemeente_code LEFT JOIN site s ON s.id = b.site_id
  JOIN station st ON st.code = b.station_code
 ORDER BY b.total DESC, b.rank_key`;

/** The best `take` candidates by total score, and how many candidates passed the constraints. */
export async function rankedCandidates(
  db: Queryable,
  q: CandidateQuery,
  scoring: CandidateScoring,
): Promise<{ rows: RankedCandidateRow[]; total: number }> {
  const rows = await queryRows<Record<string, unknown>>(db, RANKED_SQL, [
    ...filterParams(q),
    scoring.neededWorkplaces,
    scoring.originScaleM,
    scoring.need.codes,
    scoring.need.scores,
    scoring.quality?.codes ?? null,
    scoring.quality?.scores ?? null,
    scoring.weights,
    scoring.take,
  ]);
  return {
    rows: rows.map((r) => ({ ...toCandidateRow(r), total: toNumber(r.total as string)! })),
    total: (rows[0]?.total_candidates as number | undefined) ?? 0,
  };
}

/** Gemeenten of the newest division with the regions they lie in (for per-gemeente inputs). */
export async function currentGemeenten(
  db: Queryable,
): Promise<{ code: string; coropCode: string | null; provincieCode: string | null }[]> {
  const rows = await queryRows<{ code: string; corop_code: string | null; provincie_code: string | null }>(
    db,
    `SELECT code, corop_code, provincie_code FROM region
      WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente') ORDER BY code`,
  );
  return rows.map((r) => ({ code: r.code, coropCode: r.corop_code, provincieCode: r.provincie_code }));
}
