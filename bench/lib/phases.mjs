/**
 * The measuring phases of `npm run bench`: SQL floors, our API (and PostGraphile beside it) under
 * load, and the embedded default's start times. Each returns plain objects for results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad, combineRounds } from './load.mjs';
import { startRecordingApp, measureFloor } from './sql-floor.mjs';
import { SCENARIOS, sendOnce, sendJson } from './scenarios.mjs';
import { resolveAppPeildatum } from './app-documents.mjs';
import { checkSameData } from './same-data.mjs';
import { freePort, startProcess, stopProcess, healthOk } from './processes.mjs';
import { NODE22, POSTGRAPHILE_SERVER, ensurePostgraphile } from '../postgraphile/runtime.mjs';

// Exactly what `npm start` runs (its Node flags included), without the build that precedes it.
const APP = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start.split(/\s+/).slice(1);

/**
 * The Node binary our server runs on under load. PostGraphile 5 needs Node 22; for a fair
 * comparison ours runs on that same binary (a benchmark choice: the product stays on Node 20).
 * BENCH_OURS_NODE=system runs ours on the Node that runs this script instead.
 */
export function oursNode() {
  return process.env.BENCH_OURS_NODE !== 'system' && fs.existsSync(NODE22) ? NODE22 : process.execPath;
}

/** SQL floor per scenario: capture our statements for one request, replay them on pg. */
export async function measureFloors(o) {
  const rec = await startRecordingApp({ databaseUrl: o.url, sharedDataDir: o.sharedDataDir });
  const floors = {};
  try {
    for (const s of SCENARIOS) {
      if (s.tile === 'cached' || (o.only && !o.only.includes(s.id))) {
        floors[s.id] = null;
        continue;
      }
      try {
        await sendOnce(rec.base, s.ours); // warm one-time lookups of the app
        // The floor is the SQL of an answer computed afresh: results kept per data version
        // (version-cache.ts) are made stale first, so their statements are in the floor too.
        rec.invalidateVersionCaches();
        const statements = await rec.capture((base) => sendOnce(base, s.ours));
        floors[s.id] = await measureFloor(o.url, statements, { runs: o.floorRuns });
        o.log(`  vloer ${s.id}: ${statements.length} statements, p50 ${floors[s.id].p50} ms`);
      } catch (e) {
        // One scenario our API refuses (e.g. after a schema change) must not end the whole run.
        floors[s.id] = null;
        o.log(`  vloer ${s.id}: MISLUKT — ${e.message.slice(0, 300)}`);
      }
    }
  } finally {
    await rec.close();
  }
  return floors;
}

function appEnv(o, port, extra = {}) {
  // All load comes from one address: the per-client rate limit would turn most of it into 429s.
  // Production mode, as deployed (graphql-js, too, skips its development checks then).
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    SHARED_DATA_DIR: o.sharedDataDir,
    RATE_LIMIT_PER_MINUTE: '0',
    ...extra,
  };
  delete env.DATABASE_URL;
  if (o.url) env.DATABASE_URL = o.url;
  return env;
}

/** Loads one scenario at each concurrency; a short warm-up first. */
async function loadScenario(base, build, o, concurrencies, maxRequests) {
  await runLoad({ base, request: build, concurrency: 1, durationMs: o.warmupMs, maxRequests: 20 });
  const out = {};
  for (const c of concurrencies)
    out[`c${c}`] = await runLoad({ base, request: build, concurrency: c, durationMs: o.durationMs, maxRequests });
  return out;
}

/**
 * A/B: per concurrency, o.rounds rounds of ours then theirs (ours, theirs, ours, theirs, …), each
 * o.durationMs, so that a change in machine load hits both sides alike; rounds combined per side.
 */
async function loadAB(ours, theirs, s, o) {
  for (const [base, build] of [
    [ours, s.ours],
    [theirs, s.theirs],
  ])
    await runLoad({ base, request: build, concurrency: 1, durationMs: o.warmupMs, maxRequests: 20 });
  const r = { ours: {}, postgraphile: {} };
  for (const c of o.concurrencies) {
    const rounds = { ours: [], postgraphile: [] };
    for (let i = 0; i < o.rounds; i++) {
      rounds.ours.push(await runLoad({ base: ours, request: s.ours, concurrency: c, durationMs: o.durationMs }));
      rounds.postgraphile.push(
        await runLoad({ base: theirs, request: s.theirs, concurrency: c, durationMs: o.durationMs }),
      );
    }
    r.ours[`c${c}`] = combineRounds(rounds.ours);
    r.postgraphile[`c${c}`] = combineRounds(rounds.postgraphile);
  }
  return r;
}

/** Our app (and PostGraphile when o.compare) under load; A/B per scenario, after the same-data check. */
export async function measureApis(o) {
  const ourPort = await freePort();
  const ours = await startProcess({
    command: o.node ?? oursNode(),
    args: APP,
    env: appEnv(o, ourPort),
    readyUrl: `http://127.0.0.1:${ourPort}/health`,
    ready: healthOk,
  });
  ours.base = `http://127.0.0.1:${ourPort}`;
  let theirs = null;
  const results = {};
  try {
    if (o.compare) {
      ensurePostgraphile(o.log);
      const port = await freePort();
      theirs = await startProcess({
        command: NODE22,
        args: [POSTGRAPHILE_SERVER],
        env: { DATABASE_URL: o.url, PORT: String(port), GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
        readyUrl: `http://127.0.0.1:${port}/graphql`,
        ready: (r) => r.status < 500,
      });
      theirs.base = `http://127.0.0.1:${port}`;
    }
    await resolveAppPeildatum(ours.base);
    for (const s of SCENARIOS) {
      if (o.only && !o.only.includes(s.id)) continue;
      const loadAvg = os.loadavg()[0];
      let r;
      if (theirs && s.theirs) {
        const [a, b] = [await sendJson(ours.base, s.ours), await sendJson(theirs.base, s.theirs)];
        const same = checkSameData(s.check, a.body, b.body);
        if (!same.same) {
          // A ratio over different answers says nothing: the scenario fails, untimed.
          results[s.id] = { failed: `niet dezelfde gegevens: ${same.detail}`, loadAvg };
          o.log(`  ${s.id}: MISLUKT — niet dezelfde gegevens: ${same.detail}`);
          continue;
        }
        r = { ...(await loadAB(ours.base, theirs.base, s, o)), same: same.detail, bytes: [a.bytes, b.bytes] };
      } else r = { ours: await loadScenario(ours.base, s.ours, o, o.concurrencies) };
      r.loadAvg = Math.round(((loadAvg + os.loadavg()[0]) / 2) * 100) / 100;
      results[s.id] = r;
      o.log(
        `  ${s.id} (load ${r.loadAvg}): ${o.concurrencies.map((c) => `c${c} p50 ${r.ours[`c${c}`].p50} ms ${r.ours[`c${c}`].rps}/s${r.postgraphile ? ` (PostGraphile ${r.postgraphile[`c${c}`].p50} ms ${r.postgraphile[`c${c}`].rps}/s)` : ''}`).join('; ')}`,
      );
    }
  } finally {
    await stopProcess(ours);
    await stopProcess(theirs);
  }
  return results;
}

/** Embedded default: cold start (empty data folder), warm start, then the reads at concurrency 1. */
export async function measureEmbedded(o) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-bench-embedded-'));
  const start = async (extra) => {
    const port = await freePort();
    const proc = await startProcess({
      command: process.execPath,
      args: APP,
      env: appEnv({ ...o, url: null }, port, { DATA_DIR: dataDir, ...extra }),
      readyUrl: `http://127.0.0.1:${port}/health`,
      ready: healthOk,
      timeoutMs: 300_000,
    });
    proc.base = `http://127.0.0.1:${port}`;
    return proc;
  };
  try {
    const cold = await start({});
    await stopProcess(cold);
    const warm = await start({});
    await stopProcess(warm);
    const demo = await start({ DEMO_DATA: 'true' });
    const reads = {};
    try {
      await resolveAppPeildatum(demo.base);
      for (const s of SCENARIOS) {
        if (o.only && !o.only.includes(s.id)) continue;
        reads[s.id] = { ours: await loadScenario(demo.base, s.ours, o, [1]) };
        o.log(`  embedded ${s.id}: p50 ${reads[s.id].ours.c1.p50} ms, ${reads[s.id].ours.c1.rps}/s`);
      }
    } finally {
      await stopProcess(demo);
    }
    return { coldStartMs: cold.startMs, warmStartMs: warm.startMs, demoLoadStartMs: demo.startMs, reads };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
