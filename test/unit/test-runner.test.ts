/**
 * `npm test` (scripts/test.mjs) before any suite: a checkout without the shared data folder stops
 * at once with one line saying what is missing and how to provide it; then lint, typecheck and the
 * dependency rules run in that order and the first failure stops the run with one line.
 * Each case runs the real script in a throw-away checkout beside (or without) a shared folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('scripts/test.mjs');
let root: string;

function checkout(scripts: Record<string, string> = {}, withShared = false): string {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-test-runner-'));
  const repo = path.join(root, 'checkout');
  fs.mkdirSync(path.join(repo, 'scripts'), { recursive: true });
  fs.copyFileSync(SCRIPT, path.join(repo, 'scripts', 'test.mjs'));
  fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'x', private: true, scripts }));
  // Keeps npx from reaching for the registry should the script get as far as Vitest.
  fs.symlinkSync(path.resolve('node_modules'), path.join(repo, 'node_modules'));
  if (withShared) {
    fs.mkdirSync(path.join(root, 'shared', 'geo'), { recursive: true });
    fs.mkdirSync(path.join(root, 'shared', 'data'));
    fs.writeFileSync(path.join(root, 'shared', 'geo', 'cbs_provincie_2025.geojson'), '{}');
    fs.writeFileSync(path.join(root, 'shared', 'data', 'stations_nl.csv'), 'code\n');
  }
  return repo;
}

function runTests(cwd: string, env: Record<string, string> = {}) {
  // Under `npm test` the environment carries npm's own variables (npm_config_local_prefix names
  // this checkout): the throw-away checkout must be its own npm project.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SHARED_DATA_DIR|TEST_|CI$|npm_|INIT_CWD$)/i.test(k)),
  );
  const started = Date.now();
  const result = spawnSync(process.execPath, ['scripts/test.mjs'], {
    cwd,
    encoding: 'utf8',
    env: { ...clean, TEST_POSTGRES: 'off', ...env },
    timeout: 60_000,
  });
  return {
    ...result,
    seconds: (Date.now() - started) / 1000,
    errLines: result.stderr.trim().split('\n').filter(Boolean),
  };
}

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm test without the shared data folder', () => {
  it('stops at once with one line that names the folder and how to provide it', () => {
    const result = runTests(checkout({ lint: "node -e \"require('fs').writeFileSync('linted', '')\"" }));
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(15); // at once: the suites would take minutes
    expect(result.errLines).toHaveLength(1);
    expect(result.errLines[0]).toMatch(
      /^\[test\] Geen gedeelde datamap: \.\.\/shared mist de CBS-grenzen .*SHARED_DATA_DIR=<map>/,
    );
    expect(fs.existsSync(path.join(root, 'checkout', 'linted'))).toBe(false);
  });

  it('names a configured SHARED_DATA_DIR that does not hold the data', () => {
    const result = runTests(checkout(), { SHARED_DATA_DIR: path.join(os.tmpdir(), 'rp-no-such-folder') });
    expect(result.status).toBe(1);
    expect(result.errLines).toEqual([expect.stringMatching(/SHARED_DATA_DIR=.*rp-no-such-folder mist/)]);
  });
});

describe('npm test static checks', () => {
  const touch = (name: string) => `node -e "require('fs').writeFileSync('${name}', '')"`;

  it('runs lint first and stops on its failure with one line, before the typecheck', () => {
    const repo = checkout({ lint: 'node -e "process.exit(3)"', 'typecheck:all': touch('typechecked') }, true);
    const result = runTests(repo);
    expect(result.status).toBe(3);
    expect(result.errLines).toEqual([
      '[test] npm run lint faalde (exit 3): herstel de meldingen hierboven; de testsuites zijn niet gestart.',
    ]);
    expect(fs.existsSync(path.join(repo, 'typechecked'))).toBe(false);
  });

  it('runs the typecheck, then the dependency rules when package.json defines lint:deps', () => {
    const repo = checkout(
      { lint: touch('linted'), 'typecheck:all': touch('typechecked'), 'lint:deps': 'node -e "process.exit(4)"' },
      true,
    );
    const result = runTests(repo);
    expect(result.status).toBe(4);
    expect(result.errLines.at(-1)).toMatch(/^\[test\] npm run lint:deps faalde \(exit 4\)/);
    expect(fs.existsSync(path.join(repo, 'linted')) && fs.existsSync(path.join(repo, 'typechecked'))).toBe(true);
  });
});

describe('npm test when tests fail', () => {
  it('ends with one line per failure, a failed beforeAll included, before the closing count', () => {
    const repo = checkout({}, true);
    fs.mkdirSync(path.join(repo, 'test', 'support'), { recursive: true });
    fs.copyFileSync(path.resolve('test/support/failure-digest.ts'), path.join(repo, 'test/support/failure-digest.ts'));
    fs.writeFileSync(
      path.join(repo, 'test', 'digest.test.ts'),
      [
        "import { beforeAll, describe, expect, it } from 'vitest';",
        "describe('seeded', () => {",
        "  beforeAll(() => { throw new Error('database gone'); });",
        "  it('reads', () => expect(1).toBe(1));",
        "  it('writes', () => expect(1).toBe(1));",
        '});',
        "it('adds', () => expect(1 + 1).toBe(3));",
        "it('subtracts', () => expect(1 - 1).toBe(0));",
      ].join('\n'),
    );
    const result = runTests(repo, { TEST_CHECKS: 'off' });
    const tail = result.stdout.trim().split('\n').slice(-4);
    expect(result.status).toBe(1);
    expect(tail[0]).toBe('[test] mislukt (2):');
    expect(tail.slice(1, 3).sort()).toEqual([
      expect.stringMatching(/^ {2}suites: test\/digest\.test\.ts > adds: expected 2 to be 3/),
      expect.stringMatching(/^ {2}suites: test\/digest\.test\.ts > seeded \(hook\): database gone$/),
    ]);
    expect(tail[3]).toBe('Tests: 1 passed, 1 failed, 2 skipped');
  });
});
