import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sites of a region (Region.sites) were found per request by ST_Intersects of the region's
 * boundary with every site point in its bounding box: at 100× the demo data, twelve provinces
 * meant 27 thousand point-in-polygon tests against the largest boundaries, 184 of 268 ms of the
 * nested query's site statement. Boundaries change once a year and sites seldom, so which
 * regions a site lies in is kept and maintained on write:
 * - site_region (region_id, site_id): exactly the pairs with ST_Intersects(region.geom, site.geom);
 * - a site inserted or moved: its pairs recomputed (index idx_region_geom);
 * - a region inserted or given a new boundary: its pairs recomputed (index idx_site_geom);
 * - deletes cascade.
 * Row triggers: every writer (API, import CLI, seeds, psql) keeps it right.
 */
export class SiteRegionMembership1763800016200 implements MigrationInterface {
  name = 'SiteRegionMembership1763800016200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE site_region (
      region_id integer NOT NULL REFERENCES region(id) ON DELETE CASCADE,
      site_id integer NOT NULL REFERENCES site(id) ON DELETE CASCADE,
      PRIMARY KEY (region_id, site_id)
    )`);
    await q.query('CREATE INDEX idx_site_region_site ON site_region (site_id)');
    await q.query(`CREATE FUNCTION rp_site_region_of_site() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM site_region WHERE site_id = NEW.id;
        INSERT INTO site_region (region_id, site_id)
          SELECT r.id, NEW.id FROM region r WHERE ST_Intersects(r.geom, NEW.geom);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_site_region_of_site AFTER INSERT OR UPDATE OF geom ON site
      FOR EACH ROW EXECUTE FUNCTION rp_site_region_of_site()`);
    await q.query(`CREATE FUNCTION rp_site_region_of_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM site_region WHERE region_id = NEW.id;
        INSERT INTO site_region (region_id, site_id)
          SELECT NEW.id, s.id FROM site s WHERE ST_Intersects(NEW.geom, s.geom);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_site_region_of_region AFTER INSERT OR UPDATE OF geom ON region
      FOR EACH ROW EXECUTE FUNCTION rp_site_region_of_region()`);
    await q.query(`INSERT INTO site_region (region_id, site_id)
      SELECT r.id, s.id FROM region r JOIN site s ON ST_Intersects(r.geom, s.geom)`);
    await q.query('ANALYZE site_region');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS trg_site_region_of_region ON region');
    await q.query('DROP TRIGGER IF EXISTS trg_site_region_of_site ON site');
    await q.query('DROP FUNCTION IF EXISTS rp_site_region_of_region()');
    await q.query('DROP FUNCTION IF EXISTS rp_site_region_of_site()');
    await q.query('DROP TABLE IF EXISTS site_region');
  }
}
