/**
 * Benchmark: candidate ranking over all gemeenten and sites, server-side, p50/p95/p99.
 *
 *   npm run bench:ranking                 # embedded PGlite in a temporary folder
 *   BENCH_DATABASE_URL=postgres://… npm run bench:ranking
 *
 * Adds SYNTHETIC sites (labelled "Synthetische benchmarklocatie", dataset demo, peildatum
 * 2096-01-01) spread over the gemeenten, measures, and removes them again.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { needsSeeding, seedDatabase } from '../seeds/seed.js';
import { rankCandidates, type Demand } from '../server/candidates/candidates.service.js';

const SYNTHETIC = 'synthetisch://benchmark-ranking';
const DATE = '2096-01-01';
const SITES = Number(process.env.BENCH_SITES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-bench-'));
const config = loadConfig({ ...process.env, DATABASE_URL: process.env.BENCH_DATABASE_URL, DATA_DIR: dataDir });
const database = await openDatabase(config);
const db = database.dataSource;
try {
  if (await needsSeeding(db)) await seedDatabase(db, config, { info: () => {}, warn: console.warn });
  await addSyntheticSites(SITES);
  const demands: Demand[] = [
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
  for (const demand of demands) await rankCandidates(db, demand); // warm-up
  const times: number[] = [];
  let candidates = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await rankCandidates(db, demands[i % demands.length]!);
    times.push(performance.now() - started);
    candidates = Math.max(candidates, result.totalCandidates);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(
    `Kandidaten rangschikken (${database.mode}, ${SITES} synthetische locaties + alle gemeenten, tot ${candidates} kandidaten, ${RUNS} runs)`,
  );
  console.log(`p50 ${q(0.5)} ms   p95 ${q(0.95)} ms   p99 ${q(0.99)} ms   (doel: p95 < 100 ms)`);
} finally {
  await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [SYNTHETIC]);
  await db.query(`DELETE FROM site WHERE source_url = $1`, [SYNTHETIC]);
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Synthetic sites on gemeente surfaces, round robin, with synthetic workplaces and fte. */
async function addSyntheticSites(count: number): Promise<void> {
  await db.query(
    `WITH g AS (SELECT code, ST_PointOnSurface(geom) AS p, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n
                  FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente'))
     INSERT INTO site (kind, name, city, gemeente_code, geom, location_precision, workplaces, source_url, dataset)
     SELECT 'overig', 'Synthetische benchmarklocatie ' || s, 'synthetisch', g.code, g.p, 'gemeente', 100 + (s * 37) % 900, $2, 'demo'
       FROM generate_series(1, $1) s JOIN g ON g.i = s % g.n`,
    [count, SYNTHETIC],
  );
  await db.query(
    `INSERT INTO fte_count (peildatum, scope, site_id, fte, source_url, dataset)
     SELECT $1, 'locatie', id, (workplaces * 0.8)::int, $2, 'demo' FROM site WHERE source_url = $2`,
    [DATE, SYNTHETIC],
  );
  await db.query('ANALYZE site; ANALYZE fte_count');
}
