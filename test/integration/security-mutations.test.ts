/**
 * Every mutation in the schema is authorised: driven by the schema, so a new mutation without
 * @Authorized fails here. Anonymous callers get UNAUTHENTICATED, viewers FORBIDDEN, and nothing
 * is written (row counts and the audit log unchanged).
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
} from 'graphql';
import { createSchema } from '../../server/graphql/schema.js';
import { startApi, type Api } from '../support/api.js';
import { rowCounts } from '../support/hostile.js';
import { backends } from '../support/backends.js';

const TABLES = ['site', 'location_case', 'masterplan_project', 'change_request', 'region_profile', 'audit_entry'];

/** A plausible value for every required input, so refusals come from authorisation, not coercion. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = sample(field.type);
    }
    return object;
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2024-01-01';
    case 'GeoJSON':
      return { type: 'Point', coordinates: [5.1, 52.1] };
    default:
      return 'x';
  }
}

describe.each(backends())('every mutation is authorised on $name', (backend) => {
  let api: Api;
  const counts = () => rowCounts(api.db, TABLES);

  beforeAll(async () => {
    api = await startApi(backend);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses anonymous callers and viewers for each mutation, writing nothing', async () => {
    const schema = await createSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(10);
    const before = await counts();
    for (const field of mutations) {
      const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
      const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      const query = `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
      for (const [as, code] of [
        ['anonymous', 'UNAUTHENTICATED'],
        ['viewer', 'FORBIDDEN'],
      ] as const) {
        const result = await api.gql(query, variables, { as });
        expect(result.errors?.[0]?.extensions.code, `${field.name} als ${as}: ${JSON.stringify(result.errors)}`).toBe(
          code,
        );
      }
    }
    expect(await counts()).toEqual(before);
  });
});
