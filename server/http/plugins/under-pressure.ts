/**
 * Event-loop pressure (@fastify/under-pressure): when the event loop lags more than
 * `maxEventLoopDelayMs` (a request that computes too long, a burst the process cannot absorb),
 * new requests get a typed 503 SERVICE_BUSY with Retry-After at once instead of queueing behind
 * the work and timing out later. A load balancer then sends them to another instance.
 */
import fastifyUnderPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, MESSAGES } from '../../common/public-error.js';

export interface UnderPressureOptions {
  maxEventLoopDelayMs: number;
  /** How often the delay is sampled (ms); default 1 s. */
  sampleIntervalMs?: number;
}

const RETRY_AFTER_S = 2;

async function underPressure(app: FastifyInstance, options: UnderPressureOptions): Promise<void> {
  await app.register(fastifyUnderPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    sampleInterval: options.sampleIntervalMs ?? 1_000,
    retryAfter: RETRY_AFTER_S,
    pressureHandler: async () => {
      throw new HttpError({
        status: 503,
        code: 'SERVICE_BUSY',
        message: MESSAGES.serviceBusy,
        retryAfter: RETRY_AFTER_S,
      });
    },
  });
}

export default fp(underPressure, { name: 'rp-under-pressure' });
