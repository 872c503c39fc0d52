/**
 * The tile cache across data versions: a newer version never aborts a render in flight (it used
 * to: lru-cache's clear() rejected it with "deleted", a 500), a request that read an older
 * version never throws newer work away, and a tile rendered for an older version is never
 * served under a newer one.
 */
import { describe, expect, it } from 'vitest';
import { TileCache } from '../../server/tiles/tile-cache.js';

function deferred() {
  let resolve!: (bytes: Uint8Array) => void;
  const promise = new Promise<Uint8Array>((r) => (resolve = r));
  return { promise, resolve };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe('TileCache across data versions', () => {
  it('lets a render in flight finish when a newer version arrives', async () => {
    const cache = new TileCache();
    const slow = deferred();
    const old = cache.get('1.0', 'regions/7/65/42', () => slow.promise);
    expect((await cache.get('2.0', 'regions/7/66/42', async () => bytes(2))).bytes).toEqual(bytes(2));
    slow.resolve(bytes(1));
    expect(await old).toMatchObject({ bytes: bytes(1), version: '1.0' });
  });

  it('does not let a request that read an older version discard newer renders; it joins them', async () => {
    const cache = new TileCache();
    const newer = deferred();
    const current = cache.get('2.0', 'sites/9/263/168', () => newer.promise);
    let olderRendered = false;
    const late = cache.get('1.5', 'sites/9/263/168', async () => {
      olderRendered = true;
      return bytes(1);
    });
    newer.resolve(bytes(2));
    expect(await current).toMatchObject({ bytes: bytes(2), version: '2.0' });
    expect(await late).toMatchObject({ bytes: bytes(2), version: '2.0' });
    expect(olderRendered).toBe(false);
  });

  it('renders anew for a newer version and never files an older render under it', async () => {
    const cache = new TileCache();
    const slow = deferred();
    const old = cache.get('1.0', 'k', () => slow.promise);
    const fresh = cache.get('2.0', 'k', async (version) => bytes(version === '2.0' ? 2 : 0));
    slow.resolve(bytes(1));
    expect(await old).toMatchObject({ bytes: bytes(1), version: '1.0' });
    expect(await fresh).toMatchObject({ bytes: bytes(2), version: '2.0' });
    expect(await cache.get('2.0', 'k', async () => bytes(9))).toMatchObject({ bytes: bytes(2), version: '2.0' });
    expect(cache.size.entries).toBe(1);
  });

  it('orders versions by the database counter first (numerically), then the local counter', async () => {
    const cache = new TileCache();
    await cache.get('10.0', 'k', async () => bytes(10));
    // "9.5" sorts after "10.0" as text but is older: it must be served the newer tile.
    expect(await cache.get('9.5', 'k', async () => bytes(9))).toMatchObject({ bytes: bytes(10), version: '10.0' });
    expect(await cache.get('10.1', 'k', async () => bytes(11))).toMatchObject({ bytes: bytes(11), version: '10.1' });
  });
});
