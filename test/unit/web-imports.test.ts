/**
 * Import rules of the web app (issue 15, finding 3), checked on the source itself:
 * - web/src imports only itself, the shared top-level folders (common/, geo/) and packages:
 *   never server/ (the browser must not bundle server code, and the server must stay free to change);
 * - no import cycles inside web/src.
 * A small hand-written walk instead of a tool: dependency-cruiser for the whole repository is
 * another engineer's work; this keeps the web app's two rules tested until then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('web/src');
const ALLOWED_OUTSIDE = ['common', 'geo'].map((folder) => path.resolve(folder) + path.sep);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports of a file, resolved to files ('.js' in the source names a '.ts' or '.tsx'). */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!).filter((s) => s.startsWith('.'));
  return specifiers.map((s) => {
    const base = path.resolve(path.dirname(file), s).replace(/\.js$/, '');
    const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
    return found ?? path.resolve(path.dirname(file), s);
  });
}

const graph = new Map(sourceFiles(ROOT).map((file) => [file, relativeImports(file)]));
const show = (file: string) => path.relative(process.cwd(), file);

/** Every cycle, each reported once as the path that closes it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') return void found.push([...trail.slice(trail.indexOf(file)), file].map(show));
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

describe('web app import rules', () => {
  it('reads the whole app (the walk finds its files and imports)', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('imports nothing from server/: shared code lives in common/ or geo/', () => {
    const allowed = (target: string) =>
      target.startsWith(ROOT + path.sep) || ALLOWED_OUTSIDE.some((dir) => target.startsWith(dir));
    const outside = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => !allowed(target)).map((target) => `${show(file)} → ${show(target)}`),
    );
    expect(outside).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('would notice a cycle (the walk can fail)', () => {
    const a = path.join(ROOT, '__a.ts');
    const b = path.join(ROOT, '__b.ts');
    graph.set(a, [b]).set(b, [a]);
    try {
      expect(cycles()).toContainEqual([show(a), show(b), show(a)]);
    } finally {
      graph.delete(a);
      graph.delete(b);
    }
  });
});
