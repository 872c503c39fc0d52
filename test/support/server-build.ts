/**
 * The compiled server (tsc -p tsconfig.build.json into dist/, as `npm run build:server`) for the
 * tests that run a CLI as a child process. Compiled once: dist/.test-build-key records the
 * sources it was built from, so a second test file, or a later run on unchanged sources,
 * reuses it instead of running another full tsc build.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { sourceKey } from './source-key.js';

const KEY_FILE = 'dist/.test-build-key';
const SOURCES = ['server', 'geo', 'common', 'seeds', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** Builds dist/ unless it was built from exactly these sources; returns whether it compiled. */
export function buildServerOnce(): boolean {
  const key = sourceKey(SOURCES);
  if (fs.existsSync(KEY_FILE) && fs.readFileSync(KEY_FILE, 'utf8') === key) return false;
  const build = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`tsc -p tsconfig.build.json faalde:\n${build.stdout}${build.stderr}`);
  fs.writeFileSync(KEY_FILE, key);
  return true;
}
