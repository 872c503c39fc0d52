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
 */
import type { Queryable } from '../common/sql.js';
import { queryRows, sql, toNumber } from '../common/sql.js';

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

export async function findCandidates(db: Queryable, q: CandidateQuery): Promise<CandidateRow[]> {
  const rows = await queryRows<Record<string, unknown>>(db, CANDIDATES_SQL, [
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
  ]);
  return rows.map((r) => ({
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
  }));
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
