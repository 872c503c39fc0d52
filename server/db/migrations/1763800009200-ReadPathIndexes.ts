import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for two read paths that scanned:
 * - `region (kind, year)`: nearly every region query takes the newest division year of a kind,
 *   `(SELECT max(year) FROM region WHERE kind = …)`, which read the whole table (≈1 ms, 421
 *   pages) where an index-only scan reads one entry. Regions crossing a polygon: 1.19 → 0.21 ms.
 * - `masterplan_project (site_id)`: a site's projects (Site.masterplanProjects, batched per level).
 */
export class ReadPathIndexes1763800009200 implements MigrationInterface {
  name = 'ReadPathIndexes1763800009200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX IF NOT EXISTS idx_region_kind_year ON region (kind, year)');
    await q.query('CREATE INDEX IF NOT EXISTS idx_masterplan_project_site ON masterplan_project (site_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS idx_masterplan_project_site');
    await q.query('DROP INDEX IF EXISTS idx_region_kind_year');
  }
}
