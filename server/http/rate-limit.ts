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
}

interface Bucket {
  tokens: number;
  updated: number;
}

export function rateLimit(options: RateLimitOptions) {
  const capacity = options.perMinute;
  const refillPerMs = options.perMinute / 60_000;
  const maxClients = options.maxClients ?? 10_000;
  const now = options.now ?? Date.now;
  const keyOf = options.clientKey ?? ((req: Request) => req.headers.authorization ?? `ip:${req.ip}`);
  const buckets = new Map<string, Bucket>();

  return (req: Request, res: Response, next: NextFunction) => {
    const key = keyOf(req);
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, updated: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.updated) * refillPerMs);
    bucket.updated = t;
    buckets.delete(key); // re-insert: Map order doubles as least-recently-seen order
    buckets.set(key, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      const retryAfter = Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json({ errors: [{ message: `Te veel verzoeken; probeer het over ${retryAfter} s opnieuw`, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
      return;
    }
    bucket.tokens -= 1;
    next();
  };
}
