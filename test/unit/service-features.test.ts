/**
 * serviceInfo { features }: the web app's capability check without introspection. The server
 * derives the list from the schema it runs; these tests prove each feature's fields exist, that
 * the query answers under production's no-introspection rule, that a schema lacking a field does
 * not offer its feature, and that the web app reads the answer the same way.
 */
import 'reflect-metadata';
import { buildSchema, execute, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FEATURE_FIELDS, featuresServed, SERVICE_FEATURES } from '../../server/common/features.js';
import { createRequestContext } from '../../server/graphql/context.js';
import { schemaHasField } from '../../server/graphql/health.resolver.js';
import { createSchema } from '../../server/graphql/schema.js';
import { CAPABILITIES, capabilitiesFrom } from '../../web/src/data/capabilities.js';

describe('serviceInfo.features', () => {
  it('names only fields the schema has (a typo would silently switch a feature off in the app)', async () => {
    const schema = await createSchema();
    const missing = Object.values(FEATURE_FIELDS).flat().filter((c) => !schemaHasField(schema, c));
    expect(missing).toEqual([]);
  });

  it('answers the web app’s capability query with every feature while introspection is refused', async () => {
    const schema = await createSchema();
    const rules = [...specifiedRules, NoSchemaIntrospectionCustomRule];
    // The old capability query (introspection) is refused under production's rule …
    expect(validate(schema, parse('{ __schema { queryType { fields { name } } } }'), rules)).not.toEqual([]);
    // … the new one is not, and lists all features.
    expect(validate(schema, CAPABILITIES, rules)).toEqual([]);
    const context = createRequestContext({ db: undefined as never, databaseMode: 'embedded' });
    const result = await execute({ schema, document: CAPABILITIES, contextValue: context });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ serviceInfo: { features: [...SERVICE_FEATURES] } });
  });

  it('leaves out a feature when the schema lacks one of its fields', () => {
    const partial = buildSchema(`
      type Region { fte: Int  sites: Int }
      type Query { fteAggregate: Int  peildatums: Int  sites: Int  masterplanProjects: Int  masterplanProject: Int }
      type Mutation { createMasterplanProject: Int }
    `);
    const served = featuresServed((c) => schemaHasField(partial, c));
    // masterplan lacks Mutation.updateMasterplanProject; monitors, candidates, … lack everything.
    expect(served).toEqual(['figures', 'regionDetail', 'sites']);
  });
});

describe('web capability check (capabilitiesFrom)', () => {
  it('is loading, then says per feature whether the server offers it', () => {
    expect(capabilitiesFrom(undefined, undefined).availability('monitors')).toBe('laden');
    const caps = capabilitiesFrom({ serviceInfo: { features: ['figures', 'monitors'] } }, undefined);
    expect(caps.status).toBe('klaar');
    expect(caps.has('figures', 'monitors')).toBe(true);
    expect(caps.has('figures', 'candidates')).toBe(false);
    expect(caps.availability('candidates')).toBe('ontbreekt');
    expect(caps.availability('monitors')).toBe('beschikbaar');
  });

  it('reports an error as "fout", not as a missing feature', () => {
    const caps = capabilitiesFrom(undefined, new Error('netwerk'));
    expect(caps.availability('figures')).toBe('fout');
    expect(caps.has('figures')).toBe(false);
  });
});
