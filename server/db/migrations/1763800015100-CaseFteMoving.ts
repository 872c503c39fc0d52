import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `location_case.fte_moving`: the fte that move in one step (a unit leaving or arriving), beside
 * the net change. The advice rule needs it: the Drenthe note (nota initiatieven
 * rijkswerkgelegenheid Drenthe) has Defensie ask BZK for advice on moving units out of Drenthe,
 * as at Havelte (600 fte leave, another school arrives: the net is not published). Never
 * negative: the direction is told by the case's origin and destination.
 * location_case_public lists the table's columns as they were (VisibleCases), so it is replaced.
 */
export class CaseFteMoving1763800015100 implements MigrationInterface {
  name = 'CaseFteMoving1763800015100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE location_case ADD COLUMN fte_moving numeric(10,1)
      CONSTRAINT ck_location_case_fte_moving CHECK (fte_moving IS NULL OR fte_moving >= 0)`);
    await q.query(`CREATE OR REPLACE VIEW location_case_public WITH (security_barrier = true) AS
      SELECT * FROM location_case WHERE NOT confidential`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW IF EXISTS location_case_public');
    await q.query('ALTER TABLE location_case DROP COLUMN IF EXISTS fte_moving');
    await q.query(`CREATE VIEW location_case_public WITH (security_barrier = true) AS
      SELECT * FROM location_case WHERE NOT confidential`);
  }
}
