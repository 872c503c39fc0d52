/**
 * Scaled copies of the benchmark database for the scaling runs: rp_bench_10x, rp_bench_100x
 * (separate databases, created from the seeded one as a template, so the source stays clean).
 * Adds SYNTHETIC sites ("Synthetische benchmarklocatie …", source_url synthetisch://benchmark-schaal,
 * dataset demo) on gemeente surfaces (a fixed, deterministic jitter of at most ~500 m), each housing
 * two synthetic organisations ("Synthetische benchmarkorganisatie n (fictief)") with synthetic fte per peildatum — so that sites and fte
 * rows become factor × the seeded demo size. Nothing here is a real figure or location.
 */
import pg from 'pg';

export const SYNTHETIC_URL = 'synthetisch://benchmark-schaal';

export function databaseUrlFor(baseUrl, name) {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Recreates `<base>_<factor>x` from the base database and fills it; returns its URL and counts. */
export async function createScaledDatabase(baseUrl, factor) {
  const baseName = new URL(baseUrl).pathname.slice(1);
  const name = `${baseName}_${factor}x`;
  const admin = new pg.Client({ connectionString: databaseUrlFor(baseUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${baseName}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrlFor(baseUrl, name);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const {
      rows: [base],
    } = await db.query(`SELECT count(*)::int AS sites FROM site WHERE dataset = 'demo'`);
    const extra = base.sites * (factor - 1);
    await db.query('BEGIN');
    await db.query(
      `WITH g AS (SELECT code, ST_PointOnSurface(geom) AS p, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n
                    FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente'))
       INSERT INTO site (kind, name, city, gemeente_code, geom, location_precision, workplaces, source_url, dataset)
       SELECT 'overig', 'Synthetische benchmarklocatie ' || s, 'synthetisch', g.code,
              ST_Translate(g.p, ((s * 7919) % 200 - 100) / 20000.0, ((s * 104729) % 200 - 100) / 20000.0),
              'gemeente', 100 + (s * 37) % 900, $2, 'demo'
         FROM generate_series(1, $1) s JOIN g ON g.i = s % g.n`,
      [extra, SYNTHETIC_URL],
    );
    // Synthetic organisations too (one per five synthetic sites, each site housing two), so that
    // an organisation keeps the demo's size (~10 sites) and per-organisation answers stay bounded.
    await db.query(
      `INSERT INTO organisation (name, sector, source, dataset)
       SELECT 'Synthetische benchmarkorganisatie ' || g || ' (fictief)',
              (ARRAY['ministeries','nationale_politie','rechtspraak','gevangeniswezen_dji','defensie','zbo'])[1 + g % 6], $2, 'demo'
         FROM generate_series(1, ceil($1 / 5.0)::int) g`,
      [extra, SYNTHETIC_URL],
    );
    await db.query(
      `WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM organisation WHERE source = $1),
            s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM site WHERE source_url = $1)
       INSERT INTO site_organisation (site_id, organisation_id)
       SELECT s.id, o.id FROM s CROSS JOIN generate_series(0, 1) AS j(j) JOIN o ON o.i = (s.k / 5 + j.j) % o.n`,
      [SYNTHETIC_URL],
    );
    await db.query(
      `INSERT INTO fte_count (peildatum, peildatum_basis, scope, site_id, sector, organisation_id, fte, source_url, source_title, dataset)
       SELECT d.peildatum, 'stated', 'locatie', so.site_id, o.sector, o.id, 20 + ((so.site_id * 31 + o.id * 17 + extract(year FROM d.peildatum)::int) % 400),
              $1, 'synthetische benchmarkdata (fictief)', 'demo'
         FROM site s JOIN site_organisation so ON so.site_id = s.id JOIN organisation o ON o.id = so.organisation_id
        CROSS JOIN (SELECT DISTINCT peildatum FROM fte_count WHERE dataset = 'demo' AND scope = 'locatie') d
        WHERE s.source_url = $1`,
      [SYNTHETIC_URL],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
    const {
      rows: [counts],
    } = await db.query(
      `SELECT (SELECT count(*)::int FROM site WHERE dataset = 'demo') AS sites,
              (SELECT count(*)::int FROM fte_count WHERE dataset = 'demo') AS fte_rows,
              (SELECT count(*)::int FROM site WHERE source_url = $1) AS synthetic_sites`,
      [SYNTHETIC_URL],
    );
    return { name, url, factor, ...counts };
  } finally {
    await db.end();
  }
}
