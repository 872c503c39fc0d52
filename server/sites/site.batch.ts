/** DataLoaders for sites: by id, and one page of sites per region or per organisation. */
import type { Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loaderFor, oneLoader } from '../graphql/loaders.js';
import type { PageRows } from '../search/paging.js';
import { sitesByIds, sitesInRegions, sitesOfOrganisations, type SiteHit, type SiteOrder, type SiteSearch } from './site-search.queries.js';
import { toSite, type SiteType } from './site.type.js';

export function siteById(ctx: RequestContext) {
  return oneLoader<number, SiteType>(ctx, 'site.byId', async (ids) => (await sitesByIds(ctx.db, ids)).map(toSite), (s) => s.id);
}

/**
 * One page of sites per region. Regions asking with the same arguments share a loader (the key
 * is the arguments), so a whole level of the query is one statement.
 */
export function sitesInRegion(ctx: RequestContext, search: SiteSearch, order: SiteOrder, page: Page) {
  return pagesPerParent(ctx, 'site.inRegion', { search, order, page }, (ids) => sitesInRegions(ctx.db, ids, search, order, page));
}

/** One page of sites per organisation, batched the same way. */
export function sitesOfOrganisation(ctx: RequestContext, search: SiteSearch, order: SiteOrder, page: Page) {
  return pagesPerParent(ctx, 'site.ofOrganisation', { search, order, page }, (ids) => sitesOfOrganisations(ctx.db, ids, search, order, page));
}

function pagesPerParent(ctx: RequestContext, name: string, args: object, fetch: (ids: readonly number[]) => Promise<Map<unknown, PageRows<SiteHit>>>) {
  return loaderFor<number, PageRows<SiteHit>>(ctx, `${name}:${JSON.stringify(args)}`, async (ids) => {
    const pages = await fetch(ids);
    return ids.map((id) => pages.get(id) ?? { rows: [], total: 0 });
  });
}
