import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidate ranking scores every site and every gemeente on its distance to the nearest intercity
 * station. Measured per request that was a KNN scan per distinct point: 13,8 thousand scans, ~430
 * of 630 ms, at 100× the demo data. Stations change only when the station list is loaded again,
 * sites and gemeenten seldom, so the answer is kept beside them and maintained on write:
 * - rp_nearest_intercity(point): the five nearest intercity stations by <-> (partial index
 *   idx_station_intercity_geom), then the nearest by geography distance, ties by code — the rule
 *   candidates.queries.ts applied per request;
 * - site_intercity: that station per site (trigger on insert and on a moved point);
 * - gemeente_candidate_point: a gemeente's point on surface (where a new location is placed) and
 *   its station (trigger on insert and on new boundaries);
 * - any write to station recomputes both (a statement trigger: the station list is loaded as one
 *   DELETE and one INSERT).
 * And a covering index for a site's occupancy on a peildatum (sum of fte per site): read from
 * the index alone instead of the table.
 */
export class NearestIntercityMaintained1763800016100 implements MigrationInterface {
  name = 'NearestIntercityMaintained1763800016100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION rp_nearest_intercity(p geometry)
      RETURNS TABLE (station_code text, distance_m float8) LANGUAGE sql STABLE AS $$
        SELECT near.code, ST_Distance(near.geom::geography, p::geography) AS distance_m
          FROM (SELECT code, geom FROM station
                 WHERE type IN ('megastation', 'knooppuntIntercitystation', 'intercitystation')
                 ORDER BY geom <-> p LIMIT 5) near
         ORDER BY 2, near.code LIMIT 1
      $$`);
    await q.query(`CREATE TABLE site_intercity (
      site_id integer PRIMARY KEY REFERENCES site(id) ON DELETE CASCADE,
      station_code text NOT NULL,
      distance_m float8 NOT NULL
    )`);
    await q.query(`CREATE TABLE gemeente_candidate_point (
      region_id integer PRIMARY KEY REFERENCES region(id) ON DELETE CASCADE,
      point geometry(Point, 4326) NOT NULL,
      station_code text,
      distance_m float8
    )`);
    await q.query(`CREATE FUNCTION rp_site_intercity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM site_intercity WHERE site_id = NEW.id;
        INSERT INTO site_intercity (site_id, station_code, distance_m)
          SELECT NEW.id, n.station_code, n.distance_m FROM rp_nearest_intercity(NEW.geom) n;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_site_intercity AFTER INSERT OR UPDATE OF geom ON site
      FOR EACH ROW EXECUTE FUNCTION rp_site_intercity()`);
    await q.query(`CREATE FUNCTION rp_gemeente_candidate_point() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM gemeente_candidate_point WHERE region_id = NEW.id;
        IF NEW.kind = 'gemeente' THEN
          INSERT INTO gemeente_candidate_point (region_id, point, station_code, distance_m)
            SELECT NEW.id, p.point, n.station_code, n.distance_m
              FROM (SELECT ST_PointOnSurface(NEW.geom) AS point) p
              LEFT JOIN LATERAL rp_nearest_intercity(p.point) n ON true;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_gemeente_candidate_point AFTER INSERT OR UPDATE OF geom, kind ON region
      FOR EACH ROW EXECUTE FUNCTION rp_gemeente_candidate_point()`);
    await q.query(`CREATE FUNCTION rp_refresh_intercity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM site_intercity;
        INSERT INTO site_intercity (site_id, station_code, distance_m)
          SELECT s.id, n.station_code, n.distance_m FROM site s CROSS JOIN LATERAL rp_nearest_intercity(s.geom) n;
        UPDATE gemeente_candidate_point g SET (station_code, distance_m) =
          (SELECT n.station_code, n.distance_m FROM rp_nearest_intercity(g.point) n);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_station_intercity AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON station
      FOR EACH STATEMENT EXECUTE FUNCTION rp_refresh_intercity()`);
    // Fill both for the data already there.
    await q.query(`INSERT INTO site_intercity (site_id, station_code, distance_m)
      SELECT s.id, n.station_code, n.distance_m FROM site s CROSS JOIN LATERAL rp_nearest_intercity(s.geom) n`);
    await q.query(`INSERT INTO gemeente_candidate_point (region_id, point, station_code, distance_m)
      SELECT r.id, p.point, n.station_code, n.distance_m
        FROM region r CROSS JOIN LATERAL (SELECT ST_PointOnSurface(r.geom) AS point) p
        LEFT JOIN LATERAL rp_nearest_intercity(p.point) n ON true
       WHERE r.kind = 'gemeente'`);
    // Statistics now: the ranking's plan (hash joins over all sites) depends on the row counts.
    await q.query('ANALYZE site_intercity');
    await q.query('ANALYZE gemeente_candidate_point');
    await q.query(`CREATE INDEX idx_fte_site_occupancy ON fte_count (dataset, peildatum, site_id) INCLUDE (fte)
      WHERE scope = 'locatie'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS idx_fte_site_occupancy');
    await q.query('DROP TRIGGER IF EXISTS trg_station_intercity ON station');
    await q.query('DROP TRIGGER IF EXISTS trg_gemeente_candidate_point ON region');
    await q.query('DROP TRIGGER IF EXISTS trg_site_intercity ON site');
    await q.query('DROP FUNCTION IF EXISTS rp_refresh_intercity()');
    await q.query('DROP FUNCTION IF EXISTS rp_gemeente_candidate_point()');
    await q.query('DROP FUNCTION IF EXISTS rp_site_intercity()');
    await q.query('DROP TABLE IF EXISTS gemeente_candidate_point');
    await q.query('DROP TABLE IF EXISTS site_intercity');
    await q.query('DROP FUNCTION IF EXISTS rp_nearest_intercity(geometry)');
  }
}
