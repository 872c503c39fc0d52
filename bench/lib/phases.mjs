/**
 * The measuring phases of `npm run bench`: SQL floors, our API (and PostGraphile beside it) under
 * load, and the embedded default's start times. Each returns plain objects for results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad } from './load.mjs';
import { startRecordingApp, measureFloor } from './sql-floor.mjs';
import { SCENARIOS, sendOnce } from './scenarios.mjs';
import { freePort, startProcess, stopProcess, healthOk } from './processes.mjs';
import { NODE22, POSTGRAPHILE_SERVER, ensurePostgraphile } from '../postgraphile/runtime.mjs';

// Exactly what `npm start` runs (its Node flags included), without the build that precedes it.
const APP = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start.split(/\s+/).slice(1);

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
      await sendOnce(rec.base, s.ours); // warm one-time lookups of the app
      // The floor is the SQL of an answer computed afresh: results kept per data version
      // (version-cache.ts) are made stale first, so their statements are in the floor too.
      rec.invalidateVersionCaches();
      const statements = await rec.capture((base) => sendOnce(base, s.ours));
      floors[s.id] = await measureFloor(o.url, statements, { runs: o.floorRuns });
      o.log(`  vloer ${s.id}: ${statements.length} statements, p50 ${floors[s.id].p50} ms`);
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

/** Our app (and PostGraphile when o.compare) under load; interleaved per scenario for fairness. */
export async function measureApis(o) {
  const ourPort = await freePort();
  const ours = await startProcess({
    command: process.execPath,
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
    for (const s of SCENARIOS) {
      if (o.only && !o.only.includes(s.id)) continue;
      const r = { ours: await loadScenario(ours.base, s.ours, o, o.concurrencies) };
      if (theirs && s.theirs) r.postgraphile = await loadScenario(theirs.base, s.theirs, o, o.concurrencies);
      results[s.id] = r;
      o.log(
        `  ${s.id}: ${o.concurrencies.map((c) => `c${c} p50 ${r.ours[`c${c}`].p50} ms ${r.ours[`c${c}`].rps}/s${r.postgraphile ? ` (PostGraphile ${r.postgraphile[`c${c}`].p50} ms ${r.postgraphile[`c${c}`].rps}/s)` : ''}`).join('; ')}`,
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
