/**
 * The compiled server (tsc -p tsconfig.build.json into dist/, as `npm run build:server`) for the
 * tests that run a CLI as a child process. Compiled once: dist/.test-build-key records the
 * sources it was built from, so a second test file, or a later run on unchanged sources,
 * reuses it instead of running another full tsc build.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { sourceKey } from './source-key.js';

export interface BuildOnce {
  sources: string[];
  keyFile: string;
  compile(): void;
}

/** Runs compile() unless keyFile says the output was built from exactly these sources; returns whether it compiled. */
export function buildOnce({ sources, keyFile, compile }: BuildOnce): boolean {
  const key = sourceKey(sources);
  if (fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) return false;
  fs.rmSync(keyFile, { force: true });
  compile();
  fs.writeFileSync(keyFile, key);
  return true;
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
