/**
 * The in-process tile cache: an LRU bounded by bytes, whose keys carry the data version, so a
 * write (seen through data-version.ts) makes every cached tile unreachable at once; the cache
 * also empties itself when the version moves on, to give the memory back. Concurrent requests
 * for the same missing tile share one rendering (lru-cache's fetch).
 *
 * Writes must not break tiles being served (issue 14): emptying the cache must not abort the
 * renders in flight (lru-cache rejects them with "deleted" unless ignoreFetchAbort), and
 * requests that read the version a moment apart must not take turns emptying it. So the
 * version only moves forward: a request that read an older version is served at the newest
 * one seen, which is committed data at least as new as what it asked for.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedTile {
  bytes: Uint8Array;
  /** Strong ETag over the bytes: equal content, equal tag, whatever the version. */
  etag: string;
}

export interface TileCacheOptions {
  /** Upper bound of cached tile bytes (default 64 MiB). */
  maxBytes?: number;
}

/** Renders the tile at the given data version (the one it is filed under). */
export type Render = (version: string) => Promise<Uint8Array>;

export class TileCache {
  private readonly lru: LRUCache<string, CachedTile, () => Promise<Uint8Array>>;
  private version: string | null = null;

  constructor(options: TileCacheOptions = {}) {
    this.lru = new LRUCache<string, CachedTile, () => Promise<Uint8Array>>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (tile, key) => tile.bytes.length + key.length + 64,
      // A render whose entry was cleared or evicted still answers its requests; it is not kept.
      ignoreFetchAbort: true,
      fetchMethod: async (_key, _stale, { context }) => toCached(await context()),
    });
  }

  /** The tile at `version`, or at a newer version this cache has already seen. */
  async get(version: string, key: string, render: Render): Promise<CachedTile & { version: string }> {
    const current = this.advanceTo(version);
    const tile = await this.lru.fetch(`${current}|${key}`, { context: () => render(current) });
    return { ...tile!, version: current };
  }

  clear(): void {
    this.lru.clear();
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }

  private advanceTo(version: string): string {
    if (this.version !== null && !isNewer(version, this.version)) return this.version;
    if (this.version !== null) this.lru.clear();
    this.version = version;
    return version;
  }
}

/**
 * Versions are "<database counter>.<local counter>" (data-version.ts), both only growing: the
 * database counter decides, numerically ("10.0" is newer than "9.5"), then the local one.
 */
export function isNewer(a: string, b: string): boolean {
  const [dbA = 0n, localA = 0n] = a.split('.').map(BigInt);
  const [dbB = 0n, localB = 0n] = b.split('.').map(BigInt);
  return dbA !== dbB ? dbA > dbB : localA > localB;
}

export function toCached(bytes: Uint8Array): CachedTile {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
  return { bytes, etag: `"${hash}"` };
}
