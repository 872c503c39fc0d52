import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { queryLimitRules } from '../../server/graphql/query-limits.js';

const schema = buildSchema(`
  type Query { regions(first: Int): [Region!]! region: Region nearest(count: Int! = 7): [Site!]! monitors: [Monitor!]! }
  type Region { code: String sites(first: Int): [Site!]! parent: Region siteConnection(first: Int, after: String): SiteConnection! }
  type Site { name: String organisations(first: Int): [Org!]! bbox: [Float!]! }
  type Org { name: String }
  type Monitor { name: String }
  type SiteConnection { totalCount: Int! nodes: [Site!]! edges: [SiteEdge!]! pageInfo: PageInfo! }
  type SiteEdge { cursor: String! node: Site! }
  type PageInfo { hasNextPage: Boolean! }
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

  const cost = (source: string, custom = limits) => {
    const errors = validate(schema, parse(source), [...specifiedRules, ...queryLimitRules({ ...custom, maxCost: 0 })]);
    const error = errors.find((e) => e.extensions.limit === 'kosten');
    return error ? (error.extensions.value as number) : 0;
  };

  it('costs a list without first at the default page size, not at 1', () => {
    // 1 + 50 × (1 + 50 × 1): both levels return a default page of 50.
    expect(cost('{ regions { sites { name } } }')).toBe(1 + 50 * (1 + 50));
    expect(cost('{ regions(first: 2) { sites { name } } }')).toBe(1 + 2 * (1 + 50));
    expect(cost('{ regions { code } }', { ...limits, defaultPageSize: 20 })).toBe(1 + 20);
    // The query the old rule let through at a cost of 4 is now refused at its real size.
    const errors = check('{ regions { sites { organisations { name } } } }');
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'kosten', value: 1 + 50 * (1 + 50 * (1 + 50)) });
  });

  it('costs a page variable at the maximum page size', () => {
    expect(cost('query($n: Int) { regions(first: $n) { code } }')).toBe(1 + 500);
  });

  it('uses the schema default of a count argument when the query leaves it out', () => {
    expect(cost('{ nearest { name } }')).toBe(1 + 7);
    expect(cost('{ nearest(count: 3) { name } }')).toBe(1 + 3);
  });

  it('costs a list without a page argument at the default page size, scalar lists at 1', () => {
    expect(cost('{ monitors { name } }')).toBe(1 + 50);
    expect(cost('{ region { sites(first: 2) { bbox } } }')).toBe(1 + 1 + 2 * 1); // bbox: one field, however many numbers
  });

  it('counts a connection once: edges and nodes ride on the page of the connection field', () => {
    // siteConnection(first: 10): 1 + 10 × (totalCount 1 + nodes (1 + name 1) + edges (1 + node (1 + name 1)))
    expect(cost('{ region { siteConnection(first: 10) { totalCount nodes { name } edges { node { name } } } } }')).toBe(1 + 1 + 10 * (1 + 2 + 3));
    // Without first: the default page of 50, not 1.
    expect(cost('{ region { siteConnection { nodes { name } } } }')).toBe(1 + 1 + 50 * 2);
  });

  it('follows fragments and inline fragments with their types', () => {
    expect(cost('{ region { ...R } } fragment R on Region { sites { ... on Site { name } } }')).toBe(1 + 1 + 50);
  });
});

