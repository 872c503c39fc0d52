/**
 * Per-request DataLoaders. Each feature asks for its loader by a key; the first call in a
 * request creates it, so field resolvers batch into one statement per relation and request.
 * Keys that carry arguments (a peildatum, a tolerance) get one loader per argument value.
 */
import DataLoader from 'dataloader';
import type { PageRows } from '../search/paging.js';
import { toConnection, toPage, type ConnectionShape, type Page, type PageArgs } from './connection.js';
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
export function oneLoader<K, R>(
  context: RequestContext,
  key: string,
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R | null> {
  return loaderFor<K, R | null>(context, key, async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** All rows per key (possibly none), in the order the statement returns them. */
export function manyLoader<K, R>(
  context: RequestContext,
  key: string,
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R[]> {
  return loaderFor<K, R[]>(context, key, async (keys) => {
    const byKey = new Map<K, R[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/**
 * One page of children per parent, for nested connections (the sites of a region, the fte
 * counts of a site). Parents asking with the same arguments share one loader (its key is the
 * arguments, page included), so a whole level of the query costs one statement; `fetch` gets
 * all parent keys of that level and answers a page (rows and total) per parent — see
 * childPages in search/paging.ts. A parent the statement did not mention has no children.
 */
export function pageLoader<K, R>(
  context: RequestContext,
  name: string,
  args: object,
  fetch: (keys: readonly K[]) => Promise<Map<unknown, PageRows<R>>>,
): DataLoader<K, PageRows<R>> {
  return loaderFor<K, PageRows<R>>(context, `${name}:${JSON.stringify(args)}`, async (keys) => {
    const pages = await fetch(keys);
    return keys.map((k) => pages.get(k) ?? { rows: [], total: 0 });
  });
}

/** Connections built per loaded page (the page object lives as long as its request's loader). */
const built = new WeakMap<object, ConnectionShape<unknown>>();

/**
 * A nested connection field in one call: checks the page arguments, loads this parent's page
 * through the shared page loader and builds the connection. `key` holds everything besides the
 * page that changes the statement (filters, order); the page itself is added here.
 */
export async function loadConnection<K, R, T>(
  context: RequestContext,
  name: string,
  parent: K,
  pageArgs: PageArgs,
  key: object,
  fetch: (keys: readonly K[], page: Page) => Promise<Map<unknown, PageRows<R>>>,
  toNode: (row: R) => T,
): Promise<ConnectionShape<T>> {
  const page = toPage(pageArgs);
  const rows = await pageLoader<K, R>(context, name, { ...key, page }, (keys) => fetch(keys, page)).load(parent);
  // The same parent often appears many times in one answer (an organisation under each of its
  // sites); its page is loaded once (DataLoader) and now also turned into nodes once.
  let connection = built.get(rows) as ConnectionShape<T> | undefined;
  if (!connection) built.set(rows, (connection = toConnection(rows.rows.map(toNode), rows.total, page)));
  return connection;
}
