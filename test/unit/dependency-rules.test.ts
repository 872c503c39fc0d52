/**
 * Dependencies run one way (issue 15 finding 3): the rules in .dependency-cruiser.cjs bite — a
 * fixture that breaks each rule on purpose is caught — and npm test holds the whole code base to
 * them (`npm run lint:deps`, one of its checks before the suites; cruising the tree here as well
 * cost the suite the same 15–45 s a second time).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = path.join(root, 'test/fixtures/deps');

async function cruiseTree(
  baseDir: string,
  targets: string[],
  configFile = '.dependency-cruiser.cjs',
): Promise<ICruiseResult> {
  const config = await extractDepcruiseConfig(path.join(root, configFile));
  const tsConfig = extractTSConfig(path.join(root, 'tsconfig.json'));
  const { options, ...ruleSet } = config;
  const result = await cruise(
    targets,
    { ...options, ruleSet, validate: true, baseDir, tsConfig: { fileName: path.join(root, 'tsconfig.json') } },
    { extensions: ['.ts', '.tsx', '.js', '.d.ts'] },
    { tsConfig },
  );
  return result.output as ICruiseResult;
}

const describeViolation = (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('dependency rules', () => {
  it('hold for server/, web/src and common/, at build and at run time: npm test checks them before the suites', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['lint:deps']).toBe(
      'depcruise --config .dependency-cruiser.cjs server web/src common && ' +
        'depcruise --config .dependency-cruiser-runtime.cjs server',
    );
    const runner = readFileSync(path.join(root, 'scripts/test.mjs'), 'utf8');
    expect(runner).toMatch(/\['format:check', 'lint', 'typecheck:all', 'lint:deps'\]/);
  });

  it('catch a cycle, a query importing GraphQL, a reach into another feature, features both ways, tiles loading reflect-metadata, web importing server', async () => {
    const result = await cruiseTree(fixture, ['server', 'web/src']);
    const found = result.summary.violations.map(describeViolation);
    expect(found).toEqual(
      expect.arrayContaining([
        'no-circular: server/things/cycle-a.ts → server/things/cycle-b.ts',
        'lower-layers-not-to-graphql: server/things/thing.queries.ts → server/graphql/connection.ts',
        'feature-public-modules-only: server/others/other.service.ts → server/things/helper.ts',
        'web-not-to-server: web/src/reaches-server.ts → server/things/thing.queries.ts',
        'loader-files-are-dataloaders: server/things/thing.loader.ts → server/things/thing.loader.ts',
        'features-one-way: server/regions/region-count.queries.ts → server/sites/site-count.queries.ts',
      ]),
    );
    // Reachability is checked from every tile module, through any number of steps.
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^rest-surfaces-load-no-graphql: server\/tiles\/tile-figures\.ts → .*node_modules\/reflect-metadata\//,
        ),
      ]),
    );
  }, 120_000);

  it('bite at run time too: a REST surface that loads GraphQL through any number of steps is caught', async () => {
    const fixtureResult = await cruiseTree(fixture, ['server'], '.dependency-cruiser-runtime.cjs');
    expect(fixtureResult.summary.violations.map(describeViolation)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^plain-layers-load-no-graphql: server\/tiles\/tile-figures\.ts → .*node_modules\/reflect-metadata\//,
        ),
      ]),
    );
  }, 120_000);

  it('lists every feature folder under server/ in FEATURE_ORDER or among the non-features', () => {
    const config = readFileSync(path.join(root, '.dependency-cruiser.cjs'), 'utf8');
    const listed = (name: string) => /'([^']*)'/.exec(config.slice(config.indexOf(`const ${name} =`)))?.[1] ?? '';
    const notFeatures = listed('NOT_FEATURES').split('|');
    const order = [
      ...config
        .slice(config.indexOf('const FEATURE_ORDER = ['), config.indexOf('];', config.indexOf('const FEATURE_ORDER')))
        .matchAll(/'([a-z-]+)'/g),
    ].map((m) => m[1]);
    const folders = readdirSync(path.join(root, 'server'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(notFeatures).toContain('graphql');
    expect(folders.filter((f) => !notFeatures.includes(f) && !order.includes(f))).toEqual([]);
  });

  it('defines the import_run row once (the importer and provenance shared it as two types)', () => {
    const files = readdirSync(path.join(root, 'server'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const defining = files.filter((f) =>
      /interface ImportRunRow\b/.test(readFileSync(path.join(root, 'server', f), 'utf8')),
    );
    expect(defining).toEqual(['tables/import-run.queries.ts']);
  });

  it('names files by role: no *.batch.ts left, every *.loader.ts under server/ is a DataLoader', () => {
    const files = readdirSync(path.join(root, 'server'), { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.batch.ts'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.loader.ts')).length).toBeGreaterThan(3);
    expect(existsSync(path.join(root, 'server/graphql/loaders.ts'))).toBe(true);
  });
});
