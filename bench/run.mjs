#!/usr/bin/env node
/**
 * `npm run bench`: the whole benchmark in one run (see BENCHMARKS.md for the figures).
 *   1. seeded PostGIS database (BENCH_DATABASE_URL, default rp_bench) with the demo dataset;
 *   2. SQL floors, then our API and PostGraphile 5 A/B per scenario (ours, theirs, ours, theirs) at
 *      concurrency 1 and 16, both on PostGraphile's Node 22, after a check that both answer the same data;
 *   3. our API on synthetic 10× and 100× copies (databases <name>_10x, <name>_100x);
 *   4. the embedded default: cold and warm start, reads at concurrency 1.
 * Writes bench/results.json and BENCHMARKS.md and prints the ratio table. Env: BENCH_QUICK=1 (≤ 5 min),
 * BENCH_DURATION_MS (per round), BENCH_ROUNDS (A/B rounds per side), BENCH_SCALES (e.g. "10,100";
 * "" = none), BENCH_SKIP (comma list: postgraphile,embedded,scale), BENCH_ONLY (comma list of scenario
 * ids), BENCH_OURS_NODE=system (ours on this script's Node instead of Node 22).
 * The comparison after merging: `BENCH_SCALES= BENCH_SKIP=embedded npm run bench`.
 * Traffic goes to 127.0.0.1 only. Needs the compiled server (the npm script builds it).
 */
import fs from 'node:fs';
import os from 'node:os';
import { execSync } from 'node:child_process';
import pg from 'pg';
import { measureFloors, measureApis, measureEmbedded, oursNode } from './lib/phases.mjs';
import { createScaledDatabase } from './lib/synthetic.mjs';
import { writeReport, ratioRows, ratioTable } from './lib/report.mjs';
import { SCENARIOS } from './lib/scenarios.mjs';
import { ensurePostgraphile } from './postgraphile/runtime.mjs';
import { startProcess, stopProcess, freePort, healthOk } from './lib/processes.mjs';

const quick = process.env.BENCH_QUICK === '1';
const skip = (process.env.BENCH_SKIP ?? '').split(',').filter(Boolean);
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rp_bench';
const common = {
  sharedDataDir: process.env.SHARED_DATA_DIR ?? '../shared',
  durationMs: Number(process.env.BENCH_DURATION_MS ?? (quick ? 1000 : 5000)),
  rounds: Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 2)),
  warmupMs: quick ? 300 : 1000,
  floorRuns: quick ? 10 : 40,
  log: (m) => console.log(m),
  only: process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null,
};
const scales = (process.env.BENCH_SCALES ?? (quick ? '' : '10,100')).split(',').filter(Boolean).map(Number);
if (common.only) {
  const unknown = common.only.filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length)
    throw new Error(
      `BENCH_ONLY: onbekend scenario ${unknown.join(', ')}; bekend: ${SCENARIOS.map((s) => s.id).join(', ')}`,
    );
}
// Installed first: ours runs on PostGraphile's Node 22 too (oursNode()).
if (!skip.includes('postgraphile')) ensurePostgraphile(common.log);

const started = Date.now();
const results = {
  machine: machine(),
  date: new Date().toISOString(),
  commit: commit(),
  quick,
  settings: { ...common, log: undefined, scales },
  loadBefore: os.loadavg(),
};

console.log(
  `Benchmark op ${baseUrl.replace(/\/\/[^@]*@/, '//')} (${quick ? 'snel' : 'volledig'}), load ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
await prepareBase(baseUrl);
results.dataset = await counts(baseUrl);

console.log('1× (gezaaide data + demo):');
results.base = { floors: await measureFloors({ ...common, url: baseUrl }) };
results.base.apis = await measureApis({
  ...common,
  url: baseUrl,
  concurrencies: [1, 16],
  compare: !skip.includes('postgraphile'),
});

results.scales = {};
if (!skip.includes('scale')) {
  for (const factor of scales) {
    const db = await createScaledDatabase(baseUrl, factor);
    console.log(
      `${factor}× (${db.sites} demolocaties, ${db.fte_rows} demo-fte-rijen, waarvan ${db.synthetic_sites} synthetische locaties):`,
    );
    const floors = await measureFloors({ ...common, url: db.url });
    const apis = await measureApis({ ...common, url: db.url, concurrencies: [1], compare: false });
    results.scales[factor] = {
      database: db.name,
      sites: db.sites,
      fteRows: db.fte_rows,
      syntheticSites: db.synthetic_sites,
      floors,
      apis,
    };
  }
}
if (!skip.includes('embedded')) {
  console.log('Ingebouwde database (PGlite + PostGIS):');
  results.embedded = await measureEmbedded({ ...common });
}
results.loadAfter = os.loadavg();
results.durationS = Math.round((Date.now() - started) / 1000);
fs.writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
writeReport(results, 'BENCHMARKS.md');
console.log('');
console.log(ratioTable(ratioRows(results.base)).join('\n'));
console.log('');
console.log(
  `Klaar in ${results.durationS} s (load ${results.loadAfter.map((x) => x.toFixed(2)).join(' ')}): bench/results.json en BENCHMARKS.md`,
);

/** Seeds the base database (migrations, sources, demo data) by starting the app once if needed; adds the PostGraphile functions. */
async function prepareBase(url) {
  // The default database is ours to create (PostGIS installed and enabled by the test set-up script).
  if (!process.env.BENCH_DATABASE_URL)
    execSync('bash scripts/test-env.sh', {
      env: { ...process.env, TEST_DB_NAME: 'rp_bench' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const port = await freePort();
  const env = {
    DATABASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    SHARED_DATA_DIR: common.sharedDataDir,
    DEMO_DATA: 'true',
  };
  const app = await startProcess({
    command: process.execPath,
    args: ['dist/server/main.js'],
    env,
    readyUrl: `http://127.0.0.1:${port}/health`,
    ready: healthOk,
    timeoutMs: 300_000,
  });
  await stopProcess(app);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(fs.readFileSync('bench/postgraphile/setup.sql', 'utf8'));
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function counts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const {
      rows: [r],
    } =
      await client.query(`SELECT (SELECT count(*)::int FROM site) AS sites, (SELECT count(*)::int FROM site WHERE dataset = 'demo') AS demo_sites,
      (SELECT count(*)::int FROM fte_count) AS fte_rows, (SELECT count(*)::int FROM fte_count WHERE dataset = 'demo') AS demo_fte_rows, (SELECT count(*)::int FROM region) AS regions`);
    return r;
  } finally {
    await client.end();
  }
}

function machine() {
  const pgv = (() => {
    try {
      return execSync(`psql "${baseUrl}" -qtAc 'SELECT version(), postgis_lib_version()'`, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    oursNode: execSync(`${oursNode()} --version`, { encoding: 'utf8' }).trim(),
    platform: `${os.type()} ${os.release()}`,
    postgres: pgv,
  };
}

function commit() {
  try {
    return (
      execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim() +
      (execSync('git status --porcelain -- server bench', { encoding: 'utf8' }).trim() ? ' (+ lokale wijzigingen)' : '')
    );
  } catch {
    return null;
  }
}
