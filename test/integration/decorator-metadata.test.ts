/**
 * DESIGN.md's known constraint: esbuild-style transforms (tsx, Vite, some Vitest set-ups) emit
 * no decorator metadata, and type-graphql and TypeORM then cannot infer a type. Our rule is that
 * every decorator states its type. This test proves it by compiling the server with tsc and
 * `--emitDecoratorMetadata false`, then checking that this build prints the committed GraphQL
 * schema and gives every TypeORM column the same database type as the normal build. A decorator
 * that relies on inferred types breaks the schema, the column list, or the build itself.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../server/db/entities.js';

const OUT = path.resolve('test-output/no-metadata');

describe('a server build without decorator metadata', () => {
  beforeAll(() => {
    fs.rmSync(OUT, { recursive: true, force: true });
    // Inside the repository, so the compiled files resolve node_modules like dist/ does.
    execFileSync(
      'node_modules/.bin/tsc',
      ['-p', 'tsconfig.build.json', '--emitDecoratorMetadata', 'false', '--outDir', OUT],
      { stdio: 'pipe' },
    );
  }, 180_000);

  it('really carries no design-type metadata (otherwise this test would prove nothing)', () => {
    const entity = fs.readFileSync(path.join(OUT, 'server/regions/region.entity.js'), 'utf8');
    expect(entity).toContain('Column(');
    expect(entity).not.toContain('design:type');
  });

  it('prints exactly the committed schema/schema.graphql', () => {
    const printed = path.join(OUT, 'schema.graphql');
    execFileSync('node', [path.join(OUT, 'server/cli/print-schema.js'), printed], { stdio: 'pipe' });
    expect(fs.readFileSync(printed, 'utf8').trim()).toBe(fs.readFileSync('schema/schema.graphql', 'utf8').trim());
  });

  it('maps every entity column to the same database type as the build with metadata', async () => {
    const withoutMetadata = JSON.parse(
      execFileSync('node', ['test/support/entity-columns.mjs', OUT], { encoding: 'utf8' }),
    );
    const withMetadata = await entityColumns(ENTITIES);
    expect(withMetadata.length).toBeGreaterThan(100);
    expect(withoutMetadata).toEqual(withMetadata);
  });
});

/** Same listing as test/support/entity-columns.mjs, for the entities this process compiled. */
async function entityColumns(entities: typeof ENTITIES): Promise<string[][]> {
  const dataSource = new DataSource({ type: 'postgres', entities });
  // buildMetadatas() is what initialize() runs before connecting; protected, but public in JS.
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  return dataSource.entityMetadatas
    .flatMap((m) =>
      m.columns.map((c) => [m.tableName, c.databaseName, typeof c.type === 'function' ? c.type.name : String(c.type)]),
    )
    .sort((a, b) => a.join('.').localeCompare(b.join('.')));
}
