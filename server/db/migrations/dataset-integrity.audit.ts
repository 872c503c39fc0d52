/**
 * Part of migration 1763800014600-DatasetIntegrity (never edit after merge; change in a new
 * migration). Every row an import writes is audited like a mutation: who, what, before, after.
 *
 * Statement-level triggers with transition tables (one INSERT into audit_entry per statement, so a
 * batched fte delivery stays set-based) on each table an import writes. They act only while the
 * transaction-local setting rp.import_actor is set, which runImport sets in its transaction:
 * planner mutations write their own, richer entries (server/audit/audited-write.ts), and seeds are
 * the project's own files. An UPDATE that changes nothing but the import_id (or version) is not
 * an event. A region's boundary is recorded by its md5, not copied into the log.
 */
export const IMPORT_AUDITED_TABLES = ['site', 'site_organisation', 'organisation', 'fte_count', 'masterplan_project', 'region_profile', 'region'];

/**
 * A row as audited. Generic: to_jsonb of the whole row (a point geometry becomes GeoJSON through
 * PostGIS's cast). Regions: their columns by name and the boundary as the md5 of its EWKB, since
 * turning every multipolygon of a boundaries delivery into GeoJSON only to hash it took minutes.
 * (A new region column must be added here to be audited.)
 */
const GENERIC_ROW = 'to_jsonb(t)';
const REGION_ROW = `jsonb_build_object('id', t.id, 'kind', t.kind, 'code', t.code, 'name', t.name, 'year', t.year,
  'provincie_code', t.provincie_code, 'corop_code', t.corop_code, 'arbeidsmarktregio_code', t.arbeidsmarktregio_code,
  'is_randstad', t.is_randstad, 'is_grensregio', t.is_grensregio, 'source', t.source, 'import_id', t.import_id,
  'geom', jsonb_build_object('md5', md5(ST_AsEWKB(t.geom))))`;

/**
 * The rows of a transition table as audited, each with its entity's key (site_organisation has no
 * id of its own). MATERIALIZED: each row is turned into JSON once, however the planner joins the
 * old rows to the new (a nested loop re-ran the md5 of every boundary per pair: 5 s a statement).
 */
const ROWS = (table: 'new_rows' | 'old_rows', row: string) => `${table === 'new_rows' ? 'n' : 'o'} AS MATERIALIZED (
    SELECT COALESCE(r->>'id', (r->>'site_id') || '/' || (r->>'organisation_id')) AS k, r FROM (SELECT ${row} AS r FROM ${table} t) audited)`;

const AUDIT = `INSERT INTO audit_entry (actor, action, entity, entity_id, before, after) SELECT import_actor, 'import', TG_TABLE_NAME`;

const STATEMENTS = {
  insert: (row: string) => `WITH ${ROWS('new_rows', row)} ${AUDIT}, n.k, NULL, n.r FROM n`,
  update: (row: string) => `WITH ${ROWS('new_rows', row)}, ${ROWS('old_rows', row)} ${AUDIT}, n.k, o.r, n.r FROM n JOIN o USING (k)
      WHERE (o.r - 'import_id' - 'version') IS DISTINCT FROM (n.r - 'import_id' - 'version')`,
  delete: (row: string) => `WITH ${ROWS('old_rows', row)} ${AUDIT}, o.k, o.r, NULL FROM o`,
};

/**
 * A statement trigger's body: it writes only while an import sets rp.import_actor. PL/pgSQL plans a
 * branch when it first runs it, per table, so the region branch never meets another table's rows.
 */
const body = (event: keyof typeof STATEMENTS) => `
    DECLARE
      import_actor text := nullif(current_setting('rp.import_actor', true), '');
    BEGIN
      IF import_actor IS NULL THEN
        RETURN NULL;
      ELSIF TG_TABLE_NAME = 'region' THEN
        ${STATEMENTS[event](REGION_ROW)};
      ELSE
        ${STATEMENTS[event](GENERIC_ROW)};
      END IF;
      RETURN NULL;
    END`;

export const IMPORT_AUDIT_SQL = [
  ...(['insert', 'update', 'delete'] as const).map((event) =>
    `CREATE FUNCTION rp_audit_import_${event}() RETURNS trigger LANGUAGE plpgsql AS $$${body(event)} $$`),
  ...IMPORT_AUDITED_TABLES.flatMap((table) => [
    `CREATE TRIGGER trg_${table}_audit_import_insert AFTER INSERT ON ${table}
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_insert()`,
    `CREATE TRIGGER trg_${table}_audit_import_update AFTER UPDATE ON ${table}
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_update()`,
    `CREATE TRIGGER trg_${table}_audit_import_delete AFTER DELETE ON ${table}
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_audit_import_delete()`,
  ]),
];
