/**
 * The in-process tile cache: an LRU bounded by bytes, whose keys carry the data version, so a
 * write (seen through data-version.ts) makes every cached tile unreachable at once; the cache
 * also empties itself when the version moves, to give the memory back. Concurrent requests
 * for the same missing tile share one rendering (lru-cache's fetch).
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

type Render = () => Promise<Uint8Array>;

export class TileCache {
  private readonly lru: LRUCache<string, CachedTile, Render>;
  private version: string | null = null;

  constructor(options: TileCacheOptions = {}) {
    this.lru = new LRUCache<string, CachedTile, Render>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (tile, key) => tile.bytes.length + key.length + 64,
      fetchMethod: async (_key, _stale, { context }) => toCached(await context()),
    });
  }

  async get(version: string, key: string, render: Render): Promise<CachedTile> {
    if (version !== this.version) {
      this.lru.clear();
      this.version = version;
    }
    const tile = await this.lru.fetch(`${version}|${key}`, { context: render });
    return tile!;
  }

  clear(): void {
    this.lru.clear();
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }
}

export function toCached(bytes: Uint8Array): CachedTile {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
  return { bytes, etag: `"${hash}"` };
}
