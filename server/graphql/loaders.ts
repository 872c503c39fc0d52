/**
 * Per-request DataLoaders. Each feature asks for its loader by a key; the first call in a
 * request creates it, so field resolvers batch into one statement per relation and request.
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
