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

/** A statement trigger's body: `insert` runs only while an import sets rp.import_actor. */
const body = (insert: string) => `
    DECLARE
      import_actor text := nullif(current_setting('rp.import_actor', true), '');
    BEGIN
      IF import_actor IS NOT NULL THEN
        ${insert};
      END IF;
      RETURN NULL;
    END`;

const AUDIT = `INSERT INTO audit_entry (actor, action, entity, entity_id, before, after) SELECT import_actor, 'import', TG_TABLE_NAME`;

/**
 * The rows of a transition table as audited: to_jsonb once per row (OFFSET 0 keeps the planner
 * from copying the expression into every use), a large geometry replaced by its md5, and the
 * entity's key (site_organisation has no id of its own).
 */
const ROWS = (table: 'new_rows' | 'old_rows') => `(
    SELECT COALESCE(r->>'id', (r->>'site_id') || '/' || (r->>'organisation_id')) AS k, r FROM (
      SELECT CASE WHEN jsonb_typeof(j->'geom') IS DISTINCT FROM 'object' OR j->'geom'->>'type' = 'Point' THEN j
                  ELSE jsonb_set(j, '{geom}', jsonb_build_object('md5', md5((j->'geom')::text))) END AS r
        FROM (SELECT to_jsonb(t) AS j FROM ${table} t OFFSET 0) raw OFFSET 0) audited)`;

export const IMPORT_AUDIT_SQL = [
  `CREATE FUNCTION rp_audit_import_insert() RETURNS trigger LANGUAGE plpgsql AS $$${body(`${AUDIT}, n.k, NULL, n.r FROM ${ROWS('new_rows')} n`)} $$`,
  `CREATE FUNCTION rp_audit_import_update() RETURNS trigger LANGUAGE plpgsql AS $$${body(`${AUDIT}, n.k, o.r, n.r
      FROM ${ROWS('new_rows')} n JOIN ${ROWS('old_rows')} o USING (k)
     WHERE (o.r - 'import_id' - 'version') IS DISTINCT FROM (n.r - 'import_id' - 'version')`)} $$`,
  `CREATE FUNCTION rp_audit_import_delete() RETURNS trigger LANGUAGE plpgsql AS $$${body(`${AUDIT}, o.k, o.r, NULL FROM ${ROWS('old_rows')} o`)} $$`,
  ...IMPORT_AUDITED_TABLES.flatMap((table) => [
    `CREATE TRIGGER trg_${table}_audit_import_insert AFTER INSERT ON ${table}
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_insert()`,
    `CREATE TRIGGER trg_${table}_audit_import_update AFTER UPDATE ON ${table}
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_update()`,
    `CREATE TRIGGER trg_${table}_audit_import_delete AFTER DELETE ON ${table}
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_delete()`,
  ]),
];
