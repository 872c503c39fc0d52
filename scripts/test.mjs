#!/usr/bin/env node
/**
 * `npm test`: checks, prepares what the tests need, then runs every suite.
 * - The shared data folder first (CBS boundaries, stations, published figures: files of third
 *   parties, not in this repository): missing, it stops at once with one line saying what to do.
 * - Then the static checks, each failing fast with one line: `npm run format:check` (Prettier), `npm run lint`,
 *   `npm run typecheck:all`
 *   and `npm run lint:deps` (the dependency rules) when package.json has it. TEST_CHECKS=off skips them.
 * - A real PostgreSQL + PostGIS (scripts/test-env.sh) unless TEST_DATABASE_URL is already set;
 *   when it cannot be prepared the integration tests still run against the embedded default,
 *   except on CI (CI=true), where both backends are required.
 * - Vitest: unit and integration suites, and beside them the browser suite (test/e2e) when
 *   present, after scripts/ensure-chromium.sh has made sure Debian's Chromium is installed
 *   (TEST_LANES=serial runs the browser suite after the others, as before).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const env = { ...process.env };
const onCi = env.CI === 'true' || env.CI === '1';

const missing = missingSharedData();
if (missing) {
  console.error(`[test] ${missing}`);
  process.exit(1);
}
if (env.TEST_CHECKS !== 'off') staticChecks();

if (!env.TEST_DATABASE_URL && env.TEST_POSTGRES !== 'off') {
  const prepared = spawnSync('bash', ['scripts/test-env.sh'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = prepared.stdout.trim().split('\n').pop();
  if (prepared.status === 0 && url) {
    env.TEST_DATABASE_URL = url;
    console.log(`[test] PostgreSQL + PostGIS: ${url}`);
  } else if (onCi) {
    console.error('[test] PostgreSQL + PostGIS kon niet worden voorbereid; op CI is dat verplicht.');
    process.exit(1);
  } else {
    console.warn('[test] Geen PostgreSQL + PostGIS: alleen de ingebouwde database wordt getest.');
  }
}

const extra = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
/** What failed, one line each, printed last: a CI log that keeps only its tail still says what and why. */
const failures = [];
const DIGEST = '--reporter=./test/support/failure-digest.ts';
const withBrowser = fs.existsSync('test/e2e/vitest.config.ts') && extra.length === 0;
if (withBrowser) {
  // The browser suite drives Debian's Chromium; install it when missing (root + apt).
  const chromium = spawnSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit', env }).status ?? 1;
  if (chromium !== 0) {
    console.error('[test] Chromium ontbreekt en kon niet worden geïnstalleerd: de browsertests kunnen niet draaien.');
    process.exit(chromium);
  }
}
// The browser suite runs beside the unit and integration suites (TEST_LANES=serial: after them):
// the integration files run one at a time and leave most of the second core idle. Its output is
// kept in test-output/vitest-browser.log and printed when both are done, so neither is garbled.
const serial = env.TEST_LANES === 'serial';
const browserLog = 'test-output/vitest-browser.log';
const browser =
  withBrowser && !serial ? vitest('browser', ['--config', 'test/e2e/vitest.config.ts'], browserLog) : null;
const suites = await vitest('suites', extra);
let status = suites;
if (browser) {
  const code = await browser;
  process.stdout.write(`\n[test] browsertests (test/e2e), uitvoer van ${browserLog}:\n`);
  process.stdout.write(fs.readFileSync(browserLog, 'utf8'));
  status ||= code;
} else if (withBrowser && status === 0) {
  status = await vitest('browser', ['--config', 'test/e2e/vitest.config.ts']);
}
if (failures.length > 0) {
  process.stdout.write(`\n[test] mislukt (${failures.length}):\n`);
  for (const line of failures.slice(0, 40)) process.stdout.write(`  ${line}\n`);
}
// One plain closing line over every suite, for tools that read a run's result from its last line.
// A file whose beforeAll failed reports its tests as skipped: the digest above names such files.
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status);

/**
 * Runs Vitest with the default reporter plus a JSON report, and adds its counts to the totals.
 * Its output goes to the terminal, or to logFile when given. Resolves to its exit code.
 */
async function vitest(label, args, logFile) {
  const report = `test-output/vitest-${label}.json`;
  const digest = `test-output/failures-${label}.txt`;
  fs.mkdirSync('test-output', { recursive: true });
  for (const old of [report, digest]) fs.rmSync(old, { force: true });
  const output = logFile ? fs.openSync(logFile, 'w') : 'inherit';
  const child = spawn(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, DIGEST],
    { stdio: ['ignore', output, output], env: { ...env, FAILURE_DIGEST: digest } },
  );
  const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  if (logFile) fs.closeSync(output);
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += result.numPassedTests ?? 0;
    totals.failed += result.numFailedTests ?? 0;
    totals.skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  }
  if (fs.existsSync(digest)) failures.push(...readLines(digest).map((line) => `${label}: ${line}`));
  else if (code !== 0) failures.push(`${label}: Vitest stopped (exit ${code}) without a report`);
  return code;
}

function readLines(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

/**
 * What the tests read from the shared data folder, resolved as server/config.ts does
 * (SHARED_DATA_DIR, else ../shared beside the checkout); a one-line reason when it is not there.
 */
function missingSharedData() {
  const configured = env.SHARED_DATA_DIR?.trim();
  const dir = path.resolve(configured || path.join('..', 'shared'));
  const where = configured ? `SHARED_DATA_DIR=${configured}` : '../shared';
  const geo = path.join(dir, 'geo');
  const hasBoundaries = fs.existsSync(geo) && fs.readdirSync(geo).some((f) => /^cbs_\w+_\d{4}\.geojson$/.test(f));
  const hasData = fs.existsSync(path.join(dir, 'data', 'stations_nl.csv'));
  if (hasBoundaries && hasData) return null;
  const what = hasBoundaries
    ? 'data/stations_nl.csv en de gepubliceerde cijfers (data/*.csv)'
    : 'de CBS-grenzen (geo/cbs_<laag>_<jaar>.geojson) en data/*.csv';
  return `Geen gedeelde datamap: ${where} mist ${what}; zet de gedeelde map naast de checkout als ../shared of wijs hem aan met SHARED_DATA_DIR=<map> (zie CONTRIBUTING.md).`;
}

/** Format, lint, typecheck of server, web and tests, and the dependency rules; the first failure stops the run. */
function staticChecks() {
  const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts ?? {};
  const checks = ['format:check', 'lint', 'typecheck:all', 'lint:deps'].filter(
    (name) => name === 'lint' || name === 'typecheck:all' || scripts[name],
  );
  for (const name of checks) {
    const started = Date.now();
    const code = run('npm', ['run', '--silent', name]);
    if (code !== 0) {
      console.error(
        `[test] npm run ${name} faalde (exit ${code}): herstel de meldingen hierboven; de testsuites zijn niet gestart.`,
      );
      process.exit(code);
    }
    console.log(`[test] npm run ${name}: in orde (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}
