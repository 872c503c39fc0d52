/**
 * The schema builds and types fields as declared; the committed SDL in schema/schema.graphql
 * must equal what the code builds. That decorators state their types without relying on
 * decorator metadata (DESIGN.md's known constraint) is proven by a build without metadata in
 * test/integration/decorator-metadata.test.ts.
 */
import fs from 'node:fs';
import { isInputObjectType, isInterfaceType, isObjectType, printSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../server/graphql/schema.js';

describe('GraphQL schema', () => {
  it('builds and types every field as declared', async () => {
    const schema = await createSchema();
    const region = schema.getType('Region') as GraphQLObjectType;
    const fields = region.getFields();
    expect(String(fields.code!.type)).toBe('String!');
    expect(String(fields.year!.type)).toBe('Int!');
    expect(String(fields.provincieCode!.type)).toBe('String');
    expect(String(fields.geometry!.type)).toBe('GeoJSON!');
    expect(String(fields.kind!.type)).toBe('RegionKind!');
  });

  it('has a description on every type and field it declares', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation'].includes(type.name)
      )
        continue;
      if (!type.description && !/(Edge)$/.test(type.name)) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('describes every field and argument (other teams read the schema, not our code)', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)))
        continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('equals the committed schema/schema.graphql (run `npm run schema` after changing the API)', async () => {
    const sdl = printSchema(await createSchema());
    const committed = fs.readFileSync('schema/schema.graphql', 'utf8');
    expect(committed.trim()).toBe(sdl.trim());
  });
});
