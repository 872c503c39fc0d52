import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maintained fte totals per region (issue 19, "cheaper fresh aggregates"): the first aggregate
 * after a write read every delivery of the peildatum (≈5 ms at 1×, ≈44 ms at 100× the demo data);
 * it now reads a few indexed rows of `fte_region_total` (server/fte/fte.queries.ts).
 *
 * One row per dataset × peildatum × region level × region × sector ('*' = all sectors) × source:
 * the sum of the deliveries that fteByRegion counts as 'leveringen' for that region (locatie rows
 * placed through their site's gemeente, and gemeente-coded regio rows, as in the full query kept
 * in fte.queries.ts as fteByRegionScan), and how many rows make it up. A row exists only while
 * some delivery contributes (row_count > 0), so a region without deliveries has no row and stays
 * unknown, never 0. Keyed by source so the sources of a figure are the keys present; not keyed
 * by organisation (that would be larger than fte_count at 100×): an organisation's aggregate
 * (rare: monitors) keeps the full query.
 * Direct regional figures and national totals are not summed here: they are a handful of rows,
 * read through the cell index (uq_fte_cell: dataset, peildatum, scope, …).
 *
 * Why triggers and not the writers: fte rows are written by GraphQL mutations (TypeORM), the
 * importer, the demo loader, the seeds, repairs in migrations, and psql; a site moves through a
 * mutation or an import. A trigger keeps the totals in the same transaction as every one of
 * them, including writers added later, as the data-version trigger does. Statement-level
 * triggers with transition tables: an import of 100 000 rows costs one grouped upsert per
 * statement, not one per row. Works on PostgreSQL 15 and PGlite.
 *
 * - fte_count insert/update/delete: the change (old rows out, new rows in) grouped per key and
 *   added. Table locks on fte_region_total order fte writers against site moves and rebuilds
 *   (a row lock per site read would cost an import tens of thousands of locks).
 * - site update of gemeente_code: its fte rows move from the old gemeente's regions to the new.
 * - site delete: its fte rows are deleted first (BEFORE DELETE), while the site still says
 *   which gemeente they counted in; the foreign key's cascade then finds nothing.
 * - region changes that move a gemeente (a new division year, derived parents): everything is
 *   recomputed once, at commit (rare: boundary imports). Within such a transaction the totals
 *   may be stale until its commit; nothing reads them there (version-cache.ts).
 * - TRUNCATE: fte_count empties the totals; region recomputes.
 */
export class FteRegionTotals1763800016250 implements MigrationInterface {
  name = 'FteRegionTotals1763800016250';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE fte_region_total (
      dataset text NOT NULL,
      peildatum date NOT NULL,
      level text NOT NULL,
      sector_key text NOT NULL,
      region_code text NOT NULL,
      source_url text NOT NULL,
      fte numeric NOT NULL,
      row_count integer NOT NULL,
      PRIMARY KEY (dataset, peildatum, level, sector_key, region_code, source_url)
    )`);
    // Almost always empty: what the clean-up after each change looks for.
    await q.query('CREATE INDEX idx_fte_region_total_empty ON fte_region_total (row_count) WHERE row_count = 0');
    await q.query(`CREATE FUNCTION rp_fte_totals_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Waits for writers that changed totals to finish, and holds new ones until commit.
        LOCK TABLE fte_region_total IN EXCLUSIVE MODE;
        DELETE FROM fte_region_total;
        ${addDelta(`changed AS (
          SELECT 1 AS sign, ${FTE_COLUMNS('f')}, COALESCE(s.gemeente_code, f.region_code) AS gemeente
            FROM fte_count f LEFT JOIN site s ON s.id = f.site_id)`)};
      END $$`);

    await q.query(`CREATE FUNCTION rp_fte_totals_on_fte() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Before reading where the sites are (the next statement's snapshot): a site move or a
        -- rebuild in progress is waited for and then seen; see rp_fte_totals_on_site_move.
        LOCK TABLE fte_region_total IN ROW EXCLUSIVE MODE;
        IF TG_OP = 'INSERT' THEN
          ${addDelta(located(`SELECT 1 AS sign, ${FTE_COLUMNS('n')} FROM new_rows n`))};
        ELSIF TG_OP = 'DELETE' THEN
          ${addDelta(located(`SELECT -1 AS sign, ${FTE_COLUMNS('o')} FROM old_rows o`))};
        ELSE
          ${addDelta(
            located(`SELECT -1 AS sign, ${FTE_COLUMNS('o')} FROM old_rows o
               UNION ALL SELECT 1, ${FTE_COLUMNS('n')} FROM new_rows n`),
          )};
        END IF;
        DELETE FROM fte_region_total WHERE row_count = 0;
        RETURN NULL;
      END $$`);
    // Transition tables allow one event per trigger.
    await q.query(`CREATE TRIGGER trg_fte_totals_insert AFTER INSERT ON fte_count
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_fte_totals_on_fte()`);
    await q.query(`CREATE TRIGGER trg_fte_totals_update AFTER UPDATE ON fte_count
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_fte_totals_on_fte()`);
    await q.query(`CREATE TRIGGER trg_fte_totals_delete AFTER DELETE ON fte_count
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rp_fte_totals_on_fte()`);
    await q.query(`CREATE FUNCTION rp_fte_totals_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM fte_region_total;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_fte_totals_truncate AFTER TRUNCATE ON fte_count
      FOR EACH STATEMENT EXECUTE FUNCTION rp_fte_totals_clear()`);

    await q.query(`CREATE FUNCTION rp_fte_totals_on_site_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM old_sites o JOIN new_sites n ON n.id = o.id
                        WHERE n.gemeente_code IS DISTINCT FROM o.gemeente_code) THEN
          RETURN NULL;
        END IF;
        -- Conflicts with the ROW EXCLUSIVE every fte writer takes first: writers that placed rows
        -- in the old gemeente have committed before the rows are read below (and are moved);
        -- later ones wait for this commit and place theirs in the new gemeente.
        LOCK TABLE fte_region_total IN SHARE ROW EXCLUSIVE MODE;
        ${addDelta(`moved AS (
            SELECT o.id, o.gemeente_code AS old_gemeente, n.gemeente_code AS new_gemeente
              FROM old_sites o JOIN new_sites n ON n.id = o.id
             WHERE n.gemeente_code IS DISTINCT FROM o.gemeente_code),
          changed AS (
            SELECT d.sign, ${FTE_COLUMNS('f')},
                   COALESCE(CASE WHEN d.sign = 1 THEN m.new_gemeente ELSE m.old_gemeente END, f.region_code) AS gemeente
              FROM moved m JOIN fte_count f ON f.site_id = m.id CROSS JOIN (VALUES (-1), (1)) AS d(sign))`)};
        DELETE FROM fte_region_total WHERE row_count = 0;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_site_fte_totals_move AFTER UPDATE ON site
      REFERENCING OLD TABLE AS old_sites NEW TABLE AS new_sites FOR EACH STATEMENT EXECUTE FUNCTION rp_fte_totals_on_site_move()`);
    await q.query(`CREATE FUNCTION rp_fte_totals_site_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM fte_count WHERE site_id = OLD.id;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER trg_site_fte_totals_delete BEFORE DELETE ON site
      FOR EACH ROW EXECUTE FUNCTION rp_fte_totals_site_delete()`);

    // Once per transaction, at commit (a transaction-local setting guards repeats, as for the
    // data version): a boundary import changes hundreds of gemeente rows one statement each.
    // (SET CONSTRAINTS ALL IMMEDIATE fires it early; region changes after that in the same
    // transaction would then not rebuild again. No writer does that.)
    await q.query(`CREATE FUNCTION rp_fte_totals_rebuild_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('rp.fte_totals_rebuilt', true) IS DISTINCT FROM 'y' THEN
          PERFORM rp_fte_totals_rebuild();
          PERFORM set_config('rp.fte_totals_rebuilt', 'y', true);
        END IF;
        RETURN NULL;
      END $$`);
    const placement = 'ROW(%.kind, %.code, %.year, %.provincie_code, %.corop_code, %.arbeidsmarktregio_code)';
    const events: [string, string, string][] = [
      ['insert', 'INSERT', `NEW.kind = 'gemeente'`],
      [
        'update',
        'UPDATE',
        `(OLD.kind = 'gemeente' OR NEW.kind = 'gemeente') AND
         ${placement.replaceAll('%', 'OLD')} IS DISTINCT FROM ${placement.replaceAll('%', 'NEW')}`,
      ],
      ['delete', 'DELETE', `OLD.kind = 'gemeente'`],
    ];
    for (const [name, event, when] of events) {
      await q.query(`CREATE CONSTRAINT TRIGGER trg_region_fte_totals_${name} AFTER ${event} ON region
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION rp_fte_totals_rebuild_at_commit()`);
    }
    await q.query(`CREATE FUNCTION rp_fte_totals_rebuild_now() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rp_fte_totals_rebuild();
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_region_fte_totals_truncate AFTER TRUNCATE ON region
      FOR EACH STATEMENT EXECUTE FUNCTION rp_fte_totals_rebuild_now()`);

    // The existing data, and statistics for it (without them the first plans take the table for empty).
    await q.query('SELECT rp_fte_totals_rebuild()');
    await q.query('ANALYZE fte_region_total');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['trg_fte_totals_insert', 'fte_count'],
      ['trg_fte_totals_update', 'fte_count'],
      ['trg_fte_totals_delete', 'fte_count'],
      ['trg_fte_totals_truncate', 'fte_count'],
      ['trg_site_fte_totals_move', 'site'],
      ['trg_site_fte_totals_delete', 'site'],
      ['trg_region_fte_totals_insert', 'region'],
      ['trg_region_fte_totals_update', 'region'],
      ['trg_region_fte_totals_delete', 'region'],
      ['trg_region_fte_totals_truncate', 'region'],
    ])
      await q.query(`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`);
    for (const fn of [
      'rp_fte_totals_on_fte',
      'rp_fte_totals_clear',
      'rp_fte_totals_on_site_move',
      'rp_fte_totals_site_delete',
      'rp_fte_totals_rebuild_at_commit',
      'rp_fte_totals_rebuild_now',
      'rp_fte_totals_rebuild',
    ])
      await q.query(`DROP FUNCTION IF EXISTS ${fn}()`);
    await q.query('DROP TABLE IF EXISTS fte_region_total');
  }
}

/** The fte_count columns a total depends on, from the alias `a`. */
const FTE_COLUMNS = (a: string): string =>
  ['dataset', 'peildatum', 'scope', 'region_code', 'site_id', 'organisation_id', 'sector', 'fte', 'source_url']
    .map((c) => `${a}.${c}`)
    .join(', ');

/** `changes` (sign, FTE_COLUMNS) placed in their gemeente: the site's, else the row's region code. */
function located(changes: string): string {
  return `changes AS (${changes}),
    changed AS (
      SELECT c.*, COALESCE(s.gemeente_code, c.region_code) AS gemeente FROM changes c LEFT JOIN site s ON s.id = c.site_id)`;
}

/**
 * One statement adding the rows of the CTE `changed` (sign, FTE_COLUMNS, gemeente) to the totals:
 * mapped to the gemeente's regions of the newest division year, per sector and for all sectors,
 * grouped per key, upserted in key order (concurrent writers lock keys in one order).
 * The counting rules are fteByRegionScan's: figures, not approximations; locatie rows, and
 * gemeente-coded regio rows, except a gemeente's own total at gemeente level (a direct figure).
 */
function addDelta(ctes: string): string {
  return `WITH ${ctes},
    -- Per gemeente first (an import's rows become a few hundred), then to the regions.
    per_gemeente AS (
      SELECT c.dataset, c.peildatum, c.gemeente, c.sector, c.source_url,
             c.scope = 'regio' AND c.organisation_id IS NULL AS own_total,
             sum(c.sign * c.fte) AS fte, sum(c.sign) AS row_count
        FROM changed c
       WHERE c.fte IS NOT NULL AND (c.scope = 'locatie' OR (c.scope = 'regio' AND c.region_code LIKE 'GM%'))
       GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(c.sign * c.fte) <> 0 OR sum(c.sign) <> 0
    ),
    delta AS (
      SELECT p.dataset, p.peildatum, l.level, k.sector_key, l.code AS region_code, p.source_url,
             sum(p.fte) AS fte, sum(p.row_count)::int AS row_count
        FROM per_gemeente p
        JOIN region g ON g.kind = 'gemeente' AND g.code = p.gemeente
         AND g.year = (SELECT max(year) FROM region WHERE kind = 'gemeente')
        CROSS JOIN LATERAL (VALUES
          ('gemeente', CASE WHEN p.own_total THEN NULL ELSE g.code END),
          ('provincie', g.provincie_code), ('corop', g.corop_code), ('arbeidsmarktregio', g.arbeidsmarktregio_code)
        ) AS l(level, code)
        CROSS JOIN LATERAL (VALUES ('*'), (p.sector)) AS k(sector_key)
       WHERE l.code IS NOT NULL AND k.sector_key IS NOT NULL
       GROUP BY 1, 2, 3, 4, 5, 6
    )
    INSERT INTO fte_region_total AS t (dataset, peildatum, level, sector_key, region_code, source_url, fte, row_count)
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (dataset, peildatum, level, sector_key, region_code, source_url)
    DO UPDATE SET fte = t.fte + EXCLUDED.fte, row_count = t.row_count + EXCLUDED.row_count`;
}
