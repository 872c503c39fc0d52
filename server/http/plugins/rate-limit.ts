/**
 * One request budget per client across /graphql, /ogc and /export (@fastify/rate-limit):
 * `perMinute` requests per minute. A client is the identity its credential proves (the token's
 * name, the JWT's subject) or else its IP address — the address Fastify derives with TRUST_PROXY,
 * so that behind a load balancer each user has a budget instead of all sharing the balancer's.
 * An unknown or invalid token counts against the address: inventing tokens buys no budget. Counters live in
 * this process, or in Redis (RATE_LIMIT_REDIS_URL) so that every instance draws on one budget.
 * Redis unreachable: requests pass (logged) rather than the API going down with it.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import type { Authenticator } from '../../auth/authenticate.js';
import { HttpError, MESSAGES } from '../../common/public-error.js';
import { authenticatedViewer } from '../viewer.js';

export interface RateLimitOptions {
  perMinute: number;
  redisUrl?: string;
  auth: Authenticator;
}

/** The budget a request draws on: a proven identity's, else its address's. */
async function clientKey(request: FastifyRequest, auth: Authenticator): Promise<string> {
  const viewer = await authenticatedViewer(request, auth).catch(() => undefined);
  return viewer && viewer.role !== 'anonymous' ? `id:${viewer.id}` : `ip:${request.ip}`;
}

async function rateLimit(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  const redis = options.redisUrl ? await connectRedis(app, options.redisUrl) : undefined;
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => clientKey(request, options.auth),
    ...(redis ? { redis, nameSpace: 'rijkspresentie:rate:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) => {
      const retryAfter = Math.max(1, Math.ceil(context.ttl / 1000));
      const message = MESSAGES.rateLimited(retryAfter);
      return new HttpError({ status: 429, code: 'RATE_LIMITED', message, retryAfter, extensions: { retryAfter } });
    },
  });
}

/** Short timeouts and no offline queue: a slow or absent Redis must not hold requests. */
async function connectRedis(app: FastifyInstance, url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  redis.on('error', (error: Error) => app.log.warn(`rate limit: Redis ${error.message}`));
  await redis.connect().catch((error: Error) => {
    console.warn(
      `[rate-limit] Redis niet bereikbaar (${error.message}); tot er verbinding is gaan verzoeken zonder limiet door`,
    );
  });
  app.addHook('onClose', async () => void redis.disconnect());
  return redis;
}

export default fp(rateLimit, { name: 'rp-rate-limit' });
