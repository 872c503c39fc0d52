/**
 * The benchmark's documents for our API (bench/lib/queries.mjs) are not run by `npm test`, so a
 * schema change or the query limits could break `npm run bench` unnoticed: each must validate
 * against schema/schema.graphql and pass the server's query limits.
 */
import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitErrors } from '../../server/graphql/query-limits.js';
// @ts-expect-error — plain JavaScript module without types
import { OURS } from '../../bench/lib/queries.mjs';
// @ts-expect-error — plain JavaScript module without types
import { APP_OPERATIONS, APP_STATE } from '../../bench/lib/app-documents.mjs';

const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));

describe('benchmark documents against schema/schema.graphql', () => {
  for (const [name, { query, variables }] of Object.entries(
    OURS as Record<string, { query: string; variables: Record<string, unknown> }>,
  )) {
    it(`${name} is valid and within the query limits`, () => {
      const document = parse(query);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      expect(queryLimitErrors({ schema, document, variables }).map((e) => e.message)).toEqual([]);
    });
  }
});

describe("the web app's operations in the benchmark (read from web/src/gql/graphql.ts)", () => {
  APP_STATE.peildatum = '2024-01-01';
  for (const [id, op] of Object.entries(
    APP_OPERATIONS as Record<string, { operationName: string; query: string; variables: Record<string, unknown> }>,
  )) {
    it(`${id} sends ${op.operationName} valid, with __typename as Apollo adds it, within the query limits`, () => {
      const document = parse(op.query);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      expect(op.query).toContain(`query ${op.operationName}`);
      // Apollo adds __typename to every object selection; LevelPeildatums selects only scalars.
      const selectsObjects = op.query.split('{').length > 2;
      expect(op.query.includes('__typename')).toBe(selectsObjects);
      expect(queryLimitErrors({ schema, document, variables: op.variables }).map((e) => e.message)).toEqual([]);
    });
  }
});
