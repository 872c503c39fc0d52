/**
 * /graphql (and /graphql/) through Apollo's Fastify integration: the CORS allow-list, NUL
 * refusal in the parsed body, and Apollo's own request handling (CSRF prevention, GET for
 * queries only). Body limit, decompression, rate limit, time limit and headers come from the
 * app (app.ts); the Apollo server itself is graphql-route.ts.
 */
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestContext } from '../../graphql/context.js';
import { graphqlCors } from '../plugins/cors.js';
import { refuseNulInBody } from '../reject-nul.js';

export interface GraphqlRoutesOptions {
  apollo: ApolloServer<RequestContext>;
  context: (request: FastifyRequest) => Promise<RequestContext>;
  corsOrigins: string[];
}

export async function graphqlRoutes(app: FastifyInstance, options: GraphqlRoutesOptions): Promise<void> {
  await app.register(graphqlCors, { origins: options.corsOrigins });
  const handle = fastifyApolloHandler(options.apollo, { context: async (request) => options.context(request) });
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/',
    preHandler: refuseNulInBody,
    handler: async function graphql(request, reply) {
      if (reply.sent) return reply; // the time limit answered already
      const body = await handle.call(this, request, reply);
      return reply.sent ? reply : body;
    },
  });
}
