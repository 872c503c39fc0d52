/**
 * Tests that need the compiled server share one tsc build (test/support/server-build.ts): a second
 * caller on the same sources gets the existing output; any change to a source compiles again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/server-build.js';

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
});
