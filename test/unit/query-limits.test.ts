import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { queryLimitRules } from '../../server/graphql/query-limits.js';

const schema = buildSchema(`
  type Query { regions(first: Int): [Region!]! region: Region }
  type Region { code: String sites(first: Int): [Site!]! parent: Region }
  type Site { name: String organisations(first: Int): [Org!]! }
  type Org { name: String }
`);
const limits = { maxDepth: 5, maxAliases: 3, maxCost: 1000, defaultPageSize: 50, maxPageSize: 500 };
const check = (source: string) => validate(schema, parse(source), [...specifiedRules, ...queryLimitRules(limits)]);

describe('query limits', () => {
  it('accepts an ordinary nested query', () => {
    expect(check('{ regions(first: 10) { code sites(first: 5) { name organisations(first: 3) { name } } } }')).toEqual([]);
  });

  it('lets the deep introspection query of GraphiQL and code generators through', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }')).toEqual([]);
  });

  it('refuses a query nested deeper than the maximum, fragments included', () => {
    const errors = check('query { region { ...P } } fragment P on Region { parent { parent { parent { parent { parent { code } } } } } }');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'diepte', max: 5 });
  });

  it('refuses alias batching beyond the maximum', () => {
    const errors = check('{ a: region { code } b: region { code } c: region { code } d: region { code } }');
    expect(errors[0]!.extensions).toMatchObject({ limit: 'aantal aliassen', value: 4 });
  });

  it('multiplies cost by page sizes and refuses an explosive query', () => {
    expect(check('{ regions(first: 20) { sites(first: 20) { name } } }')).toEqual([]); // 1 + 20 × (1 + 20 × 1) = 421
    const errors = check('{ regions(first: 50) { sites(first: 50) { organisations(first: 50) { name } } } }');
    expect(errors[0]!.extensions).toMatchObject({ limit: 'kosten' });
    expect(errors[0]!.message).toMatch(/^Query te zwaar: kosten \d+ is meer dan het maximum van 1000$/);
  });
});
