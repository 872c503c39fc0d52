/**
 * A/B of candidate ranking between two builds, on ONE database, runs interleaved (A B, B A, …)
 * so that the load of a shared machine hits both alike: on this 2-core machine absolute times
 * swing by a factor 2–3 between separate `npm run bench:ranking` runs, a difference inside one
 * interleaved run does not. Checks first that both builds give the same ranking.
 *
 *   npm run build:server && cp -r dist seeds package.json /tmp/b/   # build B (and A likewise, from another commit)
 *   node bench/ranking-ab.mjs /tmp/a /tmp/b                # embedded PGlite in a temporary folder
 *   node bench/ranking-ab.mjs /tmp/a /tmp/b postgres://…   # PostgreSQL (B's migrations are applied)
 *
 * Each folder holds a build (dist/, seeds/, package.json) and reaches node_modules (a symlink
 * will do). Same SYNTHETIC sites as bench/ranking.ts (labelled, removed afterwards). BENCH_RUNS.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const [dirA, dirB, url] = process.argv.slice(2).map((a, i) => (i < 2 ? path.resolve(a) : a));
if (!dirA || !dirB) {
  console.error('Gebruik: node bench/ranking-ab.mjs <map A> <map B> [postgres-url]');
  process.exit(2);
}
const A = await import(`${dirA}/dist/server/candidates/candidates.service.js`);
const B = await import(`${dirB}/dist/server/candidates/candidates.service.js`);
const { loadConfig } = await import(`${dirB}/dist/server/config.js`);
const { openDatabase } = await import(`${dirB}/dist/server/db/database.js`);
const { needsSeeding, seedDatabase } = await import(`${dirB}/dist/seeds/seed.js`);
const SYNTHETIC = 'synthetisch://benchmark-ranking';
const DATE = '2096-01-01';
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-ab-'));
const config = loadConfig({ ...process.env, DATABASE_URL: url, DATA_DIR: dataDir });
const database = await openDatabase(config);
const db = database.dataSource;
try {
  if (await needsSeeding(db)) await seedDatabase(db, config, { info: () => {}, warn: () => {} });
  await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [SYNTHETIC]);
  await db.query(`DELETE FROM site WHERE source_url = $1`, [SYNTHETIC]);
  await db.query(
    `WITH g AS (SELECT code, ST_PointOnSurface(geom) AS p, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n
                  FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente'))
     INSERT INTO site (kind, name, city, gemeente_code, geom, location_precision, workplaces, source_url, dataset)
     SELECT 'overig', 'Synthetische benchmarklocatie ' || s, 'synthetisch', g.code, g.p, 'gemeente', 100 + (s * 37) % 900, $2, 'demo'
       FROM generate_series(1, $1) s JOIN g ON g.i = s % g.n`,
    [1000, SYNTHETIC],
  );
  await db.query(
    `INSERT INTO fte_count (peildatum, scope, site_id, fte, source_url, dataset) SELECT $1, 'locatie', id, (workplaces * 0.8)::int, $2, 'demo' FROM site WHERE source_url = $2`,
    [DATE, SYNTHETIC],
  );
  await db.query('ANALYZE site; ANALYZE fte_count; ANALYZE region; ANALYZE station');
  const demands = [
    { fte: 150, dataset: 'demo', peildatum: DATE },
    {
      fte: 300,
      dataset: 'demo',
      peildatum: DATE,
      outsideRandstad: true,
      maxDistanceToIntercityKm: 15,
      originPoint: { type: 'Point', coordinates: [4.3245, 52.0806] },
      maxDistanceFromOriginKm: 150,
      requiredQualities: ['energie'],
    },
  ];
  // Same answers from both builds, then warm-up.
  for (const d of demands) {
    const [a, b] = [await A.rankCandidates(db, d), await B.rankCandidates(db, d)];
    const key = (r) =>
      JSON.stringify(
        r.candidates.map((c) => [c.item.name, c.item.stationCode, Math.round(c.item.stationM * 1000), c.total]),
      );
    if (key(a) !== key(b) || a.totalCandidates !== b.totalCandidates)
      throw new Error('A en B geven verschillende antwoorden');
  }
  const times = { A: [], B: [] };
  for (let i = 0; i < RUNS; i++) {
    const order =
      i % 2 === 0
        ? [
            ['A', A],
            ['B', B],
          ]
        : [
            ['B', B],
            ['A', A],
          ];
    for (const [label, impl] of order) {
      const t = performance.now();
      await impl.rankCandidates(db, demands[i % demands.length]);
      times[label].push(performance.now() - t);
    }
  }
  const q = (arr, p) => [...arr].sort((x, y) => x - y)[Math.min(arr.length - 1, Math.floor(p * arr.length))].toFixed(1);
  console.log(
    `${database.mode}: A=${dirA} p50 ${q(times.A, 0.5)} p95 ${q(times.A, 0.95)} | B=${dirB} p50 ${q(times.B, 0.5)} p95 ${q(times.B, 0.95)} (ms, ${RUNS} runs each, interleaved)`,
  );
} finally {
  await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [SYNTHETIC]);
  await db.query(`DELETE FROM site WHERE source_url = $1`, [SYNTHETIC]);
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
