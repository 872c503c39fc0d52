/**
 * The query string of a request as single values or lists (a repeated parameter is refused by
 * the caller), read with URLSearchParams so that every surface decodes `+` and `%xx` alike.
 */
import type { FastifyRequest } from 'fastify';
import type { Query } from '../common/query-params.js';

export function queryOf(request: FastifyRequest): Query {
  const out: Query = {};
  const params = new URL(request.url, 'http://x').searchParams;
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}
