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
let status = run('npx', ['vitest', 'run', ...extra]);
if (status === 0 && fs.existsSync('test/e2e/vitest.config.ts') && extra.length === 0) {
  // The browser suite drives Debian's Chromium; install it when missing (root + apt).
  const chromium = run('bash', ['scripts/ensure-chromium.sh']);
  if (chromium !== 0) {
    console.error('[test] Chromium ontbreekt en kon niet worden geïnstalleerd: de browsertests kunnen niet draaien.');
    process.exit(chromium);
  }
  status = run('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts']);
}
process.exit(status);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}
