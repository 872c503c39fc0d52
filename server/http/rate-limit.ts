/**
 * Per-client rate limiting with a token bucket: each client may make `perMinute` requests a
 * minute, with bursts up to that size. A client is its API token (hashed upstream) or, for
 * anonymous callers, its IP address. Over the limit: 429 with Retry-After and a typed body.
 * The table of clients is bounded; the least recently seen are forgotten first.
 */
import type { NextFunction, Request, Response } from 'express';

export interface RateLimitOptions {
  perMinute: number;
  /** How to tell clients apart; default: the Authorization header, else the IP address. */
  clientKey?: (req: Request) => string;
  maxClients?: number;
  now?: () => number;
  /** Share buckets with another route (the GraphQL endpoint): one budget per client. */
  limiter?: RateLimiter;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Takes one request from `key`'s bucket: undefined when allowed, else the seconds to wait. */
export type RateLimiter = (key: string) => number | undefined;

export function createRateLimiter(options: Omit<RateLimitOptions, 'clientKey'>): RateLimiter {
  const capacity = options.perMinute;
  const refillPerMs = options.perMinute / 60_000;
  const maxClients = options.maxClients ?? 10_000;
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();
  return (key) => {
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, updated: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.updated) * refillPerMs);
    bucket.updated = t;
    buckets.delete(key); // re-insert: Map order doubles as least-recently-seen order
    buckets.set(key, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
    bucket.tokens -= 1;
    return undefined;
  };
}

/** The 429 body (with Retry-After) for a client over its limit. */
export function rateLimitedBody(retryAfter: number) {
  return { errors: [{ message: `Te veel verzoeken; probeer het over ${retryAfter} s opnieuw`, extensions: { code: 'RATE_LIMITED', retryAfter } }] };
}

export function rateLimit(options: RateLimitOptions) {
  const take = options.limiter ?? createRateLimiter(options);
  const keyOf = options.clientKey ?? ((req: Request) => req.headers.authorization ?? `ip:${req.ip}`);
  return (req: Request, res: Response, next: NextFunction) => {
    const retryAfter = take(keyOf(req));
    if (retryAfter !== undefined) {
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json(rateLimitedBody(retryAfter));
      return;
    }
    next();
  };
}
