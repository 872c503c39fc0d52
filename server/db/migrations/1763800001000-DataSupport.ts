import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What loading real data needs on top of the domain:
 * - import_id on every table that seeds or importers write, so each row traces to its delivery;
 * - organisation.dataset, so fictional demonstration organisations stay apart from real ones;
 * - forecast.forecast_year_basis: whether the source states the forecast year or it is inferred;
 * - a natural key for masterplan projects, so re-imports update instead of duplicating;
 * - published_context: published facts that must not go on the time axis (no reference date,
 *   a rounded journalistic figure, or another definition), kept with their source;
 * - data_notice: warnings about the data as loaded (e.g. coarse fallback boundaries) for the API;
 * - geocode_cache: PDOK Locatieserver answers, so an address is asked for once.
 */
export class DataSupport1763800001000 implements MigrationInterface {
  name = 'DataSupport1763800001000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of IMPORT_ID_TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN import_id integer REFERENCES import_run(id) ON DELETE SET NULL`);
    }
    for (const statement of UP_SQL) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS geocode_cache');
    await q.query('DROP TABLE IF EXISTS data_notice');
    await q.query('DROP TABLE IF EXISTS published_context');
    await q.query('ALTER TABLE masterplan_project DROP CONSTRAINT IF EXISTS uq_masterplan_project');
    await q.query('ALTER TABLE organisation DROP COLUMN IF EXISTS dataset');
    await q.query('ALTER TABLE forecast DROP COLUMN IF EXISTS forecast_year_basis');
    for (const table of IMPORT_ID_TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS import_id`);
  }
}

const IMPORT_ID_TABLES = ['population', 'organisation', 'published_change', 'forecast', 'masterplan_project', 'region_profile', 'location_case'];

const UP_SQL = [
  `ALTER TABLE organisation ADD COLUMN dataset text NOT NULL DEFAULT 'gepubliceerd' CHECK (dataset IN ('gepubliceerd', 'demo'))`,
  `ALTER TABLE masterplan_project ADD CONSTRAINT uq_masterplan_project UNIQUE NULLS NOT DISTINCT (dataset, name, city)`,
  `ALTER TABLE forecast ADD COLUMN forecast_year_basis text CHECK (forecast_year_basis IN ('stated', 'inferred'))`,
  `CREATE TABLE published_context (
    id serial PRIMARY KEY,
    date_as_written text,
    date_basis text NOT NULL CHECK (date_basis IN ('stated', 'inferred', 'not stated')),
    region_code text,
    region_label text NOT NULL,
    sector text,
    metric text NOT NULL,
    value numeric,
    value_as_written text NOT NULL,
    unit text,
    why_not_on_time_axis text NOT NULL,
    source_url text NOT NULL,
    source_title text,
    note text,
    import_id integer REFERENCES import_run(id) ON DELETE SET NULL
  )`,
  `CREATE TABLE data_notice (
    topic text PRIMARY KEY,
    level text NOT NULL CHECK (level IN ('info', 'waarschuwing')),
    message text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE geocode_cache (
    query text PRIMARY KEY,
    provider text NOT NULL,
    found boolean NOT NULL,
    lon float8,
    lat float8,
    gemeente_code text,
    label text,
    fetched_at timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT found OR (lon IS NOT NULL AND lat IS NOT NULL))
  )`,
];
