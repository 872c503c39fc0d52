/**
 * The GraphQL Codegen configuration that schema/README.md gives other teams works as written
 * (issue 17, finding 5): the README's own code block is run, unchanged, on the published schema
 * and example operations, and the output plus a small usage file must pass `tsc --strict` with
 * every custom scalar typed (never any or unknown). The web app must use the same scalar types.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCALARS } from '../../web/codegen.js';

// Inside the repository, so the generated files resolve the project's node_modules.
const DIR = path.resolve('test-output', 'schema-codegen');
const MARKER = '<!-- codegen-config';

/** The first ```ts block after the marker comment in schema/README.md. */
function readmeConfig(): string {
  const readme = fs.readFileSync('schema/README.md', 'utf8');
  const at = readme.indexOf(MARKER);
  if (at < 0) throw new Error('schema/README.md heeft geen codegen-configuratie (markering ontbreekt)');
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error('schema/README.md: geen ts-blok na de markering');
  return block[1]!;
}

/** Uses each custom scalar as a client would; compiles only if each has its documented type. */
const USAGE = `
import type { MapLayersQuery, NearbySitesQueryVariables, PlannerAuditTrailQuery } from './src/gql/graphql.js';
import { MapLayersDocument } from './src/gql/graphql.js';
import type { Geometry } from 'geojson';

type IsAny<T> = 0 extends 1 & T ? true : false;
type IsUnknown<T> = IsAny<T> extends true ? false : unknown extends T ? true : false;
type Vague<T> = IsAny<T> extends true ? true : IsUnknown<T>;

type Peildatum = MapLayersQuery['fteAggregate']['peildatum'];
type Boundary = MapLayersQuery['fteAggregate']['regions'][number]['region']['geometry'];
type Entry = PlannerAuditTrailQuery['auditEntries']['nodes'][number];
type Point = NearbySitesQueryVariables['point'];

type Checked = [Vague<Peildatum>, Vague<Boundary>, Vague<Entry['at']>, Vague<Entry['before']>, Vague<Point>];
export const noneVague: Checked = [false, false, false, false, false];

export function use(map: MapLayersQuery, audit: PlannerAuditTrailQuery): string[] {
  const year: string = map.fteAggregate.peildatum.slice(0, 4);
  const boundary: Geometry = map.fteAggregate.regions[0]!.region.geometry;
  const polygons = boundary.type === 'MultiPolygon' ? boundary.coordinates.length : 0;
  const at: string = audit.auditEntries.nodes[0]!.at;
  const before: Record<string, unknown> | null = audit.auditEntries.nodes[0]!.before;
  const point: Point = { type: 'Point', coordinates: [6.56, 52.99] };
  return [year, String(polygons), at, JSON.stringify(before), point.type, MapLayersDocument.kind];
}
`;

const TSC = [
  '--ignoreConfig',
  '--strict',
  '--noEmit',
  '--skipLibCheck',
  '--target',
  'es2022',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--types',
  'geojson',
];

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: DIR, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('schema/README.md: GraphQL Codegen configuration', () => {
  beforeAll(() => {
    fs.rmSync(DIR, { recursive: true, force: true });
    fs.mkdirSync(path.join(DIR, 'operations'), { recursive: true });
    fs.copyFileSync('schema/schema.graphql', path.join(DIR, 'schema.graphql'));
    for (const file of fs.readdirSync('schema/operations').filter((f) => f.endsWith('.graphql'))) {
      fs.copyFileSync(path.join('schema/operations', file), path.join(DIR, 'operations', file));
    }
    fs.writeFileSync(path.join(DIR, 'codegen.ts'), readmeConfig());
    fs.writeFileSync(path.join(DIR, 'usage.ts'), USAGE);
  });

  it('generates types for the example operations and they compile under tsc --strict', { timeout: 180_000 }, () => {
    const codegen = run(path.resolve('node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts']);
    expect(codegen.status, codegen.output).toBe(0);
    const generated = fs.readdirSync(path.join(DIR, 'src', 'gql')).sort();
    expect(generated).toEqual(['fragment-masking.ts', 'gql.ts', 'graphql.ts', 'index.ts']);
    const files = [...generated.map((f) => `src/gql/${f}`), 'usage.ts'];
    const tsc = run(path.resolve('node_modules/.bin/tsc'), [...TSC, ...files]);
    expect(tsc.output.trim(), 'tsc --strict').toBe('');
    expect(tsc.status).toBe(0);
  });

  it('would notice a scalar typed vaguely (the check can fail)', { timeout: 120_000 }, () => {
    // What the usage file checks for each scalar, applied to the type codegen gives an unmapped scalar.
    fs.writeFileSync(path.join(DIR, 'vague.ts'), `${USAGE}\nexport const loose: Vague<any> = false;\n`);
    const tsc = run(path.resolve('node_modules/.bin/tsc'), [...TSC, 'vague.ts']);
    expect(tsc.status).not.toBe(0);
    expect(tsc.output).toMatch(/Type 'false' is not assignable to type 'true'/);
  });

  it('maps the scalars exactly as the web app does', async () => {
    type Config = { generates: Record<string, { config: { scalars: unknown } }> };
    const { default: config } = (await import(path.join(DIR, 'codegen.ts'))) as { default: Config };
    expect(config.generates['src/gql/']!.config.scalars).toEqual(SCALARS);
  });
});
