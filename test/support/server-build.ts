/**
 * The compiled server (tsc -p tsconfig.build.json into dist/, as `npm run build:server`) for the
 * tests that run a CLI as a child process. Compiled once: dist/.test-build-key records the
 * sources it was built from, so a second test file, or a later run on unchanged sources,
 * reuses it instead of running another full tsc build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { sourceKey } from './source-key.js';

export interface BuildOnce {
  sources: string[];
  keyFile: string;
  compile(): void;
}

/**
 * Runs compile() unless keyFile says the output was built from exactly these sources; returns whether it compiled.
 * Under a lock file: npm test runs the browser suite beside the integration suites, and both
 * need the compiled server; the second waits for the first's build and then reuses it.
 */
export function buildOnce({ sources, keyFile, compile }: BuildOnce): boolean {
  const key = sourceKey(sources);
  return withFileLock(`${keyFile}.lock`, () => {
    if (fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) return false;
    fs.rmSync(keyFile, { force: true });
    compile();
    fs.writeFileSync(keyFile, key);
    return true;
  });
}

/** A build takes well under this; a lock older than it was left by a process that died. */
const STALE_LOCK_MS = 10 * 60_000;

function withFileLock<T>(lockFile: string, run: () => T): T {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lockFile, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(lockFile, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200); // a synchronous pause
    }
  }
  try {
    return run();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

export function buildServerOnce(): boolean {
  return buildOnce({
    sources: ['server', 'geo', 'common', 'seeds', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    keyFile: 'dist/.test-build-key',
    compile() {
      const build = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`tsc -p tsconfig.build.json faalde:\n${build.stdout}${build.stderr}`);
    },
  });
}
