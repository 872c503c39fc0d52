/**
 * Part of migration 1763800014600-DatasetIntegrity (never edit after merge; change in a new
 * migration). Every row an import writes is audited like a mutation: who, what, before, after.
 *
 * Statement-level triggers with transition tables (one INSERT into audit_entry per statement, so a
 * batched fte delivery stays set-based) on each table an import writes. They act only while the
 * transaction-local setting rp.import_actor is set, which runImport sets in its transaction:
 * planner mutations write their own, richer entries (server/audit/audited-write.ts), and seeds are
 * the project's own files. An UPDATE that changes nothing but the import_id (or version) is not
 * an event. Geometry other than a point is recorded by its md5, not copied into the log.
 */
export const IMPORT_AUDITED_TABLES = ['site', 'site_organisation', 'organisation', 'fte_count', 'masterplan_project', 'region_profile', 'region'];

const ACTOR = `nullif(current_setting('rp.import_actor', true), '')`;

/** A row as audited: to_jsonb, with a large geometry replaced by its md5. */
const ROWS = (table: 'new_rows' | 'old_rows') => `(SELECT rp_audit_key(r) AS k, r FROM (SELECT rp_audit_row(to_jsonb(t)) AS r FROM ${table} t) rows)`;

export const IMPORT_AUDIT_SQL = [
  `CREATE FUNCTION rp_audit_row(row_json jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
      WHEN NOT (row_json ? 'geom') OR jsonb_typeof(row_json->'geom') = 'null' THEN row_json
      WHEN jsonb_typeof(row_json->'geom') = 'object' AND row_json->'geom'->>'type' = 'Point' THEN row_json
      ELSE jsonb_set(row_json, '{geom}', jsonb_build_object('md5', md5((row_json->'geom')::text)))
    END $$`,
  // The audited entity's id; site_organisation has none of its own.
  `CREATE FUNCTION rp_audit_key(row_json jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(row_json->>'id', (row_json->>'site_id') || '/' || (row_json->>'organisation_id')) $$`,
  `CREATE FUNCTION rp_audit_import_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF ${ACTOR} IS NOT NULL THEN
        INSERT INTO audit_entry (actor, action, entity, entity_id, before, after)
        SELECT ${ACTOR}, 'import', TG_TABLE_NAME, n.k, NULL, n.r FROM ${ROWS('new_rows')} n ORDER BY n.k;
      END IF;
      RETURN NULL;
    END $$`,
  `CREATE FUNCTION rp_audit_import_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF ${ACTOR} IS NOT NULL THEN
        INSERT INTO audit_entry (actor, action, entity, entity_id, before, after)
        SELECT ${ACTOR}, 'import', TG_TABLE_NAME, n.k, o.r, n.r FROM ${ROWS('new_rows')} n JOIN ${ROWS('old_rows')} o USING (k)
         WHERE (o.r - 'import_id' - 'version') IS DISTINCT FROM (n.r - 'import_id' - 'version') ORDER BY n.k;
      END IF;
      RETURN NULL;
    END $$`,
  `CREATE FUNCTION rp_audit_import_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF ${ACTOR} IS NOT NULL THEN
        INSERT INTO audit_entry (actor, action, entity, entity_id, before, after)
        SELECT ${ACTOR}, 'import', TG_TABLE_NAME, o.k, o.r, NULL FROM ${ROWS('old_rows')} o ORDER BY o.k;
      END IF;
      RETURN NULL;
    END $$`,
  ...IMPORT_AUDITED_TABLES.flatMap((table) => [
    `CREATE TRIGGER trg_${table}_audit_import_insert AFTER INSERT ON ${table}
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_insert()`,
    `CREATE TRIGGER trg_${table}_audit_import_update AFTER UPDATE ON ${table}
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_update()`,
    `CREATE TRIGGER trg_${table}_audit_import_delete AFTER DELETE ON ${table}
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_delete()`,
  ]),
];
