#!/usr/bin/env node
/**
 * Before/after of SQL planned from the selection (issue 19), ours only, for the three typical
 * requests of the issue:
 *   node bench/plans.mjs <dirA> <dirB>     (each a checkout with a built dist/)
 * Both builds run as production runs them against one PostgreSQL database with the demo data
 * (PLANS_DATABASE_URL, default rp_bench_plans, seeded on first start), A/B alternating per round
 * at concurrency 1 for PLANS_DURATION_MS (10 s) each; then the SQL floor of each build: the
 * statements one request sends, captured in a child process, replayed on plain pg (A/B alternating).
 * Prints a JSON summary. Traffic goes to 127.0.0.1 only.
 */
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { graphqlAnswer as answer, graphqlRequest, runLoad } from './lib/load.mjs';
import { startBuiltServer, stopProcess } from './lib/processes.mjs';
import { POINT, ZWOLLE_SQUARE } from './lib/queries.mjs';

/** Utrecht Centraal as GeoJSON; the Zwolle square is the benchmark's own (lib/queries.mjs). */
const UTRECHT = { type: 'Point', coordinates: [POINT.lon, POINT.lat] };

const DATABASE_URL = process.env.PLANS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rp_bench_plans';
const DURATION_MS = Number(process.env.PLANS_DURATION_MS ?? 10_000);
const ROUNDS = Number(process.env.PLANS_ROUNDS ?? 2);
const SHARED = path.resolve(process.env.SHARED_DATA_DIR ?? '../shared');

export const DOCUMENTS = {
  'sites-100-organisations': {
    query: `{ sites(first: 100, filter: { dataset: demo }) { nodes { name kind organisations { nodes { name } } } } }`,
  },
  'radius-25km-first-50': {
    query: `query($p: GeoJSON!) { sites(first: 50, filter: { dataset: demo, nearby: { point: $p, radiusM: 25000 } }, orderBy: { field: DISTANCE }) { nodes { id name distanceM } } }`,
    variables: { p: UTRECHT },
  },
  'zwolle-gemeenten-fte': {
    query: `query($g: GeoJSON!) { regions(kind: gemeente, intersects: $g, first: 100) { nodes { code name fte(peildatum: "2024-01-01", dataset: demo) { fte { value } } } } }`,
    variables: { g: ZWOLLE_SQUARE },
  },
};

function start(dir) {
  return startBuiltServer(dir, { databaseUrl: DATABASE_URL, sharedDir: SHARED, timeoutMs: 900_000 });
}

/** In a child process (one app per process): the statements one request of each document sends. */
async function capture(dir) {
  const lib = pathToFileURL(path.join(dir, 'bench/lib/sql-floor.mjs')).href;
  const { startRecordingApp } = await import(lib);
  const rec = await startRecordingApp({ databaseUrl: DATABASE_URL, sharedDataDir: SHARED });
  const out = {};
  for (const [id, doc] of Object.entries(DOCUMENTS)) {
    await answer(rec.base, doc);
    out[id] = await rec.capture((base) => answer(base, doc));
  }
  await rec.close();
  console.log(JSON.stringify(out));
}

/** Floors of both builds, replayed alternately (A, B, A, B, …) so both see the same load; medians. */
async function floors(captured) {
  const { measureFloor } = await import('./lib/sql-floor.mjs');
  const out = captured.map(() => ({}));
  for (const id of Object.keys(DOCUMENTS)) {
    const runs = captured.map(() => []);
    for (let round = 0; round < 5; round++) {
      for (const [i, statements] of captured.entries())
        runs[i].push((await measureFloor(DATABASE_URL, statements[id], { runs: 40 })).p50);
    }
    for (const [i, statements] of captured.entries()) {
      const sorted = [...runs[i]].sort((x, y) => x - y);
      out[i][id] = {
        statements: statements[id].length,
        p50: sorted[2],
        rounds: runs[i],
        sql: statements[id].map((s) => s.sql.replace(/\s+/g, ' ').slice(0, 160)),
      };
    }
  }
  return out;
}

async function main(dirs) {
  const servers = [];
  for (const dir of dirs) servers.push(await start(dir));
  const results = Object.fromEntries(Object.keys(DOCUMENTS).map((id) => [id, dirs.map(() => [])]));
  try {
    for (const [id, doc] of Object.entries(DOCUMENTS)) {
      const answers = await Promise.all(servers.map((s) => answer(s.base, doc)));
      if (new Set(answers).size !== 1) console.warn(`[plans] ${id}: answers differ between builds`);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [id, doc] of Object.entries(DOCUMENTS)) {
        for (const [i, server] of servers.entries()) {
          await runLoad({
            base: server.base,
            request: graphqlRequest('/graphql', doc),
            concurrency: 1,
            durationMs: 1000,
          });
          const run = await runLoad({
            base: server.base,
            request: graphqlRequest('/graphql', doc),
            concurrency: 1,
            durationMs: DURATION_MS,
          });
          if (run.errors) throw new Error(`${id}: ${run.firstError}`);
          results[id][i].push({ p50: run.p50, p95: run.p95, rps: run.rps, load: os.loadavg()[0].toFixed(1) });
        }
      }
    }
  } finally {
    for (const s of servers) await stopProcess(s);
  }
  const captured = dirs.map((dir) => {
    const child = spawnSync(process.execPath, [process.argv[1], 'capture', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: process.env,
    });
    if (child.status !== 0) throw new Error(child.stderr.slice(-2000));
    return JSON.parse(child.stdout.trim().split('\n').at(-1));
  });
  const floor = await floors(captured);
  console.log(JSON.stringify({ dirs, durationMs: DURATION_MS, results, floors: floor }, null, 2));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'capture') await capture(path.resolve(rest[0]));
else await main([command, ...rest].map((d) => path.resolve(d)));
