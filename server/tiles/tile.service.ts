/**
 * Renders a vector tile: validated parameters → query_params (with region figures from the
 * core aggregation) → MVT bytes, through ST_AsMVT where the database can encode MVT and the
 * Node encoder where it cannot (embedded PGlite). Results are cached per data version.
 */
import { LRUCache } from 'lru-cache';
import { dataVersion, type DataVersionOptions } from '../common/data-version.js';
import type { Queryable } from '../common/sql.js';
import { encodeTile } from './mvt-encode.js';
import { TileCache, type CachedTile } from './tile-cache.js';
import { LAYERS, type TileLayerId } from './tile-layers.js';
import { databaseEncodesMvt, mvtFromDatabase, tileFeatures, type TileAddress } from './tiles.queries.js';

export type TileEncoder = 'database' | 'node';

export interface TileRequest extends TileAddress {
  layer: TileLayerId;
  /** Validated by the layer's parse(): the cache key. */
  params: Record<string, string>;
}

/** Renders without any cache; `encoder` forces one path (tests compare both). */
export async function renderTile(
  db: Queryable,
  request: TileRequest,
  encoder: TileEncoder,
  queryParams?: Record<string, unknown>,
): Promise<Uint8Array> {
  const layer = LAYERS[request.layer];
  queryParams ??= await layer.queryParams(db, request.params);
  if (encoder === 'database') return new Uint8Array(await mvtFromDatabase(db, layer.id, request, queryParams));
  return encodeTile(layer.id, await tileFeatures(db, layer.id, request, queryParams));
}

export interface TileServiceOptions {
  db: Queryable;
  cache?: TileCache;
  dataVersion?: DataVersionOptions;
  /** Default: probe the database once (ST_AsMVT works → 'database', else 'node'). */
  encoder?: TileEncoder;
}

export class TileService {
  readonly cache: TileCache;
  private encoder: Promise<TileEncoder> | null;
  /** query_params per version and parameters: one aggregation serves every tile of a view. */
  private readonly queryParams = new LRUCache<string, Promise<Record<string, unknown>>>({ max: 64 });

  constructor(private readonly options: TileServiceOptions) {
    this.cache = options.cache ?? new TileCache();
    this.encoder = options.encoder ? Promise.resolve(options.encoder) : null;
  }

  async tile(request: TileRequest): Promise<CachedTile & { version: string }> {
    const version = await dataVersion(this.options.db, this.options.dataVersion);
    const key = `${request.layer}/${request.z}/${request.x}/${request.y}?${new URLSearchParams(request.params).toString()}`;
    const encoder = await this.encoderOf();
    // The cache may serve a newer version than this request read: the render gets the one it is filed under.
    return this.cache.get(version, key, async (current) => {
      return renderTile(this.options.db, request, encoder, await this.queryParamsOf(current, request));
    });
  }

  private queryParamsOf(version: string, request: TileRequest): Promise<Record<string, unknown>> {
    const key = `${version}|${request.layer}?${new URLSearchParams(request.params).toString()}`;
    let pending = this.queryParams.get(key);
    if (!pending) {
      pending = LAYERS[request.layer].queryParams(this.options.db, request.params);
      pending.catch(() => this.queryParams.delete(key));
      this.queryParams.set(key, pending);
    }
    return pending;
  }

  encoderOf(): Promise<TileEncoder> {
    // A failed probe (database down) is not remembered: the next request probes again.
    this.encoder ??= databaseEncodesMvt(this.options.db).then(
      (yes) => (yes ? 'database' : 'node'),
      (error: unknown) => {
        this.encoder = null;
        throw error;
      },
    );
    return this.encoder;
  }
}
