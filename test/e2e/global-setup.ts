/**
 * Builds the web app (vite build) and the server (tsc), then starts the real server on the
 * embedded default: fresh DATA_DIR in a temp folder, a free port, first-start seeding included.
 * Provides its URL to the tests and stops it (and removes the folder) afterwards.
 *
 * The server runs as production runs it (NODE_ENV=production: introspection off, only hashed
 * tokens, HSTS), so the browser tests exercise what users get. E2E_NODE_ENV=test starts it with
 * development defaults instead (introspection on, GraphiQL), e.g. to debug with GraphiQL.
 */
import { createHash, randomBytes } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TestProject } from 'vitest/node';
import { buildServerOnce } from '../support/server-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outputDir: string;
    /** A planner token this server accepts (API_TOKENS), for the planner screens. */
    plannerToken: string;
    /** NODE_ENV of the server under test ('unknown' for E2E_BASE_URL without E2E_NODE_ENV). */
    nodeEnv: string;
  }
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const outputDir = path.resolve('test-output', 'e2e');
  fs.mkdirSync(outputDir, { recursive: true });
  project.provide('outputDir', outputDir);
  // E2E_BASE_URL: test an instance that is already running (e.g. a merged build with seeds).
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL.replace(/\/$/, ''));
    project.provide('plannerToken', process.env.E2E_PLANNER_TOKEN ?? '');
    project.provide('nodeEnv', process.env.E2E_NODE_ENV ?? 'unknown');
    return;
  }
  if (process.env.E2E_SKIP_BUILD !== '1') {
    build('npx', ['vite', 'build', '--config', 'web/vite.config.ts']);
    buildServerOnce(); // shared with the integration tests' CLI runs: one tsc build per source state
    reportBundleSize(outputDir);
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-e2e-'));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const plannerToken = `e2e-${randomBytes(24).toString('hex')}`;
  const nodeEnv = process.env.E2E_NODE_ENV ?? 'production';
  // Production accepts only the hashed form (naam:rol:sha256:<hex>); the browser signs in with the token itself.
  const hashed = createHash('sha256').update(plannerToken).digest('hex');
  // A free port chosen here, so the URL does not depend on the server's log wording.
  const port = await freePort();
  server = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: process.env.E2E_DEMO_DATA ?? 'true',
      NODE_ENV: nodeEnv,
      API_TOKENS: `e2e-planner:planner:sha256:${hashed}`,
      // The guard stays on, with room: in CI this server shares two cores with the other suites,
      // and a loop that lags a second there is the machine, not the service (http-pressure tests it).
      MAX_EVENT_LOOP_DELAY_MS: '5000',
      // GRAPHQL_INTROSPECTION is left to NODE_ENV (production: off), whatever the caller's shell says.
      GRAPHQL_INTROSPECTION: undefined,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  project.provide('plannerToken', plannerToken);
  project.provide('nodeEnv', nodeEnv);
}

export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

function build(command: string, args: string[]): void {
  // Vitest sets NODE_ENV=test; a build under it would bundle React's development build.
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} mislukte (${result.status})`);
}

/**
 * Gzip size of the production bundle (reported, not asserted) into test-output/e2e/metrics.json.
 * First load = what index.html loads before anything else (its scripts, stylesheets and module
 * preloads); the MapLibre worker is fetched next, before the map can draw; the rest is lazy.
 */
function reportBundleSize(outputDir: string): void {
  const web = path.resolve('dist', 'web');
  const assets = path.join(web, 'assets');
  const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;
  const kb = (files: string[]) => Math.round(files.reduce((sum, f) => sum + gz(path.join(assets, f)), 0) / 1024);
  const all = fs.readdirSync(assets).filter((f) => !f.endsWith('.map'));
  const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
  const initial = [...new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]!))];
  const worker = all.filter((f) => f.includes('worker'));
  const lazy = all.filter((f) => !initial.includes(f) && !worker.includes(f));
  const sizes = {
    'bundel gzip KB: eerste lading (index.html + js + css)': Math.round(
      (kb(initial) * 1024 + gz(path.join(web, 'index.html'))) / 1024,
    ),
    'bundel KB ongecomprimeerd: eerste lading': Math.round(
      initial.reduce((sum, f) => sum + fs.statSync(path.join(assets, f)).size, 0) / 1024,
    ),
    'bundel gzip KB: maplibre-worker (voor de eerste kaart)': kb(worker),
    'bundel gzip KB: lazy (plannerschermen e.d.)': kb(lazy),
    'bundel: bestanden eerste lading': initial.join(', '),
  };
  const file = path.join(outputDir, 'metrics.json');
  fs.writeFileSync(file, JSON.stringify(sizes, null, 2));
  console.log('[meting]', sizes);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits for /health (first start seeds the database: up to a few minutes on 2 cores). */
async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server stopte (code ${child.exitCode}):\n${output}`);
    const response = await fetch(`${baseUrl}/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server werd niet gezond binnen 240 s:\n${output}`);
}
