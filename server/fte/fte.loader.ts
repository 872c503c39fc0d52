/** Nested fte-count connections: one page of figures per site or per organisation, batched per level. */
import type { Dataset } from '../../common/domain.js';
import type { PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loadConnection } from '../graphql/loaders.js';
import { fteCountPagesBy } from './fte-count.queries.js';
import { toFteCount } from './fte-count.type.js';

export interface FteCountsFilter {
  dataset: Dataset;
  peildatum?: string;
}

export function fteCountsAtSite(ctx: RequestContext, siteId: number, filter: FteCountsFilter, pageArgs: PageArgs) {
  return loadConnection(
    ctx,
    'fte.atSite',
    siteId,
    pageArgs,
    filter,
    (ids, page) => fteCountPagesBy(ctx.db, 'site_id', ids, filter, page),
    toFteCount,
  );
}

export function fteCountsOfOrganisation(
  ctx: RequestContext,
  organisationId: number,
  filter: FteCountsFilter,
  pageArgs: PageArgs,
) {
  return loadConnection(
    ctx,
    'fte.ofOrganisation',
    organisationId,
    pageArgs,
    filter,
    (ids, page) => fteCountPagesBy(ctx.db, 'organisation_id', ids, filter, page),
    toFteCount,
  );
}
