#!/usr/bin/env node
/**
 * The first fte aggregate after a write (issue 19, "cheaper fresh aggregates"): what a planner
 * waits for when they edit a figure and then look at the map.
 *
 *   npm run build:server && node bench/fresh-aggregate.mjs [runs] [factor]
 *
 * On its own database (FRESH_DATABASE_URL, default rp_bench_fresh, created and seeded with the
 * demo data by starting the built server once; factor > 1 uses a synthetic copy
 * rp_bench_fresh_<factor>x, bench/lib/synthetic.mjs). Per run: one write on a plain pg
 * connection (an fte figure of the demo dataset on the measured peildatum, +1 then −1), timed;
 * then the aggregate of bench/lib/queries.mjs (fte per provincie, demo) over HTTP from the built
 * server in production mode, timed (fresh: the data version moved, so nothing kept per version
 * answers it); then the same request again (cached). SQL floor: the statements of one fresh
 * request, captured in-process and replayed on one pg connection (bench/lib/sql-floor.mjs).
 * FRESH_REUSE_SCALED=1 keeps an existing scaled copy (A/B runs of two builds on one copy).
 * Prints one JSON object. The write goes through psql-like SQL on purpose: the database keeps
 * the figures right whoever writes.
 */
import { execSync } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';
import { OURS } from './lib/queries.mjs';
import { graphqlRequest } from './lib/load.mjs';
import { startBuiltServer, stopProcess } from './lib/processes.mjs';
import { startRecordingApp, measureFloor } from './lib/sql-floor.mjs';
import { sendOnce } from './lib/scenarios.mjs';
import { summarize, ratio } from './lib/stats.mjs';
import { createScaledDatabase } from './lib/synthetic.mjs';

const runs = Number(process.argv[2] ?? 100);
const factor = Number(process.argv[3] ?? 1);
const baseUrl = process.env.FRESH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rp_bench_fresh';
const sharedDir = process.env.SHARED_DATA_DIR ?? '../shared';
const PEILDATUM = OURS.aggregate.variables.p;
const aggregate = graphqlRequest('/graphql', OURS.aggregate);

const loadBefore = os.loadavg();
await prepareBase();
const url = factor > 1 ? await scaledDatabase() : baseUrl;
const server = await startBuiltServer('.', { databaseUrl: url, sharedDir, timeoutMs: 600_000 });
const client = new pg.Client({ connectionString: url });
await client.connect();
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let result;
try {
  const target = await pickRow();
  const write = async (i) => {
    const t0 = performance.now();
    await client.query('UPDATE fte_count SET fte = fte + $2 WHERE id = $1', [target, i % 2 === 0 ? 1 : -1]);
    return performance.now() - t0;
  };
  for (let i = 0; i < 10; i++) await time(); // warm the server (plans, JIT of our code)
  const writes = [];
  const fresh = [];
  const cached = [];
  for (let i = 0; i < runs; i++) {
    writes.push(await write(i));
    fresh.push(await time());
    cached.push(await time());
  }
  const floor = await measureFreshFloor(write);
  const f = summarize(fresh);
  result = {
    factor,
    database: new URL(url).pathname.slice(1),
    fteRows: Number((await client.query('SELECT count(*) FROM fte_count')).rows[0].count),
    runs,
    writeMs: summarize(writes),
    freshMs: f,
    cachedMs: summarize(cached),
    floor,
    freshP50OverFloorP50: ratio(f.p50, floor.p50),
    loadBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
    loadAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
    commit: execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(),
  };
} finally {
  agent.destroy();
  await client.end();
  await stopProcess(server);
}
console.log(JSON.stringify(result, null, 2));

/** One aggregate over a kept-alive connection (as a browser sends it); its latency in ms. */
function time() {
  const req = aggregate(0);
  const target = new URL(server.base);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const r = http.request(
      { agent, host: target.hostname, port: target.port, method: 'POST', path: req.path, headers: req.headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - t0;
          const body = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200 || body.includes('"errors"')) reject(new Error(body.slice(0, 300)));
          else resolve(ms);
        });
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/** A demo delivery on the measured peildatum at a site with a gemeente (it counts in a province). */
async function pickRow() {
  const { rows } = await client.query(
    `SELECT f.id FROM fte_count f JOIN site s ON s.id = f.site_id
      WHERE f.dataset = 'demo' AND f.scope = 'locatie' AND f.peildatum = $1 AND f.fte > 1 AND s.gemeente_code IS NOT NULL
      ORDER BY f.id LIMIT 1`,
    [PEILDATUM],
  );
  if (!rows[0]) throw new Error('geen demo-fte-rij op de peildatum');
  return rows[0].id;
}

/** The statements of one aggregate right after a write, replayed on one pg connection. */
async function measureFreshFloor(write) {
  const rec = await startRecordingApp({ databaseUrl: url, sharedDataDir: sharedDir });
  try {
    await sendOnce(rec.base, aggregate); // one-time lookups of the app
    await write(0);
    const statements = await rec.capture((base) => sendOnce(base, aggregate));
    await write(1);
    return await measureFloor(url, statements, { runs: Math.max(40, Math.min(runs, 200)) });
  } finally {
    await rec.close();
  }
}

/** Creates and seeds the base database once (PostGIS via scripts/test-env.sh, demo data by a first start). */
async function prepareBase() {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(baseUrl), { pathname: '/postgres' }).href });
  await admin.connect();
  const name = new URL(baseUrl).pathname.slice(1);
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0;
  await admin.end();
  if (!exists) execSync('bash scripts/test-env.sh', { env: { ...process.env, TEST_DB_NAME: name }, stdio: 'ignore' });
  // A start migrates and loads the demo data when it is missing (nothing when it is there).
  await stopProcess(await startBuiltServer('.', { databaseUrl: baseUrl, sharedDir, timeoutMs: 600_000 }));
  const db = new pg.Client({ connectionString: baseUrl });
  await db.connect();
  await db.query('ANALYZE');
  await db.end();
}

/** The scaled copy: made afresh from the base, or the existing one when FRESH_REUSE_SCALED=1. */
async function scaledDatabase() {
  const name = `${new URL(baseUrl).pathname.slice(1)}_${factor}x`;
  if (process.env.FRESH_REUSE_SCALED === '1') {
    const admin = new pg.Client({ connectionString: Object.assign(new URL(baseUrl), { pathname: '/postgres' }).href });
    await admin.connect();
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0;
    await admin.end();
    if (exists) return Object.assign(new URL(baseUrl), { pathname: `/${name}` }).href;
  }
  return (await createScaledDatabase(baseUrl, factor)).url;
}
