/**
 * First map render, as a first-time visitor gets it: the median of 3 cold loads (a new browser
 * context each: empty cache) of the default view at one level, in headless Chromium with software
 * WebGL (SwiftShader), as on a machine without a GPU. Prints the time from navigation to the app's
 * User Timing marks rp:kaart-grenzen (boundaries drawn) and rp:kaart-klassen (figures in classes).
 *
 *   npm run bench:first-render                  builds, starts the server on a fresh embedded database
 *   BENCH_BASE_URL=http://localhost:4000 node bench/first-render.mjs   measures a running server
 *   BENCH_LEVEL=gemeente, BENCH_RUNS=5, CHROMIUM_PATH=…               other level, runs, browser
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';

const LEVEL = process.env.BENCH_LEVEL ?? 'provincie';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MARKS = ['rp:kaart-grenzen', 'rp:kaart-klassen'];

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts dist/server/main.js on a fresh embedded database; resolves with its URL and a stop function. */
async function startServer() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-bench-render-'));
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server stopte (code ${child.exitCode})`);
    if ((await fetch(`${url}/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}

async function coldLoad(browser, url) {
  // A new context is a first visit: empty HTTP cache, no service worker, no storage.
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${url}/?niveau=${LEVEL}`);
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, MARKS[0], { timeout: 60_000 });
  // A view without any figure never draws classes: reported as null, not waited for forever.
  await page
    .waitForFunction((n) => performance.getEntriesByName(n).length > 0, MARKS[1], { timeout: 10_000 })
    .catch(() => undefined);
  const sample = await page.evaluate(
    (names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null),
    MARKS,
  );
  await context.close();
  return { boundaries: Math.round(sample[0]), classes: sample[1] === null ? null : Math.round(sample[1]) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const server = process.env.BENCH_BASE_URL
    ? { url: process.env.BENCH_BASE_URL.replace(/\/$/, ''), stop: async () => {} }
    : await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox'],
  });
  try {
    await coldLoad(browser, server.url); // warms the server's caches, not the browser's
    const samples = [];
    for (let i = 0; i < RUNS; i += 1) samples.push(await coldLoad(browser, server.url));
    const result = {
      level: LEVEL,
      runs: RUNS,
      firstRenderMs: median(samples.map((s) => s.boundaries)),
      withClassesMs: samples.some((s) => s.classes === null) ? null : median(samples.map((s) => s.classes)),
      samples: samples.map((s) => `${s.boundaries}/${s.classes}`).join(', '),
      loadavg: os.loadavg()[0].toFixed(2),
    };
    console.log(
      `Eerste kaartweergave (${LEVEL}, mediaan van ${RUNS} koude ladingen): ${result.firstRenderMs} ms grenzen, ${result.withClassesMs} ms met klassen`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
