/**
 * Vector tiles at /tiles/{layer}/{z}/{x}/{y}.mvt and TileJSON at /tiles/{layer}.json.
 * Tiles carry a strong ETag (answering If-None-Match with 304) and a short public max-age;
 * the data version makes the in-process cache and the ETag follow every write.
 */
import express, { type Request, type Router } from 'express';
import { NotFoundError } from '../common/errors.js';
import { baseUrl, httpErrorHandler, publicCors, rejectNulInRequest, singleQuery } from '../common/http.js';
import { parseIntStrict } from '../common/query-params.js';
import type { Queryable } from '../common/sql.js';
import { isTileLayer, LAYERS, type TileLayer } from './tile-layers.js';
import { TileService, type TileServiceOptions } from './tile.service.js';
import { MAX_ZOOM, tileJson } from './tilejson.js';

export const MVT_TYPE = 'application/vnd.mapbox-vector-tile';
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export function createTilesRouter(options: { db: Queryable } & Omit<TileServiceOptions, 'db'>): Router {
  const service = new TileService(options);
  const router = express.Router();
  router.use(publicCors);
  router.use(rejectNulInRequest);

  router.get('/:file', (req, res) => {
    const match = /^([a-z]+)\.json$/.exec(String(req.params.file));
    const layer = layerOf(match?.[1] ?? String(req.params.file));
    const params = layer.parse(singleQuery(req));
    res.set('Cache-Control', CACHE_CONTROL).type('application/json').send(JSON.stringify(tileJson(layer, `${baseUrl(req)}${req.baseUrl}`, params)));
  });

  router.get('/:layer/:z/:x/:tile', async (req, res) => {
    const layer = layerOf(String(req.params.layer));
    const address = tileAddress(req);
    const params = layer.parse(singleQuery(req));
    const tile = await service.tile({ layer: layer.id, ...address, params });
    res.set({ ETag: tile.etag, 'Cache-Control': CACHE_CONTROL, 'X-Tile-Encoder': await service.encoderOf(), 'X-Data-Version': tile.version });
    if (req.get('If-None-Match')?.split(/\s*,\s*/).includes(tile.etag)) {
      res.status(304).end();
      return;
    }
    res.type(MVT_TYPE).send(Buffer.from(tile.bytes.buffer, tile.bytes.byteOffset, tile.bytes.byteLength));
  });

  router.use(httpErrorHandler);
  return router;
}

function layerOf(id: string): TileLayer {
  if (!isTileLayer(id)) throw new NotFoundError('Tegellaag', id);
  return LAYERS[id];
}

function tileAddress(req: Request): { z: number; x: number; y: number } {
  const match = /^(\d+)\.(mvt|pbf)$/.exec(String(req.params.tile));
  if (!match) throw new NotFoundError('Tegel', String(req.params.tile));
  const z = parseIntStrict(String(req.params.z), 'z', { min: 0, max: MAX_ZOOM });
  const max = 2 ** z - 1;
  return { z, x: parseIntStrict(String(req.params.x), 'x', { min: 0, max }), y: parseIntStrict(match[1]!, 'y', { min: 0, max }) };
}
