#!/usr/bin/env node
/**
 * A/B of the scale scenarios (candidate ranking, nested query) between two builds over HTTP at
 * concurrency 1, on the same databases, requests interleaved (A B, B A, …) so that the load of
 * a shared machine hits both alike. Checks first that both builds give the same answer.
 *
 *   node bench/scale-ab.mjs <build A> <build B> <database url>…   (e.g. the 1× and the 100× database)
 *
 * A build folder holds dist/ (npm run build:server), seeds/ and package.json, and reaches
 * node_modules. B starts first, so B's migrations are applied before A reads the database.
 * BENCH_ROUNDS (default 60), BENCH_ONLY (default ranking,nested).
 */
import os from 'node:os';
import path from 'node:path';
import { startBuiltServer, stopProcess } from './lib/processes.mjs';
import { SCENARIOS } from './lib/scenarios.mjs';
import { summarize } from './lib/stats.mjs';

const [dirA, dirB, ...urls] = process.argv.slice(2);
if (!dirA || !dirB || urls.length === 0) {
  console.error('Gebruik: node bench/scale-ab.mjs <map A> <map B> <database-url>…');
  process.exit(2);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);
const only = (process.env.BENCH_ONLY ?? 'ranking,nested').split(',');
const scenarios = SCENARIOS.filter((s) => only.includes(s.id));
let retries = 0;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** One request, timed; a 503 (load shedding when the event loop lags on this shared machine) waits and retries. */
async function send(base, build, attempt = 0) {
  const req = build(0);
  const t = performance.now();
  const res = await fetch(base + req.path, {
    method: req.method ?? 'GET',
    headers: req.headers ? { 'content-type': 'application/json' } : undefined,
    body: req.body,
  });
  const text = await res.text();
  const ms = performance.now() - t;
  if (res.status === 503 && attempt < 5) {
    retries += 1;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return send(base, build, attempt + 1);
  }
  if (!res.ok || text.includes('"errors"')) throw new Error(`${req.path}: ${res.status} ${text.slice(0, 300)}`);
  return { ms, text };
}

for (const url of urls) {
  console.log(`${url.replace(/\/\/[^@]*@/, '//')} — load voor: ${load()}`);
  const b = await startBuiltServer(path.resolve(dirB), {
    databaseUrl: url,
    sharedDir: '../shared',
    timeoutMs: 900_000,
  });
  const a = await startBuiltServer(path.resolve(dirA), {
    databaseUrl: url,
    sharedDir: '../shared',
    timeoutMs: 900_000,
  });
  try {
    for (const s of scenarios) {
      const [ra, rb] = [await send(a.base, s.ours), await send(b.base, s.ours)];
      if (ra.text !== rb.text) throw new Error(`${s.id}: A en B geven een ander antwoord`);
      for (let i = 0; i < 3; i++) (await send(a.base, s.ours), await send(b.base, s.ours));
      const times = { A: [], B: [] };
      for (let i = 0; i < rounds; i++) {
        const order =
          i % 2 === 0
            ? [
                ['A', a],
                ['B', b],
              ]
            : [
                ['B', b],
                ['A', a],
              ];
        for (const [name, server] of order) times[name].push((await send(server.base, s.ours)).ms);
      }
      const [sa, sb] = [summarize(times.A), summarize(times.B)];
      console.log(
        `  ${s.id}: A p50 ${sa.p50} p95 ${sa.p95} ms | B p50 ${sb.p50} p95 ${sb.p95} ms | ` +
          `B/A p50 ${(sb.p50 / sa.p50).toFixed(3)} (n=${rounds}, zelfde antwoord, ${ra.text.length} bytes, ${retries} keer 503) load ${load()}`,
      );
    }
  } finally {
    await stopProcess(a);
    await stopProcess(b);
  }
}
