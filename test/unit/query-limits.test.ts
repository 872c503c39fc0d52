import { ApolloServer } from '@apollo/server';
import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../server/graphql/format-error.js';
import { fragmentBomb } from '../../bench/lib/attacks.js';
import { apolloQueryLimits, queryCost, queryLimitRules, type QueryLimits } from '../../server/graphql/query-limits.js';

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
const limits: QueryLimits = {
  maxTokens: 1000,
  maxSelections: 300,
  maxDepth: 5,
  maxAliases: 3,
  maxDirectives: 4,
  maxCost: 1000,
  defaultPageSize: 50,
  maxPageSize: 500,
};
const check = (source: string) => validate(schema, parse(source), [...specifiedRules, ...queryLimitRules(limits)]);
const cost = (source: string, variables: Record<string, unknown> = {}, custom = limits) =>
  queryCost({ schema, document: parse(source), variables, limits: custom });

/** The whole Apollo pipeline (parser, validation, plugins, formatError) without HTTP. */
async function run(source: string, variables: Record<string, unknown> = {}) {
  const server = new ApolloServer({ schema, ...apolloQueryLimits(formatError, limits) });
  await server.start();
  try {
    const response = await server.executeOperation({ query: source, variables });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return { status: response.http.status ?? 200, errors: result?.errors ?? [] };
  } finally {
    await server.stop();
  }
}

/** Issue 14, finding 3, on any root type: each fragment spreads the next twice. */
function bomb(levels: number, root = 'Query', leaf = '__typename'): string {
  const fragments = Array.from(
    { length: levels - 1 },
    (_, i) => `fragment F${i + 1} on ${root} { ...F${i + 2} ...F${i + 2} }`,
  );
  return `${fragments.join('\n')}\nfragment F${levels} on ${root} { ${leaf} }`;
}

describe('query limits', () => {
  it('accepts an ordinary nested query', () => {
    expect(check('{ regions(first: 10) { code sites(first: 5) { name organisations(first: 3) { name } } } }')).toEqual(
      [],
    );
  });

  it('lets the deep introspection query of GraphiQL and code generators through', () => {
    expect(
      check('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }'),
    ).toEqual([]);
  });

  it('refuses a query nested deeper than the maximum, fragments included', () => {
    const errors = check(
      'query { region { ...P } } fragment P on Region { parent { parent { parent { parent { parent { code } } } } } }',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'diepte', max: 5 });
    expect(errors[0]!.message).toBe('Query te zwaar: diepte 7 is meer dan het maximum van 5');
  });

  it('refuses alias batching beyond the maximum', () => {
    const errors = check('{ a: region { code } b: region { code } c: region { code } d: region { code } }');
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aantal aliassen', value: 4 });
  });

  it('refuses directive batching beyond the maximum', () => {
    const errors = check(
      '{ region @include(if: true) @skip(if: false) { code @include(if: true) @skip(if: false) @include(if: true) } }',
    );
    expect(errors.map((e) => e.extensions)).toContainEqual(
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'aantal directives', max: 4 }),
    );
  });

  it('multiplies cost by page sizes and refuses an explosive query', async () => {
    expect(cost('{ regions(first: 20) { sites(first: 20) { name } } }')).toBe(1 + 20 * (1 + 20)); // 421
    const { status, errors } = await run(
      '{ regions(first: 50) { sites(first: 50) { organisations(first: 50) { name } } } }',
    );
    expect(status).toBe(400);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'kosten', max: 1000 });
    expect(errors[0]!.message).toMatch(/^Query te zwaar: kosten \d+ is meer dan het maximum van 1000$/);
  });

  it('costs a list without first at the default page size, not at 1', async () => {
    // 1 + 50 × (1 + 50 × 1): both levels return a default page of 50.
    expect(cost('{ regions { sites { name } } }')).toBe(1 + 50 * (1 + 50));
    expect(cost('{ regions(first: 2) { sites { name } } }')).toBe(1 + 2 * (1 + 50));
    expect(cost('{ regions { code } }', {}, { ...limits, defaultPageSize: 20 })).toBe(1 + 20);
    // The query an early rule let through at a cost of 4 is refused at its real size.
    const { errors } = await run('{ regions { sites { organisations { name } } } }');
    expect(errors[0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'kosten',
      value: 1 + 50 * (1 + 50 * (1 + 50)),
    });
  });

  it('costs a page variable at the value the request gives it, and a missing one at the default page', async () => {
    expect(cost('query($n: Int) { regions(first: $n) { code } }', { n: 400 })).toBe(1 + 400 * 1);
    expect(cost('query($n: Int) { regions(first: $n) { code } }')).toBe(1 + 50);
    // Larger than any page the API returns: costed at the largest page.
    expect(cost('query($n: Int) { regions(first: $n) { code } }', { n: 1_000_000 })).toBe(1 + 500);
    const { errors } = await run('query($n: Int) { regions(first: $n) { sites(first: $n) { name } } }', { n: 40 });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'kosten',
      value: 1 + 40 * (1 + 40),
    });
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
    expect(cost('{ region { siteConnection(first: 10) { totalCount nodes { name } edges { node { name } } } } }')).toBe(
      1 + 1 + 10 * (1 + 2 + 3),
    );
    // Without first: the default page of 50, not 1.
    expect(cost('{ region { siteConnection { nodes { name } } } }')).toBe(1 + 1 + 50 * 2);
  });

  it('follows fragments and inline fragments with their types', () => {
    expect(cost('{ region { ...R } } fragment R on Region { sites { ... on Site { name } } }')).toBe(1 + 1 + 50);
  });

  it('lets variables that do not fit the operation through to execution, which refuses them typed', async () => {
    expect(cost('query($n: Int!) { regions(first: $n) { code } }', { n: 'veel' })).toBeUndefined();
    const { errors } = await run('query($n: Int!) { regions(first: $n) { code } }', { n: 'veel' });
    expect(errors[0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('fragment bombs and oversized documents (issue 14, finding 3)', () => {
  it.each([24, 28, 60])('refuses a fragment bomb of %i levels at once, typed', async (levels) => {
    const started = performance.now();
    const { status, errors } = await run(fragmentBomb(levels));
    // Unguarded it took 12 s or never answered; 3 s leaves room for cold code on a loaded machine.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(status).toBe(400);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aantal selecties', max: 300 });
    expect(errors[0]!.message).toMatch(/^Query te zwaar: aantal selecties/);
  });

  it('refuses the bomb on an object type as well, with and without depth', async () => {
    const { errors } = await run(`{ region { ...F1 } }\n${bomb(30, 'Region', 'parent { code }')}`);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aantal selecties' });
  });

  it('still answers a few levels of honest fragments', async () => {
    const { errors } = await run(fragmentBomb(4));
    expect(errors).toEqual([]);
  });

  it('stops the parser at the token limit, typed', async () => {
    const { status, errors } = await run(`{ ${Array.from({ length: 1200 }, () => '__typename').join(' ')} }`);
    expect(status).toBe(400);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aantal tokens', max: 1000 });
  });
});
