/**
 * The GraphQL server behind /graphql: Apollo Server with CSRF prevention (explicit), configurable
 * introspection, the depth / alias / cost limits, safe error formatting, and a context that
 * authenticates the caller (static API token or OIDC JWT). A response whose only errors are
 * retryable (DATABASE_UNAVAILABLE, SERVICE_BUSY, TIMEOUT) gets HTTP 503 with Retry-After, so
 * load balancers and clients see a retryable failure. The HTTP side is routes/graphql.ts.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { FastifyRequest } from 'fastify';
import type { Authenticator } from '../auth/authenticate.js';
import { queryClassViews, type Database } from '../db/database.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import { authenticatedViewer } from './viewer.js';
import { RETRY_AFTER_S, RETRYABLE_CODES } from '../common/public-error.js';
import { formatError } from '../graphql/format-error.js';
import { queryClassPlugin } from '../graphql/query-class.js';
import { apolloQueryLimits } from '../graphql/query-limits.js';

export interface GraphqlRouteOptions {
  schema: GraphQLSchema;
  database: Database;
  auth: Authenticator;
  introspection: boolean;
}

const unavailableStatus: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.length > 0 && errors.every((e) => RETRYABLE_CODES.has(String(e.extensions?.code)))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_S));
        }
      },
    };
  },
};

export async function createGraphqlRoute(
  options: GraphqlRouteOptions,
): Promise<{ apollo: ApolloServer<RequestContext>; context: (request: FastifyRequest) => Promise<RequestContext> }> {
  const limits = apolloQueryLimits<RequestContext>(formatError);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: options.introspection,
    // Without introspection, "Did you mean …?" in validation errors would still spell out the
    // schema field by field: hide those hints wherever the schema itself is not public.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    // Refuses "simple" requests a browser could send cross-site without a preflight: a POST
    // must be application/json (or carry a custom header) and a GET may not be a mutation.
    csrfPrevention: true,
    // Tokens, selections, depth, aliases, directives and cost: all in query-limits.ts.
    ...limits,
    // Apollo's default cache-control plugin hooks every field resolver (willResolveField), which
    // makes Apollo wrap the whole schema: measurable on large answers (bench/notes.md). We set
    // no cache hints, so it only cost time.
    plugins: [...limits.plugins!, queryClassPlugin(), unavailableStatus, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const views = queryClassViews(options.database.dataSource);
  const context = async (request: FastifyRequest) => {
    // The request's statements count against its class in the pool guard: "graphql" until
    // queryClassPlugin names the operation's root fields.
    const queryClass = { queryClass: 'graphql' };
    return createRequestContext({
      db: views(queryClass),
      databaseMode: options.database.mode,
      viewer: await authenticatedViewer(request, options.auth),
      queryClass,
    });
  };
  return { apollo, context };
}
