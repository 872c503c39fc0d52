import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A write that touches only confidential location cases no longer moves the public data version.
 * The version is public (tiles send it as X-Data-Version, and ETags follow it), so a bump by a
 * confidential case told anyone watching that something confidential changed, and when. Nothing
 * that is cached per version holds case data (server/cases/visible-cases.ts): the fte aggregates,
 * regional need and tiles read no cases, so leaving these writes out invalidates nothing too late.
 * A case that becomes or stops being public still bumps it, as does TRUNCATE.
 */
export class ConfidentialCasesUnversioned1763800014700 implements MigrationInterface {
  name = 'ConfidentialCasesUnversioned1763800014700';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS trg_location_case_data_version ON location_case');
    const events: [string, string, string][] = [
      ['insert', 'INSERT', 'NOT NEW.confidential'],
      ['update', 'UPDATE', 'NOT OLD.confidential OR NOT NEW.confidential'],
      ['delete', 'DELETE', 'NOT OLD.confidential'],
    ];
    for (const [name, event, publicRow] of events) {
      await q.query(`CREATE CONSTRAINT TRIGGER trg_location_case_data_version_${name} AFTER ${event} ON location_case
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (${publicRow}) EXECUTE FUNCTION rp_bump_data_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER IF EXISTS trg_location_case_data_version_${name} ON location_case`);
    }
    await q.query(`CREATE CONSTRAINT TRIGGER trg_location_case_data_version AFTER INSERT OR UPDATE OR DELETE ON location_case
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rp_bump_data_version()`);
  }
}
