#!/usr/bin/env node
/**
 * The three typical requests of issue 19 where we lost to PostGraphile, in ONE run: two builds of
 * ours (before / after, each a checkout with a built dist/) and PostGraphile 5 on one database,
 * at concurrency 1 and 16, rounds alternating the order (A, B, P / P, B, A, …) so all see the same
 * load; then the SQL floor of each build (the statements one request sends, captured in a child
 * process, replayed on plain pg; warm = as served with the per-data-version cache filled).
 *   node bench/plan-pgl.mjs <dirA> <dirB>
 * Env: PLAN_DATABASE_URL (default rp_bench_plan, seeded by the first start, setup.sql applied),
 * PLAN_DURATION_MS (default 5000), PLAN_ROUNDS (default 2), PLAN_ONLY (comma list of scenarios).
 * Prints a JSON summary. Traffic goes to 127.0.0.1 only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { graphqlAnswer as answer, graphqlRequest, runLoad } from './lib/load.mjs';
import { freePort, startBuiltServer, startProcess, stopProcess } from './lib/processes.mjs';
import { NODE22, POSTGRAPHILE_SERVER, ensurePostgraphile } from './postgraphile/runtime.mjs';
import { POINT as UTRECHT, ZWOLLE_SQUARE } from './lib/queries.mjs';

const DATABASE_URL = process.env.PLAN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rp_bench_plan';
const DURATION_MS = Number(process.env.PLAN_DURATION_MS ?? 5000);
const ROUNDS = Number(process.env.PLAN_ROUNDS ?? 2);
const SHARED = path.resolve(process.env.SHARED_DATA_DIR ?? '../shared');

const POINT = { type: 'Point', coordinates: [UTRECHT.lon, UTRECHT.lat] };

const ALL = {
  'radius-50': {
    ours: {
      query: `query($p: GeoJSON!) { sites(first: 50, filter: { dataset: demo, nearby: { point: $p, radiusM: 25000 } }, orderBy: { field: DISTANCE }) { edges { distanceM node { id name } } } }`,
      variables: { p: POINT },
    },
    theirs: {
      query: `query($lon: Float!, $lat: Float!) { pglBenchSitesNearby(lon: $lon, lat: $lat, radiusM: 25000, dataset: "demo", first: 50) { nodes { rowId name distanceM } } }`,
      variables: UTRECHT,
    },
  },
  'radius-50-total': {
    ours: {
      query: `query($p: GeoJSON!) { sites(first: 50, filter: { dataset: demo, nearby: { point: $p, radiusM: 25000 } }, orderBy: { field: DISTANCE }) { totalCount edges { distanceM node { id name } } } }`,
      variables: { p: POINT },
    },
    theirs: {
      query: `query($lon: Float!, $lat: Float!) { pglBenchSitesNearby(lon: $lon, lat: $lat, radiusM: 25000, dataset: "demo", first: 50) { totalCount nodes { rowId name distanceM } } }`,
      variables: UTRECHT,
    },
  },
  'zwolle-fte': {
    ours: {
      query: `query($g: GeoJSON!) { regions(kind: gemeente, intersects: $g, first: 100) { nodes { code name fte(peildatum: "2024-01-01", dataset: demo) { fte { value } } } } }`,
      variables: { g: ZWOLLE_SQUARE },
    },
    theirs: {
      query: `query($g: String!) { pglBenchRegionsIntersecting(geojson: $g, kind: "gemeente", first: 100) { nodes { code name fte(peildatum: "2024-01-01", dataset: "demo") } } }`,
      variables: { g: JSON.stringify(ZWOLLE_SQUARE) },
    },
  },
  'sites-100-orgs': {
    ours: {
      query: `{ sites(first: 100, filter: { dataset: demo }) { nodes { name kind organisations { nodes { name } } } } }`,
    },
    theirs: {
      query: `{ allSites(first: 100, condition: { dataset: "demo" }, orderBy: NAME_ASC) { nodes { name kind siteOrganisationsBySiteId { nodes { organisationByOrganisationId { name } } } } } }`,
    },
  },
};
const SCENARIOS = Object.fromEntries(
  Object.entries(ALL).filter(([id]) => !process.env.PLAN_ONLY || process.env.PLAN_ONLY.split(',').includes(id)),
);

/** In a child process (one app per process): the statements one request of each document sends. */
async function capture(dir) {
  const { startRecordingApp } = await import(pathToFileURL(path.join(dir, 'bench/lib/sql-floor.mjs')).href);
  const rec = await startRecordingApp({ databaseUrl: DATABASE_URL, sharedDataDir: SHARED });
  const out = {};
  for (const [id, s] of Object.entries(SCENARIOS)) {
    await answer(rec.base, s.ours);
    out[id] = await rec.capture((base) => answer(base, s.ours));
  }
  await rec.close();
  console.log(JSON.stringify(out));
}

async function floors(captured) {
  const { measureFloor } = await import('./lib/sql-floor.mjs');
  const out = captured.map(() => ({}));
  for (const id of Object.keys(SCENARIOS)) {
    const runs = captured.map(() => []);
    for (let round = 0; round < 3; round++)
      for (const [i, statements] of captured.entries())
        runs[i].push((await measureFloor(DATABASE_URL, statements[id], { runs: 100 })).p50);
    for (const [i, statements] of captured.entries())
      out[i][id] = {
        statements: statements[id].length,
        p50: [...runs[i]].sort((x, y) => x - y)[1],
        sql: statements[id].map((s) => s.sql.replace(/\s+/g, ' ').slice(0, 200)),
      };
  }
  return out;
}

async function startPostgraphile() {
  ensurePostgraphile();
  const port = await freePort();
  const proc = await startProcess({
    command: NODE22,
    args: [POSTGRAPHILE_SERVER],
    env: { DATABASE_URL, PORT: String(port), GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
    readyUrl: `http://127.0.0.1:${port}/graphql`,
    ready: (r) => r.status < 500,
  });
  return { ...proc, base: `http://127.0.0.1:${port}` };
}

async function main(dirs) {
  const labels = ['A', 'B'];
  const servers = {};
  servers.A = await startBuiltServer(dirs[0], { databaseUrl: DATABASE_URL, sharedDir: SHARED, timeoutMs: 900_000 });
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(fs.readFileSync('bench/postgraphile/setup.sql', 'utf8'));
  await client.query('ANALYZE');
  await client.end();
  servers.B = await startBuiltServer(dirs[1], { databaseUrl: DATABASE_URL, sharedDir: SHARED, timeoutMs: 900_000 });
  servers.P = await startPostgraphile();
  const results = {};
  const loadavg = [os.loadavg()];
  try {
    for (const [id, s] of Object.entries(SCENARIOS)) {
      const docs = { A: s.ours, B: s.ours, P: s.theirs };
      const [a, b] = await Promise.all(labels.map((l) => answer(servers[l].base, s.ours)));
      if (a !== b) console.warn(`[plan-pgl] ${id}: answers of A and B differ`);
      await answer(servers.P.base, s.theirs);
      for (const c of [1, 16]) {
        for (let round = 0; round < ROUNDS; round++) {
          const order = round % 2 === 0 ? ['A', 'B', 'P'] : ['P', 'B', 'A'];
          for (const label of order) {
            const request = graphqlRequest('/graphql', docs[label]);
            await runLoad({ base: servers[label].base, request, concurrency: c, durationMs: 500 });
            const run = await runLoad({ base: servers[label].base, request, concurrency: c, durationMs: DURATION_MS });
            if (run.errors) throw new Error(`${id} ${label}: ${run.firstError}`);
            (results[`${id} c${c}`] ??= { A: [], B: [], P: [] })[label].push({
              rps: run.rps,
              p50: run.p50,
              p95: run.p95,
            });
          }
        }
        const r = results[`${id} c${c}`];
        const mean = (xs) => Math.round((xs.reduce((t, x) => t + x.rps, 0) / xs.length) * 10) / 10;
        r.rps = { A: mean(r.A), B: mean(r.B), P: mean(r.P) };
        r.ratio = {
          A: Math.round((r.rps.A / r.rps.P) * 100) / 100,
          B: Math.round((r.rps.B / r.rps.P) * 100) / 100,
        };
        console.error(`${id} c${c}: ${JSON.stringify(r.rps)} ours/PostGraphile ${JSON.stringify(r.ratio)}`);
      }
      loadavg.push(os.loadavg());
    }
  } finally {
    for (const s of Object.values(servers)) await stopProcess(s);
  }
  const captured = dirs.map((dir) => {
    const child = spawnSync(process.execPath, [path.resolve(process.argv[1]), 'capture', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: process.env,
    });
    if (child.status !== 0) throw new Error(child.stderr.slice(-2000));
    return JSON.parse(child.stdout.trim().split('\n').at(-1));
  });
  const floor = await floors(captured);
  for (const [i, l] of labels.entries())
    for (const id of Object.keys(SCENARIOS)) {
      const p50 = Math.min(...results[`${id} c1`][l].map((r) => r.p50));
      floor[i][id].oursP50c1 = p50;
      floor[i][id].oursOverFloor = Math.round((p50 / floor[i][id].p50) * 100) / 100;
    }
  loadavg.push(os.loadavg());
  console.log(
    JSON.stringify({ dirs, durationMs: DURATION_MS, rounds: ROUNDS, loadavg, results, floors: floor }, null, 2),
  );
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'capture') await capture(path.resolve(rest[0]));
else await main([command, ...rest].map((d) => path.resolve(d)));
