import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vector tile functions in the signature Martin and pg_tileserv serve directly:
 *   rp_tile_<layer>(z integer, x integer, y integer, query_params json) RETURNS bytea
 * so a dedicated tile server can take over at scale. Each is built on a rows function,
 *   rp_tile_rows_<layer>(z, x, y, query_params) RETURNS TABLE (id integer, props jsonb, geom geometry)
 * which selects the features touching the tile (plus its buffer) with their attributes as one
 * jsonb (NULLs stripped: a missing figure is an absent attribute, never 0) and the geometry in
 * EPSG:3857, unclipped. The Node encoder (embedded PGlite has no protobuf) reads the same rows
 * function, so both encoders cannot disagree on which features and attributes a tile holds.
 *
 * Tile constants: extent 4096, buffer 64 (Martin's defaults); envelopes from ST_TileEnvelope
 * (Web Mercator, EPSG:3857). Region figures are not computed here: the caller passes the result
 * of the core aggregation (server/fte/fte.queries.ts) as query_params.figures, keyed by code.
 */
export class TileFunctions1763800003001 implements MigrationInterface {
  name = 'TileFunctions1763800003001';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of TILE_FUNCTIONS_SQL) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const layer of ['regions', 'sites', 'stations']) {
      await q.query(`DROP FUNCTION IF EXISTS rp_tile_${layer}(integer, integer, integer, json)`);
      await q.query(`DROP FUNCTION IF EXISTS rp_tile_rows_${layer}(integer, integer, integer, json)`);
    }
  }
}

/** The tile envelope grown by the buffer (64 of 4096 units), in EPSG:4326 for the GiST index. */
const SEARCH_ENVELOPE = `ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326)`;

const rowsFunction = (layer: string, body: string) => `
  CREATE OR REPLACE FUNCTION rp_tile_rows_${layer}(z integer, x integer, y integer, query_params json DEFAULT '{}'::json)
  RETURNS TABLE (id integer, props jsonb, geom geometry)
  LANGUAGE sql STABLE PARALLEL SAFE AS $fn$ ${body} $fn$`;

const mvtFunction = (layer: string) => `
  CREATE OR REPLACE FUNCTION rp_tile_${layer}(z integer, x integer, y integer, query_params json DEFAULT '{}'::json)
  RETURNS bytea
  LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(ST_AsMVT(t, '${layer}', 4096, 'geom', 'id'), ''::bytea)
      FROM (SELECT r.id, r.props, ST_AsMVTGeom(r.geom, ST_TileEnvelope(z, x, y), 4096, 64, true) AS geom
              FROM rp_tile_rows_${layer}(z, x, y, query_params) r) t
     WHERE t.geom IS NOT NULL
  $fn$`;

const TILE_FUNCTIONS_SQL = [
  // Regions of one level (query_params.level, default provincie) in the newest division year,
  // with the figures the caller computed (query_params.figures: {"PV22": {"fte": 120, …}}).
  // The figures are parsed into jsonb once (a json -> lookup per row would re-parse the text).
  rowsFunction('regions', `
    WITH fig AS MATERIALIZED (SELECT coalesce((query_params -> 'figures')::jsonb, '{}'::jsonb) AS f)
    SELECT r.id,
           jsonb_strip_nulls(jsonb_build_object('code', r.code, 'name', r.name, 'level', r.kind)
             || coalesce(fig.f -> r.code, '{}'::jsonb)) AS props,
           ST_Transform(r.geom, 3857) AS geom
      FROM region r, fig
     WHERE r.kind = coalesce(query_params ->> 'level', 'provincie')
       AND r.year = (SELECT max(y2.year) FROM region y2 WHERE y2.kind = coalesce(query_params ->> 'level', 'provincie'))
       AND r.geom && ${SEARCH_ENVELOPE}`),
  // Sites of one dataset (query_params.dataset, default gepubliceerd), optionally of one kind.
  rowsFunction('sites', `
    SELECT s.id,
           jsonb_strip_nulls(jsonb_build_object('kind', s.kind, 'name', s.name, 'city', s.city,
             'gemeenteCode', s.gemeente_code, 'locationPrecision', s.location_precision,
             'workplaces', s.workplaces, 'ropStatus', s.rop_status, 'ropOpenedOn', s.rop_opened_on,
             'sourceUrl', s.source_url, 'dataset', s.dataset)) AS props,
           ST_Transform(s.geom, 3857) AS geom
      FROM site s
     WHERE s.dataset = coalesce(query_params ->> 'dataset', 'gepubliceerd')
       AND (query_params ->> 'kind' IS NULL OR s.kind = query_params ->> 'kind')
       AND s.geom && ${SEARCH_ENVELOPE}`),
  // Railway stations; their codes are text, so the feature id stays empty.
  rowsFunction('stations', `
    SELECT NULL::integer AS id,
           jsonb_strip_nulls(jsonb_build_object('code', st.code, 'name', st.name, 'type', st.type)) AS props,
           ST_Transform(st.geom, 3857) AS geom
      FROM station st
     WHERE st.geom && ${SEARCH_ENVELOPE}`),
  mvtFunction('regions'),
  mvtFunction('sites'),
  mvtFunction('stations'),
];
