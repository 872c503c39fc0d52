/**
 * The HTTP surface on both backends: bearer tokens (401 for a bad one), roles, error formatting
 * that never leaks SQL or stack traces, page-size and depth limits, and GraphiQL served by the
 * service itself without any external script or style.
 */
import 'reflect-metadata';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Ctx, Query, Resolver, buildSchema } from 'type-graphql';
import { authChecker } from '../../server/graphql/auth-checker.js';
import type { RequestContext } from '../../server/graphql/context.js';
import { RESOLVERS } from '../../server/graphql/schema.js';
import { startApi, TOKENS, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { buildGraphiql } from '../support/graphiql-build.js';

/** A resolver that fails inside the database, to see what a client is told. */
@Resolver()
class BrokenResolver {
  @Query(() => String, { description: 'Test: een query met een databasefout' })
  async broken(@Ctx() ctx: RequestContext): Promise<string> {
    await ctx.db.query('SELECT secret_column FROM table_that_does_not_exist WHERE password = $1', ['hunter2']);
    return 'onbereikbaar';
  }
}

const LEAKS = /SELECT|table_that_does_not_exist|hunter2|QueryFailedError|stacktrace|\n\s+at |node_modules/;

describe.each(backends())('HTTP API on $name', (backend) => {
  let api: Api;

  beforeAll(async () => {
    const schema = await buildSchema({
      resolvers: [...RESOLVERS, BrokenResolver] as typeof RESOLVERS,
      authChecker,
      validate: false,
    });
    api = await startApi(backend, { schema, graphiqlRoot: await buildGraphiql() });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers anonymous reads of public data', async () => {
    const result = await api.gql(
      `{ serviceInfo { databaseMode dataNotices { topic } } regions(kind: provincie) { totalCount } }`,
    );
    expect(result.status).toBe(200);
    // Seeded from the CBS boundary files: nothing to warn about.
    expect(result.data).toEqual({
      serviceInfo: { databaseMode: backend.name, dataNotices: [] },
      regions: { totalCount: 12 },
    });
  });

  it('refuses an unknown token with 401 UNAUTHENTICATED instead of silently reading as anonymous', async () => {
    for (const authorization of [
      'Bearer niet-bestaand-token-1234567890',
      'Basic YWRtaW46YWRtaW4=',
      `Bearer ${TOKENS.planner}x`,
    ]) {
      const result = await api.gql(`{ serviceInfo { apiVersion } }`, {}, { authorization });
      expect(result.status).toBe(401);
      expect(result.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(result.data ?? null).toBeNull();
    }
  });

  it('lets each role do what it may: viewer reads, planner reads the audit log', async () => {
    const QUERY = `{ auditEntries(first: 1) { totalCount } }`;
    expect((await api.gql(QUERY, {}, { as: 'viewer' })).errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRole: 'planner',
    });
    expect((await api.gql(QUERY, {}, { as: 'planner' })).errors).toBeUndefined();
    expect((await api.gql(QUERY, {}, { as: 'admin' })).errors).toBeUndefined();
  });

  it('reports a database failure as a generic internal error without SQL, parameters or stack', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ broken }' }),
      });
      const text = await response.text();
      expect(JSON.parse(text).errors[0]).toEqual({
        message: 'Interne fout; probeer het later opnieuw of meld het beheer',
        path: ['broken'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(text).not.toMatch(LEAKS);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('formats parse, validation and input errors with a code and no stack trace', async () => {
    for (const query of ['{ regions(', '{ regions { nope } }', '{ sites(first: 501) { totalCount } }']) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      expect(text).not.toMatch(LEAKS);
      expect(JSON.parse(text).errors[0].extensions.code).toMatch(
        /^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/,
      );
    }
  });

  it('gives a geometry refused in a literal argument the same code as one refused in a variable', async () => {
    const result = await api.gql(
      `{ stations(filter: { intersects: { type: "Point", coordinates: [2.35, 48.86] } }) { totalCount } }`,
    );
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'INVALID_GEOMETRY', problem: 'OUTSIDE_NETHERLANDS' });
  });

  it('refuses an oversized page with a typed BAD_USER_INPUT naming first', async () => {
    const result = await api.gql(`{ stations(first: 501) { totalCount } }`);
    expect(result.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(result.errors![0]!.message).toMatch(/500/);
    const ok = await api.data(`{ stations(first: 500) { totalCount pageInfo { hasNextPage } } }`);
    expect(ok.stations.totalCount).toBeGreaterThan(0);
  });

  it('pages with stable cursors: consecutive pages neither overlap nor skip', async () => {
    const first = await api.data(
      `{ stations(first: 50, orderBy: { field: CODE }) { totalCount pageInfo { endCursor hasNextPage } nodes { code } } }`,
    );
    const next = await api.data(
      `query($after: String!) { stations(first: 50, after: $after, orderBy: { field: CODE }) { pageInfo { hasPreviousPage } nodes { code } } }`,
      { after: first.stations.pageInfo.endCursor },
    );
    const all = await api.data(`{ stations(first: 100, orderBy: { field: CODE }) { nodes { code } } }`);
    expect([...first.stations.nodes, ...next.stations.nodes]).toEqual(all.stations.nodes);
    expect(next.stations.pageInfo.hasPreviousPage).toBe(true);
    const bad = await api.gql(`{ stations(after: "bm9uc2Vucw") { totalCount } }`);
    expect(bad.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers the full introspection query that GraphiQL and code generators send', async () => {
    const result = await api.gql(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses queries nested deeper than the limit before running them', async () => {
    const deep = `{ sites { nodes { organisations { nodes { sites { nodes { organisations { nodes { sites { nodes { organisations { nodes { sites { nodes { name } } } } } } } } } } } } } } }`;
    const result = await api.gql(deep);
    expect(result.errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('serves GraphiQL from the service itself: no external script or style, every asset local', async () => {
    const response = await fetch(`${api.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await response.text();
    const references = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(references.length).toBeGreaterThanOrEqual(2);
    for (const reference of references) {
      expect(reference, reference).not.toMatch(/^(?:[a-z]+:)?\/\//i);
      const asset = await fetch(new URL(reference, `${api.url}/graphiql/`));
      expect(asset.status, reference).toBe(200);
      const body = await asset.text();
      expect(body, reference).not.toMatch(
        /@import\s+url\(\s*["']?https?:|https?:\/\/(?:esm\.sh|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)/,
      );
    }
    expect(references.some((r) => /\.js$/.test(r))).toBe(true);
    expect(references.some((r) => /\.css$/.test(r))).toBe(true);
  });
});
