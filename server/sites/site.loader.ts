/** DataLoaders for sites: by id, and one page of sites per region or per organisation. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Page } from '../common/page.js';
import type { PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loadConnection, oneLoader } from '../graphql/loaders.js';
import {
  sitesByIds,
  sitesInRegions,
  sitesOfOrganisations,
  type SiteOrder,
  type SiteSearch,
} from './site-search.queries.js';
import { needsTotal } from '../graphql/look-ahead.js';
import { planSiteColumns } from './site.plan.js';
import { toSite, type SiteType } from './site.type.js';

export function siteById(ctx: RequestContext) {
  return oneLoader<number, SiteType>(
    ctx,
    'site.byId',
    async (ids) => (await sitesByIds(ctx.db, ids)).map(toSite),
    (s) => s.id,
  );
}

/**
 * One page of sites per region. Regions asking with the same arguments share a loader (the key
 * is the arguments), so a whole level of the query is one statement.
 */
export function sitesInRegion(
  ctx: RequestContext,
  regionId: number,
  search: SiteSearch,
  order: SiteOrder,
  pageArgs: PageArgs,
  info?: GraphQLResolveInfo,
) {
  // The columns the selection under this field needs (site.plan.ts); every region of the level
  // has the same selection, so they share one loader and one statement.
  const plan = info ? planSiteColumns(info) : { key: '*' };
  const count = info ? needsTotal(info) : true;
  const fetch = (ids: readonly number[], page: Page) =>
    sitesInRegions(ctx.db, ids, search, order, page, plan.columns, count);
  const key = { search, order, columns: plan.key, count };
  return loadConnection(ctx, 'site.inRegion', regionId, pageArgs, key, fetch, toSite);
}

/** One page of sites per organisation, batched the same way, with the columns planned the same way. */
export function sitesOfOrganisation(
  ctx: RequestContext,
  organisationId: number,
  search: SiteSearch,
  order: SiteOrder,
  pageArgs: PageArgs,
  info?: GraphQLResolveInfo,
) {
  const plan = info ? planSiteColumns(info) : { key: '*' };
  const count = info ? needsTotal(info) : true;
  return loadConnection(
    ctx,
    'site.ofOrganisation',
    organisationId,
    pageArgs,
    { search, order, columns: plan.key, count },
    (ids, page) => sitesOfOrganisations(ctx.db, ids, search, order, page, plan.columns, count),
    toSite,
  );
}
