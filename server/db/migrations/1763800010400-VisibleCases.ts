import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `location_case_public`: the location cases that everyone may see (not confidential), as one
 * named relation. The API reads cases only through server/cases/visible-cases.ts, which hands
 * this view to anonymous callers and viewers and the table to planners and admins; SQL in the
 * database (functions, a read-only role for GIS tools) can use the same view.
 *
 * security_barrier: a condition a caller adds (a search, an id) is evaluated only on rows the
 * view lets through, unless the operator is leakproof; so no function sees a confidential row.
 * Row-level security was weighed and not used: the API connects as the owner (superusers and
 * owners bypass it) and the embedded socket server shares one session between all connections,
 * so a per-request role cannot isolate requests there.
 *
 * The view lists the table's columns as they are now (SELECT * is expanded when it is created):
 * a migration that adds a column to location_case must CREATE OR REPLACE this view too
 * (test/integration/case-confidentiality.test.ts fails until it does).
 */
export class VisibleCases1763800010400 implements MigrationInterface {
  name = 'VisibleCases1763800010400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW location_case_public WITH (security_barrier = true) AS
      SELECT * FROM location_case WHERE NOT confidential`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW IF EXISTS location_case_public');
  }
}
