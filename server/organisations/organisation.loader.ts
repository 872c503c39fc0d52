/** DataLoaders for organisations: by id, and one page of the organisations housed at each site. */
import type { Page } from '../common/page.js';
import type { PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loadConnection, oneLoader, pageLoader } from '../graphql/loaders.js';
import type { PageRows } from '../search/paging.js';
import { organisationPagesAtSites, organisationsByIds, type OrganisationRow } from './organisation.queries.js';
import { toOrganisation, type OrganisationType } from './organisation.type.js';

export function organisationById(ctx: RequestContext) {
  return oneLoader<number, OrganisationType>(
    ctx,
    'organisation.byId',
    async (ids) => (await organisationsByIds(ctx.db, ids)).map(toOrganisation),
    (o) => o.id,
  );
}

/** One page of the organisations at a site, by name. */
export function organisationsAtSite(ctx: RequestContext, siteId: number, pageArgs: PageArgs) {
  return loadConnection(
    ctx,
    'organisation.atSite',
    siteId,
    pageArgs,
    {},
    (ids, page) => organisationPagesAtSites(ctx.db, ids, page),
    toOrganisation,
  );
}

/**
 * Hands pages already read (in a site list's own statement) to the loader organisationsAtSite
 * uses, under the same key: the field resolvers then find them and send nothing.
 */
export function primeOrganisationsAtSites(
  ctx: RequestContext,
  page: Page,
  pages: Iterable<[number, PageRows<OrganisationRow>]>,
): void {
  const loader = pageLoader<number, OrganisationRow>(ctx, 'organisation.atSite', { page }, (ids) =>
    organisationPagesAtSites(ctx.db, ids, page),
  );
  for (const [siteId, rows] of pages) loader.prime(siteId, rows);
}
