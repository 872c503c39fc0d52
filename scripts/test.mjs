#!/usr/bin/env node
/**
 * `npm test`: prepares what the tests need, then runs every suite.
 * - A real PostgreSQL + PostGIS (scripts/test-env.sh) unless TEST_DATABASE_URL is already set;
 *   when it cannot be prepared the integration tests still run against the embedded default,
 *   except on CI (CI=true), where both backends are required.
 * - Vitest: unit and integration suites; then the browser suite (test/e2e) when present, after
 *   scripts/ensure-chromium.sh has made sure Debian's Chromium is installed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = { ...process.env };
const onCi = env.CI === 'true' || env.CI === '1';

if (!env.TEST_DATABASE_URL && env.TEST_POSTGRES !== 'off') {
  const prepared = spawnSync('bash', ['scripts/test-env.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
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
let status = vitest('suites', extra);
if (status === 0 && fs.existsSync('test/e2e/vitest.config.ts') && extra.length === 0) {
  // The browser suite drives Debian's Chromium; install it when missing (root + apt).
  const chromium = run('bash', ['scripts/ensure-chromium.sh']);
  if (chromium !== 0) {
    console.error('[test] Chromium ontbreekt en kon niet worden geïnstalleerd: de browsertests kunnen niet draaien.');
    process.exit(chromium);
  }
  status = vitest('browser', ['--config', 'test/e2e/vitest.config.ts']);
}
// One plain closing line over every suite, for tools that read a run's result from its last line.
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status);

/** Runs Vitest with the default reporter plus a JSON report, and adds its counts to the totals. */
function vitest(label, args) {
  const report = `test-output/vitest-${label}.json`;
  fs.mkdirSync('test-output', { recursive: true });
  fs.rmSync(report, { force: true });
  const code = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += result.numPassedTests ?? 0;
    totals.failed += result.numFailedTests ?? 0;
    totals.skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  }
  return code;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}
