/**
 * Per-request DataLoaders. Each feature asks for its loader by a key; the first call in a
 * request creates it, so field resolvers batch into one statement per relation and request.
 * Keys that carry arguments (a peildatum, a tolerance) get one loader per argument value.
 */
import DataLoader from 'dataloader';
import type { RequestContext } from './context.js';

export function loaderFor<K, V>(
  context: RequestContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    context.loaders.set(key, loader);
  }
  return loader;
}

/** One row (or null) per key, from a statement that fetches many keys at once. */
export function oneLoader<K, R>(context: RequestContext, key: string, fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R | null> {
  return loaderFor<K, R | null>(context, key, async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** All rows per key (possibly none), in the order the statement returns them. */
export function manyLoader<K, R>(context: RequestContext, key: string, fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R[]> {
  return loaderFor<K, R[]>(context, key, async (keys) => {
    const byKey = new Map<K, R[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
