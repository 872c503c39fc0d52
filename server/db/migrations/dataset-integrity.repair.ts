/**
 * Part of migration 1763800014600-DatasetIntegrity (never edit after merge; change in a new
 * migration). Rows that already break one of its new rules are repaired before the rule is added,
 * each repair written to audit_entry (actor below) with the values before and after, so nothing
 * disappears without a trace. Runs after FUNCTIONS_SQL (it uses rp_is_partial_date).
 */
const ACTOR = `'migratie DatasetIntegrity1763800014600'`;

/** Audits the rows a data-modifying CTE named `changed` returns (columns id, before, after). */
const audit = (action: 'update' | 'delete', entity: string) =>
  `INSERT INTO audit_entry (actor, action, entity, entity_id, before, after) SELECT ${ACTOR}, '${action}', '${entity}', id::text, before, after FROM changed`;

/** The first valid prefix of a partial date ("2024-02-30" → "2024-02", "2024-13" → "2024"), else NULL. */
const truncatedDate = (column: string) => `CASE WHEN rp_is_partial_date(left(${column}, 7)) THEN left(${column}, 7)
  WHEN rp_is_partial_date(left(${column}, 4)) THEN left(${column}, 4) END`;

const repairDate = (column: string) => `WITH changed AS (
    UPDATE site s SET ${column} = ${truncatedDate(`old.${column}`)}, version = s.version + 1
      FROM (SELECT id, ${column} FROM site WHERE NOT rp_is_partial_date(${column})) old WHERE old.id = s.id
    RETURNING s.id, jsonb_build_object('${column}', old.${column}) AS before, jsonb_build_object('${column}', s.${column}) AS after)
  ${audit('update', 'site')}`;

/** A link from `table.column` to a site of the other dataset is dropped (the link is the mix). */
const unlinkSite = (table: string, column: string) => `WITH changed AS (
    UPDATE ${table} t SET ${column} = NULL, version = t.version + 1 FROM site s
     WHERE s.id = t.${column} AND s.dataset <> t.dataset
    RETURNING t.id, jsonb_build_object('${column}', s.id, 'dataset', t.dataset) AS before, jsonb_build_object('${column}', NULL) AS after)
  ${audit('update', table)}`;

export const REPAIR_SQL = [
  // Several sites of one dataset with the same name and no place: all but the first get their id
  // in the name, so the rule "unique by name and place within the dataset" can hold.
  `WITH changed AS (
     UPDATE site s SET name = s.name || ' (locatie ' || s.id || ')', version = s.version + 1
       FROM (SELECT id, name, row_number() OVER (PARTITION BY dataset, name ORDER BY id) AS n FROM site WHERE city IS NULL) d
      WHERE d.id = s.id AND d.n > 1
     RETURNING s.id, jsonb_build_object('name', d.name) AS before, jsonb_build_object('name', s.name) AS after)
   ${audit('update', 'site')}`,
  repairDate('in_use_since'),
  repairDate('rop_opened_on'),
  unlinkSite('masterplan_project', 'site_id'),
  unlinkSite('location_case', 'from_site_id'),
  unlinkSite('location_case', 'to_site_id'),
  // An fte figure at a site of the other dataset cannot be true of either: it goes, into the log.
  `WITH changed AS (
     DELETE FROM fte_count f USING site s WHERE s.id = f.site_id AND s.dataset <> f.dataset
     RETURNING f.id, to_jsonb(f) AS before, NULL::jsonb AS after)
   ${audit('delete', 'fte_count')}`,
  // An organisation created by a demo delivery but named by published data since: published
  // views already show it, so it becomes published (fictional records may keep pointing at it).
  `WITH changed AS (
     UPDATE organisation o SET dataset = 'gepubliceerd', version = o.version + 1
      WHERE o.dataset = 'demo' AND (
        EXISTS (SELECT 1 FROM fte_count f WHERE f.organisation_id = o.id AND f.dataset = 'gepubliceerd') OR
        EXISTS (SELECT 1 FROM location_case c WHERE c.organisation_id = o.id AND c.dataset = 'gepubliceerd') OR
        EXISTS (SELECT 1 FROM site_organisation so JOIN site s ON s.id = so.site_id WHERE so.organisation_id = o.id AND s.dataset = 'gepubliceerd'))
     RETURNING o.id, jsonb_build_object('dataset', 'demo') AS before, jsonb_build_object('dataset', o.dataset) AS after)
   ${audit('update', 'organisation')}`,
  // One profile per region: the newest stays; older ones go, each kept whole in the log.
  `WITH changed AS (
     DELETE FROM region_profile p USING (
       SELECT id, row_number() OVER (PARTITION BY region_code ORDER BY received_on DESC NULLS LAST, id DESC) AS n FROM region_profile) d
      WHERE d.id = p.id AND d.n > 1
     RETURNING p.id, to_jsonb(p) AS before, NULL::jsonb AS after)
   ${audit('delete', 'region_profile')}`,
  // The repairs queued deferred data-version triggers; fire them now, or ALTER TABLE refuses.
  'SET CONSTRAINTS ALL IMMEDIATE',
];
