import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TileFunctions1763800003001 } from './1763800003001-TileFunctions.js';

/**
 * rp_tile_<layer>(z, x, y, query_params) as PL/pgSQL with custom plans, instead of LANGUAGE sql:
 * same signature, same statement, same bytes. Measured (npm run bench) on a z7 gemeente tile with
 * its figures: the SQL-language wrapper took ~90–160 ms where the identical statement sent as a
 * query takes ~10–15 ms. The SQL function plans its body for unknown parameter values (a generic
 * plan), and so does PL/pgSQL from the sixth call on; a plan for the actual z/x/y and level
 * (plan_cache_mode = force_custom_plan) keeps it at the statement's own cost.
 * Martin and pg_tileserv serve PL/pgSQL functions of this signature just the same.
 */
export class TileFunctionsPlpgsql1763800009100 implements MigrationInterface {
  name = 'TileFunctionsPlpgsql1763800009100';

  async up(q: QueryRunner): Promise<void> {
    for (const layer of ['regions', 'sites', 'stations']) await q.query(mvtFunction(layer));
  }

  async down(q: QueryRunner): Promise<void> {
    await new TileFunctions1763800003001().up(q);
  }
}

const mvtFunction = (layer: string) => `
  CREATE OR REPLACE FUNCTION rp_tile_${layer}(z integer, x integer, y integer, query_params json DEFAULT '{}'::json)
  RETURNS bytea
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET plan_cache_mode = force_custom_plan AS $fn$
  BEGIN
    RETURN (
      SELECT coalesce(ST_AsMVT(t, '${layer}', 4096, 'geom', 'id'), ''::bytea)
        FROM (SELECT r.id, r.props, ST_AsMVTGeom(r.geom, ST_TileEnvelope(z, x, y), 4096, 64, true) AS geom
                FROM rp_tile_rows_${layer}(z, x, y, query_params) r) t
       WHERE t.geom IS NOT NULL);
  END
  $fn$`;
