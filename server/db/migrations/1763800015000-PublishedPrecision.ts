import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every published statement carries its precision (exact, afgerond, benadering, richting), the
 * quote it was taken from, the source's title and date, and — where sources disagree — the other
 * statement. Filled by the seeds (seeds/published/*.csv); NULL for rows loaded before.
 */
export class PublishedPrecision1763800015000 implements MigrationInterface {
  name = 'PublishedPrecision1763800015000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN precision text CHECK (precision IN ('exact', 'afgerond', 'benadering', 'richting'))`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN quote text`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN source_date text`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN conflict text`);
    }
    for (const table of ['published_change', 'forecast']) await q.query(`ALTER TABLE ${table} ADD COLUMN source_title text`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['published_change', 'forecast']) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS source_title`);
    for (const table of TABLES) {
      for (const column of ['precision', 'quote', 'source_date', 'conflict']) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS ${column}`);
    }
  }
}

const TABLES = ['published_change', 'forecast', 'published_context'];
