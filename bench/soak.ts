/**
 * Soak test: a bounded load on loopback against the real server (node dist/server/main.js,
 * started here as a child process) on a real PostgreSQL, with a PostgreSQL restart half-way and
 * the attacks of issue 14 (soak-attacks.ts: a fragment bomb, 12 search strings of 1.9 MB, a table
 * locked by another session) on the way. Reports requests, errors, error rate, p50/p99, the
 * recovery time after the restart, and the load and /health during each attack.
 *
 *   npm run soak                         # 60 s, 32 concurrent clients, restart at 30 s
 *   SOAK_SECONDS=20 SOAK_CLIENTS=8 SOAK_RESTART=off SOAK_ATTACKS=off npm run soak
 *   SOAK_DATABASE_URL=postgres://… npm run soak   (default: database rp_soak via scripts/test-env.sh)
 *
 * Traffic goes only to 127.0.0.1. The restart uses the machine's own cluster
 * (SOAK_RESTART_CMD, default `pg_ctlcluster --skip-systemctl-redirect 15 main restart`).
 */
import { exec, execSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAttacks, type AttackRun } from './soak-attacks.js';
import { attackWindows, outage, summarise, type Sample } from './soak-stats.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 32);
const RESTART = process.env.SOAK_RESTART !== 'off';
const ATTACKS = process.env.SOAK_ATTACKS !== 'off';
const RESTART_CMD = process.env.SOAK_RESTART_CMD ?? 'pg_ctlcluster --skip-systemctl-redirect 15 main restart';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A mix of what the map and other teams ask for: aggregates, searches, single records, health. */
const REQUESTS: { path: string; body?: string }[] = [
  {
    path: '/graphql',
    body: JSON.stringify({ query: '{ regions(kind: provincie) { totalCount nodes { code name } } }' }),
  },
  {
    path: '/graphql',
    body: JSON.stringify({
      query: '{ sites(first: 20, filter: { search: "den" }) { totalCount nodes { id name city } } }',
    }),
  },
  { path: '/graphql', body: JSON.stringify({ query: '{ stations(first: 50) { totalCount nodes { code name } } }' }) },
  { path: '/graphql', body: JSON.stringify({ query: '{ serviceInfo { databaseMode } }' }) },
];

function databaseUrl(): string {
  if (process.env.SOAK_DATABASE_URL) return process.env.SOAK_DATABASE_URL;
  const out = execSync('bash scripts/test-env.sh', {
    cwd: root,
    env: { ...process.env, TEST_DB_NAME: 'rp_soak' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim().split('\n').pop()!;
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitHealthy(base: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const ok = await fetch(`${base}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server niet gezond binnen ${timeoutMs} ms`);
}

async function one(base: string, index: number, t0: number): Promise<Sample> {
  const request = REQUESTS[index % REQUESTS.length]!;
  const at = performance.now() - t0;
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    return {
      at,
      ms: performance.now() - t0 - at,
      ok: response.status === 200 && !body.errors,
      status: response.status,
      code,
    };
  } catch (error) {
    return { at, ms: performance.now() - t0 - at, ok: false, status: 0, code: (error as Error).name };
  }
}

async function checkHealth(base: string, t0: number): Promise<Sample> {
  const at = performance.now() - t0;
  try {
    const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(15_000) });
    await response.arrayBuffer();
    return { at, ms: performance.now() - t0 - at, ok: response.status === 200, status: response.status };
  } catch (error) {
    return { at, ms: performance.now() - t0 - at, ok: false, status: 0, code: (error as Error).name };
  }
}

async function main(): Promise<void> {
  const url = databaseUrl();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '0',
      NODE_ENV: 'development',
    },
  });
  try {
    await waitHealthy(base, 180_000);
    console.log(
      `[soak] ${CLIENTS} clients, ${SECONDS} s, herstart van PostgreSQL: ${RESTART ? `na ${SECONDS / 2} s` : 'uit'}, aanvallen: ${ATTACKS ? 'aan' : 'uit'}`,
    );
    const samples: Sample[] = [];
    const health: Sample[] = [];
    const t0 = performance.now();
    const end = t0 + SECONDS * 1000;
    let counter = 0;
    const worker = async () => {
      while (performance.now() < end) samples.push(await one(base, counter++, t0));
    };
    const healthChecks = async () => {
      while (performance.now() < end) {
        health.push(await checkHealth(base, t0));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const restart = RESTART ? restartHalfway(t0) : Promise.resolve(undefined);
    const attacks: Promise<AttackRun[]> = ATTACKS
      ? runAttacks({ base, databaseUrl: url, t0, seconds: SECONDS })
      : Promise.resolve([]);
    await Promise.all([...Array.from({ length: CLIENTS }, worker), healthChecks(), restart, attacks]);
    const times = await restart;
    const report = {
      ...summarise(samples, SECONDS),
      health: summarise(health, SECONDS),
      restart: times ? outage(samples, times.restartAt, times.backAt) : 'uit',
      attacks: ATTACKS ? attackWindows(samples, health, await attacks) : 'uit',
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

async function restartHalfway(t0: number): Promise<{ restartAt: number; backAt: number }> {
  await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2));
  const restartAt = performance.now() - t0;
  console.log(`[soak] PostgreSQL herstarten: ${RESTART_CMD}`);
  // Asynchronously: the load keeps running (and measuring) while PostgreSQL restarts.
  await run(RESTART_CMD);
  await run('for i in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.2; done');
  const backAt = performance.now() - t0;
  console.log(`[soak] PostgreSQL weer bereikbaar na ${Math.round(backAt - restartAt)} ms`);
  return { restartAt, backAt };
}

const run = (command: string) => promisify(exec)(command, { shell: '/bin/bash' });

await main();
