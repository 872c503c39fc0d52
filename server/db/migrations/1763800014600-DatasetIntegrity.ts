import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REPAIR_SQL } from './dataset-integrity.repair.js';
import { IMPORT_AUDIT_SQL, IMPORT_AUDITED_TABLES } from './dataset-integrity.audit.js';

/**
 * Published data and fictional demonstration data (dataset demo) cannot mix, enforced by the
 * database so that no writer (API, import CLI, seed, psql) can get around it (issue 14):
 * - a site is unique by (dataset, name, place), a missing place counting as one value: a demo
 *   import that names a published site adds a fictional one instead of overwriting it;
 * - a record points only at sites of its own dataset (composite foreign keys on (site_id,
 *   dataset)), and a published record never at a fictional organisation (triggers);
 * - no row moves between datasets (a trigger refuses any change of dataset);
 * - one development profile per region; partial dates (JJJJ, JJJJ-MM, JJJJ-MM-DD) must exist;
 * - every row an import writes is audited with its before and after (dataset-integrity.audit.ts).
 * Rows that already break a new rule are repaired first, each repair audited (actor 'migratie'):
 * see dataset-integrity.repair.ts. Errors raised here carry a constraint name that
 * server/common/dataset-rules.ts maps to the field a planner typed.
 */
export class DatasetIntegrity1763800014600 implements MigrationInterface {
  name = 'DatasetIntegrity1763800014600';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of [...FUNCTIONS_SQL, ...REPAIR_SQL, ...CONSTRAINTS_SQL, ...IMPORT_AUDIT_SQL]) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of IMPORT_AUDITED_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await q.query(`DROP TRIGGER IF EXISTS trg_${table}_audit_import_${event} ON ${table}`);
      }
    }
    for (const table of DATASET_TABLES) await q.query(`DROP TRIGGER IF EXISTS trg_${table}_keep_dataset ON ${table}`);
    await q.query('DROP TRIGGER IF EXISTS trg_site_organisation_dataset ON site_organisation');
    await q.query('DROP TRIGGER IF EXISTS trg_location_case_organisation_dataset ON location_case');
    await q.query('DROP TRIGGER IF EXISTS trg_fte_count_organisation_dataset ON fte_count');
    for (const fk of SITE_LINKS) {
      await q.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT IF EXISTS ${fk.name}`);
      await q.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.table}_${fk.column}_fkey
        FOREIGN KEY (${fk.column}) REFERENCES site(id) ON DELETE ${fk.onDelete}`);
    }
    await q.query('ALTER TABLE site DROP CONSTRAINT IF EXISTS ck_site_in_use_since_exists');
    await q.query('ALTER TABLE site DROP CONSTRAINT IF EXISTS ck_site_rop_opened_on_exists');
    await q.query('ALTER TABLE region_profile DROP CONSTRAINT IF EXISTS uq_region_profile_region');
    await q.query('ALTER TABLE site DROP CONSTRAINT IF EXISTS uq_site_id_dataset');
    await q.query('ALTER TABLE site DROP CONSTRAINT IF EXISTS uq_site_dataset_name_city');
    await q.query('ALTER TABLE site ADD CONSTRAINT uq_site_name_city UNIQUE (name, city)');
    for (const fn of ['rp_audit_import_insert()', 'rp_audit_import_update()', 'rp_audit_import_delete()',
      'rp_keep_dataset()', 'rp_check_organisation_dataset()', 'rp_check_fte_organisation_dataset()', 'rp_is_partial_date(text)']) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}

/** Tables whose rows belong to one dataset for good. */
const DATASET_TABLES = ['site', 'organisation', 'fte_count', 'masterplan_project', 'location_case', 'import_run'];

/** References to a site: replaced by (site_id, dataset) → site (id, dataset). */
const SITE_LINKS = [
  { table: 'masterplan_project', column: 'site_id', name: 'fk_masterplan_project_site_dataset', onDelete: 'SET NULL' },
  { table: 'location_case', column: 'from_site_id', name: 'fk_location_case_from_site_dataset', onDelete: 'SET NULL' },
  { table: 'location_case', column: 'to_site_id', name: 'fk_location_case_to_site_dataset', onDelete: 'SET NULL' },
  { table: 'fte_count', column: 'site_id', name: 'fk_fte_count_site_dataset', onDelete: 'CASCADE' },
];

const FUNCTIONS_SQL = [
  // JJJJ, JJJJ-MM or JJJJ-MM-DD that exists on the calendar (no 2024-02-30, no 2024-13).
  // CASE keeps the order of the checks, so a malformed text never reaches the casts.
  `CREATE FUNCTION rp_is_partial_date(value text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
      WHEN value IS NULL THEN true
      WHEN value !~ '^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$' THEN false
      WHEN length(value) < 10 THEN true
      ELSE substr(value, 9, 2)::int <= extract(day FROM make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1) + interval '1 month - 1 day')
    END $$`,
  `CREATE FUNCTION rp_keep_dataset() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.dataset IS DISTINCT FROM OLD.dataset THEN
        RAISE EXCEPTION 'dataset of %.% cannot change (% -> %)', TG_TABLE_NAME, OLD.id, OLD.dataset, NEW.dataset
          USING ERRCODE = '23514', CONSTRAINT = 'ck_dataset_unchanged';
      END IF;
      RETURN NEW;
    END $$`,
  // A published site or case never names a fictional organisation. (Fictional records may name
  // real organisations: those are facts about the world, like regions.)
  `CREATE FUNCTION rp_check_organisation_dataset() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      record_dataset text;
    BEGIN
      IF NEW.organisation_id IS NULL THEN RETURN NEW; END IF;
      IF TG_TABLE_NAME = 'site_organisation' THEN
        SELECT dataset INTO record_dataset FROM site WHERE id = NEW.site_id;
      ELSE
        record_dataset := to_jsonb(NEW)->>'dataset';
      END IF;
      IF record_dataset = 'gepubliceerd' AND EXISTS (SELECT 1 FROM organisation o WHERE o.id = NEW.organisation_id AND o.dataset = 'demo') THEN
        RAISE EXCEPTION 'published % cannot link fictional organisation %', TG_TABLE_NAME, NEW.organisation_id
          USING ERRCODE = '23514', CONSTRAINT = CASE TG_TABLE_NAME WHEN 'site_organisation' THEN 'ck_site_organisation_dataset'
                                                                  ELSE 'ck_location_case_organisation_dataset' END;
      END IF;
      RETURN NEW;
    END $$`,
  // The same rule for fte figures, checked once per statement: imports write them in batches.
  `CREATE FUNCTION rp_check_fte_organisation_dataset() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM new_rows n JOIN organisation o ON o.id = n.organisation_id WHERE n.dataset = 'gepubliceerd' AND o.dataset = 'demo') THEN
        RAISE EXCEPTION 'published fte_count cannot link a fictional organisation'
          USING ERRCODE = '23514', CONSTRAINT = 'ck_fte_count_organisation_dataset';
      END IF;
      RETURN NULL;
    END $$`,
];

const CONSTRAINTS_SQL = [
  'ALTER TABLE site DROP CONSTRAINT uq_site_name_city',
  'ALTER TABLE site ADD CONSTRAINT uq_site_dataset_name_city UNIQUE NULLS NOT DISTINCT (dataset, name, city)',
  'ALTER TABLE site ADD CONSTRAINT uq_site_id_dataset UNIQUE (id, dataset)',
  ...SITE_LINKS.flatMap((fk) => [
    `ALTER TABLE ${fk.table} DROP CONSTRAINT IF EXISTS ${fk.table}_${fk.column}_fkey`,
    `ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} FOREIGN KEY (${fk.column}, dataset) REFERENCES site (id, dataset)
       ON DELETE ${fk.onDelete === 'SET NULL' ? `SET NULL (${fk.column})` : fk.onDelete}`,
  ]),
  'ALTER TABLE site ADD CONSTRAINT ck_site_in_use_since_exists CHECK (rp_is_partial_date(in_use_since))',
  'ALTER TABLE site ADD CONSTRAINT ck_site_rop_opened_on_exists CHECK (rp_is_partial_date(rop_opened_on))',
  'ALTER TABLE region_profile ADD CONSTRAINT uq_region_profile_region UNIQUE (region_code)',
  ...DATASET_TABLES.map((table) => `CREATE TRIGGER trg_${table}_keep_dataset BEFORE UPDATE OF dataset ON ${table}
     FOR EACH ROW EXECUTE FUNCTION rp_keep_dataset()`),
  `CREATE TRIGGER trg_site_organisation_dataset BEFORE INSERT OR UPDATE ON site_organisation
     FOR EACH ROW EXECUTE FUNCTION rp_check_organisation_dataset()`,
  `CREATE TRIGGER trg_location_case_organisation_dataset BEFORE INSERT OR UPDATE OF organisation_id ON location_case
     FOR EACH ROW EXECUTE FUNCTION rp_check_organisation_dataset()`,
  `CREATE TRIGGER trg_fte_count_organisation_dataset AFTER INSERT ON fte_count
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_check_fte_organisation_dataset()`,
];
