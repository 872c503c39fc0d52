import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A data-version counter that every write to published content bumps, whoever writes it (the
 * API, the import CLI, a seed, psql). Tile caches and ETags key on it, so a change invalidates
 * them on every instance that shares the database.
 *
 * The bump is a DEFERRABLE INITIALLY DEFERRED constraint trigger: it runs at commit, once per
 * transaction (a transaction-local setting guards repeats). Because the counter row is updated
 * inside the writing transaction, the new version becomes visible atomically with the data, and
 * its row lock is held only for the moment of commit — concurrent writers do not queue behind
 * each other for the length of an import.
 */
export class DataVersion1763800003000 implements MigrationInterface {
  name = 'DataVersion1763800003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 0,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO data_version (id, version) VALUES (true, 0)`);
    await q.query(`CREATE FUNCTION rp_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('rp.data_version_bumped', true) IS DISTINCT FROM 'y' THEN
          UPDATE data_version SET version = version + 1, changed_at = now();
          PERFORM set_config('rp.data_version_bumped', 'y', true);
        END IF;
        RETURN NULL;
      END $$`);
    // TRUNCATE has no row events: bump straight away (same transaction, so still atomic).
    await q.query(`CREATE FUNCTION rp_bump_data_version_now() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1, changed_at = now();
        RETURN NULL;
      END $$`);
    for (const table of VERSIONED_TABLES) {
      await q.query(`CREATE CONSTRAINT TRIGGER trg_${table}_data_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rp_bump_data_version()`);
      await q.query(`CREATE TRIGGER trg_${table}_data_version_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION rp_bump_data_version_now()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) {
      await q.query(`DROP TRIGGER IF EXISTS trg_${table}_data_version ON ${table}`);
      await q.query(`DROP TRIGGER IF EXISTS trg_${table}_data_version_truncate ON ${table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS rp_bump_data_version()');
    await q.query('DROP FUNCTION IF EXISTS rp_bump_data_version_now()');
    await q.query('DROP TABLE IF EXISTS data_version');
  }
}

/** Tables whose content reaches tiles, OGC API Features or exports. */
export const VERSIONED_TABLES = [
  'region', 'population', 'organisation', 'site', 'site_organisation', 'station', 'fte_count',
  'masterplan_project', 'location_case',
] as const;
