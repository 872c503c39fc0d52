/** DataLoaders for regions: by id, by CBS code (newest division year), bounding boxes. */
import type { BBox } from '../../geo/extent.js';
import type { RequestContext } from '../graphql/context.js';
import { loaderFor, oneLoader } from '../graphql/loaders.js';
import { regionBBoxes, regionsByCodes, regionsByIds } from './region-search.queries.js';
import { toRegion } from './region.resolver.js';
import type { RegionType } from './region.type.js';

export function regionById(ctx: RequestContext) {
  return oneLoader<number, RegionType>(
    ctx,
    'region.byId',
    async (ids) => (await regionsByIds(ctx.db, ids)).map(toRegion),
    (r) => r.id,
  );
}

export function regionByCode(ctx: RequestContext) {
  return oneLoader<string, RegionType>(
    ctx,
    'region.byCode',
    async (codes) => (await regionsByCodes(ctx.db, codes)).map(toRegion),
    (r) => r.code,
  );
}

export function regionBBox(ctx: RequestContext) {
  return loaderFor<number, BBox>(ctx, 'region.bbox', async (ids) => {
    const found = await regionBBoxes(ctx.db, ids);
    return ids.map((id) => found.get(id) ?? new Error(`bbox ${id} ontbreekt`));
  });
}
