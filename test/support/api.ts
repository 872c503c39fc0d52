/**
 * The one test harness for the API through its real HTTP stack: createApp on a listening server
 * (port 0), queried with fetch, with the test tokens below (never tokens from the environment).
 * Use in integration suites:
 *   const api = await startApi(backend); … await api.gql(QUERY, vars, { as: 'planner' }); … await api.close();
 * A suite that inserts its own fixtures first passes its connection: startApi(backend, { db }).
 * The shared fixture set and tile maths live in fixtures.ts and are re-exported here.
 */
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { sha256, type TokenEntry } from '../../server/auth/tokens.js';
import type { JwtVerifier } from '../../server/auth/jwt.js';
import { SECURITY_DEFAULTS, type SecurityConfig } from '../../server/config-security.js';
import { createSchema } from '../../server/graphql/schema.js';
import { createApp } from '../../server/http/app.js';
import { createHttpServer } from '../../server/http/server.js';
import { connect, type Backend } from './backends.js';

export { FIXTURE_SOURCE, insertFixtures, tileOf, type FixtureSet as Fixtures } from './fixtures.js';

export const TOKENS = {
  viewer: 'test-viewer-token-0123456789abcdef',
  planner: 'test-planner-token-0123456789abcdef',
  admin: 'test-admin-token-0123456789abcdef',
} as const;

export type As = keyof typeof TOKENS | 'anonymous';

export const TEST_TOKENS: TokenEntry[] = [
  { name: 'kijker-test', role: 'viewer', hash: sha256(TOKENS.viewer) },
  { name: 'planner-test', role: 'planner', hash: sha256(TOKENS.planner) },
  { name: 'beheerder-test', role: 'admin', hash: sha256(TOKENS.admin) },
];

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions: Record<string, any> }[] | undefined;
}

export interface Api {
  url: string;
  db: DataSource;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: As; authorization?: string; operationName?: string },
  ): Promise<GqlResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  data<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: As; operationName?: string },
  ): Promise<T>;
  close(): Promise<void>;
}

/**
 * Tests run many requests from one address: the rate limit is off unless a test sets it; so is
 * the event-loop pressure guard (suites share two cores with other suites, and a lagging loop
 * would turn unrelated assertions into 503s) — http-pressure.test.ts tests it on its own.
 */
export interface StartApiOptions {
  schema?: GraphQLSchema;
  graphiqlRoot?: string;
  /** A built web app to serve at / (default: none, the placeholder page). */
  webRoot?: string;
  security?: Partial<SecurityConfig>;
  jwtVerifier?: JwtVerifier;
  /** PostgreSQL statement_timeout of the API's pool (default 30 s, as in production's pool). */
  statementTimeoutMs?: number;
  /**
   * How long a request may wait for a pooled connection (default 5 s, as in production, after
   * which it answers SERVICE_BUSY). Bursts of a hundred writers on a loaded CI machine need longer.
   */
  connectionTimeoutMs?: number;
  /** An open connection to serve from (the suite keeps and destroys it); default: a new seeded one. */
  db?: DataSource;
}

/** What the tiles, OGC and export suites use of a running API. */
export type RunningApp = Pick<Api, 'url' | 'close'>;

export async function startApi(backend: Backend, options: StartApiOptions = {}): Promise<Api> {
  const ownDb = !options.db;
  const db =
    options.db ??
    (await connect(backend, {
      seed: true,
      statementTimeoutMs: options.statementTimeoutMs,
      connectionTimeoutMs: options.connectionTimeoutMs,
    }));
  const schema = options.schema ?? (await createSchema());
  const app = await createApp({
    database: { dataSource: db, mode: backend.name, close: async () => {} },
    schema,
    isReady: () => true,
    tokens: TEST_TOKENS,
    graphiqlRoot: options.graphiqlRoot,
    webRoot: options.webRoot,
    security: { ...SECURITY_DEFAULTS, rateLimitPerMinute: 0, maxEventLoopDelayMs: 0, ...options.security },
    jwtVerifier: options.jwtVerifier,
  });
  const server = createHttpServer(app.handler, {
    requestTimeoutMs: options.security?.requestTimeoutMs ?? SECURITY_DEFAULTS.requestTimeoutMs,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql: Api['gql'] = async (query, variables = {}, opts = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const as = opts.as ?? 'anonymous';
    if (opts.authorization !== undefined) headers.authorization = opts.authorization;
    else if (as !== 'anonymous') headers.authorization = `Bearer ${TOKENS[as]}`;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables, operationName: opts.operationName }),
    });
    const body = (await response.json()) as { data?: any; errors?: any[] };
    return { status: response.status, data: body.data, errors: body.errors };
  };

  return {
    url,
    db,
    gql,
    async data(query, variables, opts) {
      const result = await gql(query, variables, opts);
      if (result.errors) throw new Error(`GraphQL-fouten: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as any;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      if (ownDb) await db.destroy();
    },
  };
}

/** The API on a connection the suite already holds (its fixtures inserted first). */
export function startApp(db: DataSource, backend: Backend): Promise<Api> {
  return startApi(backend, { db });
}
