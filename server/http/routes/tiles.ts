/**
 * Vector tiles at /tiles/{layer}/{z}/{x}/{y}.mvt and TileJSON at /tiles/{layer}.json.
 * Tiles carry a strong ETag (answering If-None-Match with 304) and a short public max-age;
 * the data version makes the in-process cache and the ETag follow every write. The tile work
 * is server/tiles (TileService); this file is the HTTP glue.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../common/errors.js';
import { parseIntStrict } from '../../common/query-params.js';
import type { Queryable } from '../../common/sql.js';
import { isTileLayer, LAYERS, type TileLayer } from '../../tiles/tile-layers.js';
import { TileService, type TileServiceOptions } from '../../tiles/tile.service.js';
import { MAX_ZOOM, tileJson } from '../../tiles/tilejson.js';
import { linkBase } from '../links.js';
import { openDataCors } from '../plugins/cors.js';
import { queryOf } from '../request-query.js';

export const MVT_TYPE = 'application/vnd.mapbox-vector-tile';
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export interface TilesRoutesOptions extends Omit<TileServiceOptions, 'db'> {
  db: Queryable;
  publicUrl: string | undefined;
}

export async function tilesRoutes(app: FastifyInstance, options: TilesRoutesOptions): Promise<void> {
  const service = new TileService(options);
  await app.register(openDataCors);

  app.get<{ Params: { file: string } }>('/:file', async (request, reply) => {
    const match = /^([a-z]+)\.json$/.exec(request.params.file);
    const layer = layerOf(match?.[1] ?? request.params.file);
    const params = layer.parse(queryOf(request));
    const base = `${linkBase(request, options.publicUrl)}/tiles`;
    reply.header('cache-control', CACHE_CONTROL).type('application/json; charset=utf-8');
    return JSON.stringify(tileJson(layer, base, params));
  });

  app.get<{ Params: TileParams }>('/:layer/:z/:x/:tile', async (request, reply) => {
    const layer = layerOf(request.params.layer);
    const params = layer.parse(queryOf(request));
    const tile = await service.tile({ layer: layer.id, ...tileAddress(request), params });
    const encoder = await service.encoderOf();
    reply.headers({
      etag: tile.etag,
      'cache-control': CACHE_CONTROL,
      'x-tile-encoder': encoder,
      'x-data-version': tile.version,
    });
    if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(tile.etag)) return reply.code(304).send();
    // Nothing in this tile: 204 No Content, as tile servers do (MapLibre and GDAL draw nothing).
    if (tile.bytes.byteLength === 0) return reply.code(204).send();
    reply.type(MVT_TYPE);
    return Buffer.from(tile.bytes.buffer, tile.bytes.byteOffset, tile.bytes.byteLength);
  });
}

interface TileParams {
  layer: string;
  z: string;
  x: string;
  tile: string;
}

function layerOf(id: string): TileLayer {
  if (!isTileLayer(id)) throw new NotFoundError('Tegellaag', id);
  return LAYERS[id];
}

/**
 * A malformed number is a 400 naming it; a well-formed address outside the pyramid (z above
 * MAX_ZOOM, x or y beyond 2^z − 1) is a tile that does not exist: 404, as tile servers answer.
 */
function tileAddress(request: FastifyRequest<{ Params: TileParams }>): { z: number; x: number; y: number } {
  const { z: zText, x: xText, tile } = request.params;
  const match = /^(\d+)\.(mvt|pbf)$/.exec(tile);
  if (!match) throw new NotFoundError('Tegel', tile);
  const range = { min: 0, max: 2 ** 31 - 1 };
  const [z, x, y] = [
    parseIntStrict(zText, 'z', range),
    parseIntStrict(xText, 'x', range),
    parseIntStrict(match[1]!, 'y', range),
  ];
  if (z > MAX_ZOOM || x >= 2 ** z || y >= 2 ** z) throw new NotFoundError('Tegel', `${z}/${x}/${y}`);
  return { z, x, y };
}
