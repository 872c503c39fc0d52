/**
 * Tests that need the compiled server share one tsc build (test/support/server-build.ts): a second
 * caller on the same sources gets the existing output; any change to a source compiles again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/server-build.js';
import { sourceKey } from '../support/source-key.js';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('buildOnce', () => {
  it('compiles once for unchanged sources and again after a change', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-build-once-'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'a.ts'), 'export const a = 1;\n');
    let compiled = 0;
    const build = () =>
      buildOnce({ sources: [path.join(dir, 'src')], keyFile: path.join(dir, 'key'), compile: () => void compiled++ });

    expect([build(), build(), build()]).toEqual([true, false, false]);
    expect(compiled).toBe(1);
    fs.writeFileSync(path.join(dir, 'src', 'a.ts'), 'export const a = 2;\n');
    expect(build()).toBe(true);
    fs.writeFileSync(path.join(dir, 'src', 'b.ts'), 'export const b = 1;\n');
    expect(build()).toBe(true);
    expect(compiled).toBe(3);
  });

  it('keeps no key when the compile fails, so the next caller compiles again', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-build-once-'));
    const keyFile = path.join(dir, 'key');
    expect(() =>
      buildOnce({
        sources: [dir],
        keyFile,
        compile: () => {
          throw new Error('tsc faalde');
        },
      }),
    ).toThrow('tsc faalde');
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it('waits for a build another process is running, then reuses its output instead of compiling again', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-build-once-'));
    const keyFile = path.join(dir, 'key');
    const lock = `${keyFile}.lock`;
    const sources = path.join(dir, 'src');
    fs.mkdirSync(sources);
    // The other process (the browser suite's set-up, say): holds the lock, "compiles" 400 ms, writes the key.
    const other = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(lock)}, '');
       setTimeout(() => { fs.writeFileSync(${JSON.stringify(keyFile)}, ${JSON.stringify(sourceKey([sources]))});
         fs.rmSync(${JSON.stringify(lock)}); }, 400);`,
    ]);
    const exited = new Promise((resolve) => other.on('exit', resolve));
    while (!fs.existsSync(lock)) await new Promise((resolve) => setTimeout(resolve, 10));
    let compiled = 0;
    expect(buildOnce({ sources: [sources], keyFile, compile: () => void compiled++ })).toBe(false);
    expect(compiled).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);
    await exited;
  });

  it('takes over a lock left by a process that died long ago, and releases the lock when the compile fails', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-build-once-'));
    const keyFile = path.join(dir, 'key');
    fs.writeFileSync(`${keyFile}.lock`, '');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(`${keyFile}.lock`, anHourAgo, anHourAgo);
    let compiled = 0;
    expect(buildOnce({ sources: [dir], keyFile, compile: () => void compiled++ })).toBe(true);
    expect(compiled).toBe(1);
    fs.rmSync(keyFile);
    const failing = () =>
      buildOnce({
        sources: [dir],
        keyFile,
        compile: () => {
          throw new Error('tsc faalde');
        },
      });
    expect(failing).toThrow('tsc faalde');
    expect(fs.existsSync(`${keyFile}.lock`)).toBe(false);
  });
});
