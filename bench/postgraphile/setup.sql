-- PostGraphile 5 side of the benchmark. @graphile/postgis exists only for PostGraphile 4
-- (0.2.0 peers graphile-build 4), so the spatial filters and the aggregate are exposed the way a
-- PostGraphile 5 user would: STABLE SQL functions (custom queries and computed columns) in a
-- schema of their own. Created in the benchmark databases only; the app never sees it.
DROP SCHEMA IF EXISTS pgl_bench CASCADE;
CREATE SCHEMA pgl_bench;

CREATE TYPE pgl_bench.province_fte AS (code text, name text, fte numeric);
-- fte per province from the deliveries at sites (scope locatie) via the site's gemeente.
-- Same answer as our fteAggregate for the demo dataset (which has no region-level rows).
CREATE FUNCTION pgl_bench.fte_per_province(peildatum date, dataset text) RETURNS SETOF pgl_bench.province_fte
LANGUAGE sql STABLE AS $$
  SELECT p.code, p.name, d.fte
    FROM region p
    LEFT JOIN (
      SELECT g.provincie_code, sum(f.fte) AS fte
        FROM fte_count f JOIN site s ON s.id = f.site_id
        JOIN region g ON g.kind = 'gemeente' AND g.code = s.gemeente_code
                     AND g.year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
       WHERE f.scope = 'locatie' AND f.peildatum = $1 AND f.dataset = $2 AND f.fte IS NOT NULL
       GROUP BY g.provincie_code) d ON d.provincie_code = p.code
   WHERE p.kind = 'provincie' AND p.year = (SELECT max(year) FROM region WHERE kind = 'provincie')
   ORDER BY p.code
$$;

CREATE TYPE pgl_bench.site_hit AS (id int, name text, distance_m float8);
CREATE FUNCTION pgl_bench.sites_nearby(lon float8, lat float8, radius_m float8, dataset text) RETURNS SETOF pgl_bench.site_hit
LANGUAGE sql STABLE AS $$
  SELECT s.id, s.name, ST_Distance(s.geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography)
    FROM site s
   WHERE s.dataset = $4 AND ST_DWithin(s.geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3)
   ORDER BY 3, s.id
$$;

CREATE FUNCTION pgl_bench.regions_intersecting(geojson text, kind text) RETURNS SETOF public.region
LANGUAGE sql STABLE AS $$
  SELECT r.* FROM region r
   WHERE r.kind = $2 AND r.year = (SELECT max(year) FROM region WHERE kind = $2)
     AND ST_Intersects(r.geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))
   ORDER BY r.code
$$;

-- Computed column Region.fte: deliveries at sites in the gemeente (gemeente level only here).
CREATE FUNCTION pgl_bench.region_fte(r public.region, peildatum date, dataset text) RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT sum(f.fte) FROM fte_count f JOIN site s ON s.id = f.site_id
   WHERE s.gemeente_code = r.code AND f.scope = 'locatie' AND f.peildatum = $2 AND f.dataset = $3 AND f.fte IS NOT NULL
$$;

-- Computed column Region.sites: the sites inside the region, spatially (as ours).
CREATE FUNCTION pgl_bench.region_sites(r public.region, dataset text) RETURNS SETOF public.site
LANGUAGE sql STABLE AS $$
  SELECT s.* FROM site s WHERE s.dataset = $2 AND ST_Intersects(r.geom, s.geom) ORDER BY s.name, s.id
$$;

-- Computed columns for the web app's operations (bench/lib/app-documents.mjs): the outline at the
-- app's simplification and the point locations, as GeoJSON (same precision as ours: 6 decimals).
CREATE FUNCTION pgl_bench.region_geometry(r public.region, tolerance float8) RETURNS json
LANGUAGE sql STABLE AS $$
  SELECT ST_AsGeoJSON(CASE WHEN $2 > 0 THEN ST_SimplifyPreserveTopology(r.geom, $2) ELSE r.geom END, 6)::json
$$;

CREATE FUNCTION pgl_bench.site_location(s public.site) RETURNS json
LANGUAGE sql STABLE AS $$ SELECT ST_AsGeoJSON(s.geom, 6)::json $$;

CREATE FUNCTION pgl_bench.masterplan_project_location(p public.masterplan_project) RETURNS json
LANGUAGE sql STABLE AS $$ SELECT ST_AsGeoJSON(p.geom, 6)::json $$;
