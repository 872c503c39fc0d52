/** DataLoaders for sites: by id, per organisation, and one page of sites per region. */
import type { Dataset } from '../common/domain.js';
import type { Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loaderFor, manyLoader, oneLoader } from '../graphql/loaders.js';
import type { PageRows } from '../search/paging.js';
import { sitesByIds, sitesInRegions, sitesOfOrganisations, type SiteHit, type SiteOrder, type SiteSearch } from './site-search.queries.js';
import { toSite, type SiteType } from './site.type.js';

export function siteById(ctx: RequestContext) {
  return oneLoader<number, SiteType>(ctx, 'site.byId', async (ids) => (await sitesByIds(ctx.db, ids)).map(toSite), (s) => s.id);
}

export function sitesOfOrganisation(ctx: RequestContext, dataset: Dataset) {
  return manyLoader<number, SiteType & { organisationId: number }>(
    ctx,
    `site.ofOrganisation:${dataset}`,
    async (ids) => (await sitesOfOrganisations(ctx.db, ids, dataset)).map((row) => ({ ...toSite(row), organisationId: row.organisation_id })),
    (s) => s.organisationId,
  );
}

/**
 * One page of sites per region. Regions asking with the same arguments share a loader (the key
 * is the arguments), so a whole level of the query is one statement.
 */
export function sitesInRegion(ctx: RequestContext, search: SiteSearch, order: SiteOrder, page: Page) {
  const key = `site.inRegion:${JSON.stringify({ search, order, page })}`;
  return loaderFor<number, PageRows<SiteHit>>(ctx, key, async (regionIds) => {
    const pages = await sitesInRegions(ctx.db, regionIds, search, order, page);
    return regionIds.map((id) => pages.get(id) ?? { rows: [], total: 0 });
  });
}
