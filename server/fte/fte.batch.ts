/** DataLoaders for fte figures at many sites or of many organisations, per filter. */
import type { Dataset } from '../common/domain.js';
import type { RequestContext } from '../graphql/context.js';
import { manyLoader } from '../graphql/loaders.js';
import { fteCountsBy } from './fte-count.queries.js';
import { toFteCount, type FteCountType } from './fte-count.type.js';

export interface FteCountsArgs {
  dataset: Dataset;
  peildatum?: string;
}

export function fteCountsAtSite(ctx: RequestContext, args: FteCountsArgs) {
  return manyLoader<number, FteCountType>(
    ctx,
    `fte.site:${args.dataset}:${args.peildatum ?? '*'}`,
    async (ids) => (await fteCountsBy(ctx.db, 'site_id', ids, args)).map(toFteCount),
    (f) => f.siteId!,
  );
}

export function fteCountsOfOrganisation(ctx: RequestContext, args: FteCountsArgs) {
  return manyLoader<number, FteCountType>(
    ctx,
    `fte.organisation:${args.dataset}:${args.peildatum ?? '*'}`,
    async (ids) => (await fteCountsBy(ctx.db, 'organisation_id', ids, args)).map(toFteCount),
    (f) => f.organisationId!,
  );
}
