import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole domain. Geometry is stored in EPSG:4326; distances are measured as geography
 * (metres on the spheroid), so every table that is searched by distance also carries a
 * GiST index on its geography expression — the expression the queries use.
 * Constraints keep the data valid at the source: allowed kinds, non-negative figures,
 * unique codes, and foreign keys wherever one record points at another.
 */
export class Domain1763800000001 implements MigrationInterface {
  name = 'Domain1763800000001';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of DOMAIN_SQL) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...DOMAIN_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
  }
}

const DOMAIN_TABLES = [
  'import_run', 'region', 'population', 'organisation', 'site', 'site_organisation', 'station',
  'fte_count', 'published_change', 'forecast', 'masterplan_project', 'change_request',
  'region_profile', 'location_case', 'audit_entry',
];

const DOMAIN_SQL = [
  `CREATE TABLE import_run (
    id serial PRIMARY KEY,
    kind text NOT NULL,
    file_name text NOT NULL,
    file_hash char(64) NOT NULL,
    dataset text NOT NULL DEFAULT 'gepubliceerd' CHECK (dataset IN ('gepubliceerd', 'demo')),
    rows_total integer NOT NULL CHECK (rows_total >= 0),
    rows_written integer NOT NULL CHECK (rows_written >= 0),
    rows_rejected integer NOT NULL CHECK (rows_rejected >= 0),
    actor text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
  )`,
  `CREATE INDEX idx_import_run_hash ON import_run (kind, file_hash)`,

  `CREATE TABLE region (
    id serial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('provincie', 'corop', 'gemeente', 'arbeidsmarktregio')),
    code text NOT NULL CHECK (code ~ '^(PV|CR|GM|AM)[0-9]{2,4}$'),
    name text NOT NULL CHECK (name <> ''),
    year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    provincie_code text CHECK (provincie_code ~ '^PV[0-9]{2}$'),
    corop_code text CHECK (corop_code ~ '^CR[0-9]{2}$'),
    arbeidsmarktregio_code text CHECK (arbeidsmarktregio_code ~ '^AM[0-9]{2}$'),
    is_randstad boolean NOT NULL DEFAULT false,
    is_grensregio boolean NOT NULL DEFAULT false,
    source text NOT NULL,
    import_id integer REFERENCES import_run(id) ON DELETE SET NULL,
    CONSTRAINT uq_region_kind_code_year UNIQUE (kind, code, year),
    CONSTRAINT ck_region_code_matches_kind CHECK (
      (kind = 'provincie' AND code LIKE 'PV%') OR (kind = 'corop' AND code LIKE 'CR%') OR
      (kind = 'gemeente' AND code LIKE 'GM%') OR (kind = 'arbeidsmarktregio' AND code LIKE 'AM%'))
  )`,
  `CREATE INDEX idx_region_geom ON region USING gist (geom)`,
  `CREATE INDEX idx_region_code ON region (code)`,

  `CREATE TABLE population (
    id serial PRIMARY KEY,
    region_code text NOT NULL CHECK (region_code ~ '^(PV|CR|GM|AM|NL)[0-9]{0,4}$'),
    peildatum date NOT NULL,
    inhabitants integer NOT NULL CHECK (inhabitants >= 0),
    source_url text NOT NULL,
    note text,
    CONSTRAINT uq_population UNIQUE (region_code, peildatum)
  )`,

  `CREATE TABLE organisation (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (name <> ''),
    abbreviation text,
    sector text NOT NULL CHECK (sector IN ('ministeries', 'nationale_politie', 'rechtspraak', 'gevangeniswezen_dji', 'defensie', 'zbo')),
    parent_id integer REFERENCES organisation(id) ON DELETE SET NULL,
    source text,
    version integer NOT NULL DEFAULT 1
  )`,

  `CREATE TABLE site (
    id serial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('rijkskantoor', 'rijksontmoetingsplein', 'overig')),
    name text NOT NULL CHECK (name <> ''),
    address text,
    city text,
    gemeente_code text CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
    geom geometry(Point, 4326) NOT NULL,
    location_precision text NOT NULL CHECK (location_precision IN ('adres', 'gemeente')),
    gross_floor_area_m2 numeric(12, 1) CHECK (gross_floor_area_m2 >= 0),
    workplaces integer CHECK (workplaces >= 0),
    tenure text CHECK (tenure IN ('eigendom', 'huur', 'onbekend')),
    in_use_since text CHECK (in_use_since ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    rop_status text CHECK (rop_status IN ('open', 'gepland')),
    rop_opened_on text CHECK (rop_opened_on ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    source_url text NOT NULL,
    note text,
    dataset text NOT NULL DEFAULT 'gepubliceerd' CHECK (dataset IN ('gepubliceerd', 'demo')),
    import_id integer REFERENCES import_run(id) ON DELETE SET NULL,
    version integer NOT NULL DEFAULT 1,
    CONSTRAINT uq_site_name_city UNIQUE (name, city),
    -- A meeting hub carries its status; other kinds never do.
    CONSTRAINT ck_site_rop_fields CHECK (
      (kind = 'rijksontmoetingsplein' AND rop_status IS NOT NULL) OR
      (kind <> 'rijksontmoetingsplein' AND rop_status IS NULL AND rop_opened_on IS NULL))
  )`,
  `CREATE INDEX idx_site_geom ON site USING gist (geom)`,
  `CREATE INDEX idx_site_geog ON site USING gist ((geom::geography))`,
  `CREATE INDEX idx_site_gemeente ON site (gemeente_code)`,

  `CREATE TABLE site_organisation (
    site_id integer NOT NULL REFERENCES site(id) ON DELETE CASCADE,
    organisation_id integer NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    PRIMARY KEY (site_id, organisation_id)
  )`,
  `CREATE INDEX idx_site_organisation_org ON site_organisation (organisation_id)`,

  `CREATE TABLE station (
    code text PRIMARY KEY,
    name text NOT NULL,
    type text NOT NULL,
    geom geometry(Point, 4326) NOT NULL,
    source_url text NOT NULL
  )`,
  `CREATE INDEX idx_station_geom ON station USING gist (geom)`,
  `CREATE INDEX idx_station_geog ON station USING gist ((geom::geography))`,

  // One fte figure: nationally, for a region, or at a site; for all sectors, one sector or one
  // organisation. fte is NULL only where the source gives an approximation ("bijna 95.000"),
  // which is kept verbatim in fte_as_written and never turned into a number.
  `CREATE TABLE fte_count (
    id serial PRIMARY KEY,
    peildatum date NOT NULL,
    peildatum_basis text NOT NULL DEFAULT 'stated' CHECK (peildatum_basis IN ('stated', 'inferred')),
    scope text NOT NULL CHECK (scope IN ('nationaal', 'regio', 'locatie')),
    region_code text CHECK (region_code ~ '^(PV|CR|GM|AM)[0-9]{2,4}$'),
    site_id integer REFERENCES site(id) ON DELETE CASCADE,
    sector text CHECK (sector IN ('ministeries', 'nationale_politie', 'rechtspraak', 'gevangeniswezen_dji', 'defensie', 'zbo')),
    organisation_id integer REFERENCES organisation(id) ON DELETE RESTRICT,
    fte numeric(12, 2) CHECK (fte >= 0),
    fte_as_written text,
    source_url text NOT NULL,
    source_title text,
    note text,
    dataset text NOT NULL DEFAULT 'gepubliceerd' CHECK (dataset IN ('gepubliceerd', 'demo')),
    import_id integer REFERENCES import_run(id) ON DELETE SET NULL,
    CONSTRAINT ck_fte_scope CHECK (
      (scope = 'nationaal' AND region_code IS NULL AND site_id IS NULL) OR
      (scope = 'regio' AND region_code IS NOT NULL AND site_id IS NULL) OR
      (scope = 'locatie' AND site_id IS NOT NULL)),
    CONSTRAINT ck_fte_value_or_words CHECK (fte IS NOT NULL OR fte_as_written IS NOT NULL),
    -- One figure per cell: what makes re-imports idempotent and keeps sums from double counting.
    CONSTRAINT uq_fte_cell UNIQUE NULLS NOT DISTINCT (dataset, peildatum, scope, region_code, site_id, sector, organisation_id)
  )`,
  `CREATE INDEX idx_fte_peildatum ON fte_count (dataset, peildatum)`,
  `CREATE INDEX idx_fte_region ON fte_count (region_code, peildatum)`,
  `CREATE INDEX idx_fte_site ON fte_count (site_id, peildatum)`,
  `CREATE INDEX idx_fte_organisation ON fte_count (organisation_id)`,

  // Published changes (growth) that come without the levels they were computed from.
  `CREATE TABLE published_change (
    id serial PRIMARY KEY,
    period_from date NOT NULL,
    period_to date NOT NULL,
    period_basis text NOT NULL CHECK (period_basis IN ('stated', 'inferred', 'not stated')),
    region_code text,
    region_label text NOT NULL,
    sector text,
    metric text NOT NULL,
    value numeric,
    value_as_written text NOT NULL,
    unit text NOT NULL,
    source_url text NOT NULL,
    note text,
    CHECK (period_to >= period_from)
  )`,

  `CREATE TABLE forecast (
    id serial PRIMARY KEY,
    base_peildatum date NOT NULL,
    forecast_year integer NOT NULL,
    region_code text,
    region_label text NOT NULL,
    sector text,
    fte numeric(12, 2) CHECK (fte >= 0),
    fte_as_written text,
    change_as_written text,
    source_url text NOT NULL,
    note text
  )`,

  `CREATE TABLE masterplan_project (
    id serial PRIMARY KEY,
    masterplan text,
    name text NOT NULL CHECK (name <> ''),
    site_id integer REFERENCES site(id) ON DELETE SET NULL,
    city text,
    gemeente_code text CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
    geom geometry(Point, 4326),
    location_precision text CHECK (location_precision IN ('adres', 'gemeente')),
    kind text NOT NULL CHECK (kind IN ('nieuwbouw', 'renovatie', 'afstoot', 'aankoop', 'rijksontmoetingsplein', 'overig')),
    kind_as_written text,
    status text NOT NULL,
    period text,
    planned_workplaces integer CHECK (planned_workplaces >= 0),
    source_url text NOT NULL,
    note text,
    dataset text NOT NULL DEFAULT 'gepubliceerd' CHECK (dataset IN ('gepubliceerd', 'demo')),
    version integer NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX idx_masterplan_project_geom ON masterplan_project USING gist (geom)`,

  `CREATE TABLE change_request (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES masterplan_project(id) ON DELETE CASCADE,
    title text NOT NULL CHECK (title <> ''),
    description text,
    status text NOT NULL CHECK (status IN ('ingediend', 'in_behandeling', 'goedgekeurd', 'afgewezen', 'ingetrokken')),
    submitted_on date,
    decided_on date,
    version integer NOT NULL DEFAULT 1,
    CHECK (decided_on IS NULL OR submitted_on IS NULL OR decided_on >= submitted_on)
  )`,
  `CREATE INDEX idx_change_request_project ON change_request (project_id)`,

  `CREATE TABLE region_profile (
    id serial PRIMARY KEY,
    region_code text NOT NULL CHECK (region_code ~ '^(PV|CR|GM|AM)[0-9]{2,4}$'),
    core_qualities text[] NOT NULL DEFAULT '{}',
    opportunities text,
    received_on date,
    source text,
    version integer NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX idx_region_profile_code ON region_profile (region_code)`,
  `CREATE INDEX idx_region_profile_qualities ON region_profile USING gin (core_qualities)`,

  `CREATE TABLE location_case (
    id serial PRIMARY KEY,
    title text NOT NULL CHECK (title <> ''),
    organisation_id integer REFERENCES organisation(id) ON DELETE SET NULL,
    organisation_name text,
    kind text NOT NULL CHECK (kind IN ('groei', 'krimp', 'nieuwe_dienst', 'masterplan', 'vtw', 'overig')),
    kind_as_written text,
    fte_change numeric(10, 1),
    fte_change_as_written text,
    from_region_code text CHECK (from_region_code ~ '^(PV|CR|GM|AM)[0-9]{2,4}$'),
    to_region_code text CHECK (to_region_code ~ '^(PV|CR|GM|AM)[0-9]{2,4}$'),
    from_site_id integer REFERENCES site(id) ON DELETE SET NULL,
    to_site_id integer REFERENCES site(id) ON DELETE SET NULL,
    status text NOT NULL,
    advice text,
    decision text,
    confidential boolean NOT NULL DEFAULT false,
    source_url text,
    note text,
    dataset text NOT NULL DEFAULT 'gepubliceerd' CHECK (dataset IN ('gepubliceerd', 'demo')),
    version integer NOT NULL DEFAULT 1
  )`,

  `CREATE TABLE audit_entry (
    id bigserial PRIMARY KEY,
    actor text NOT NULL,
    action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
    entity text NOT NULL,
    entity_id text NOT NULL,
    before jsonb,
    after jsonb,
    at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX idx_audit_entity ON audit_entry (entity, entity_id)`,
];
