/** DataLoaders for organisations: by id, and the organisations housed at each site. */
import type { RequestContext } from '../graphql/context.js';
import { manyLoader, oneLoader } from '../graphql/loaders.js';
import { organisationsAtSites, organisationsByIds } from './organisation.queries.js';
import { toOrganisation, type OrganisationType } from './organisation.type.js';

export function organisationById(ctx: RequestContext) {
  return oneLoader<number, OrganisationType>(ctx, 'organisation.byId', async (ids) => (await organisationsByIds(ctx.db, ids)).map(toOrganisation), (o) => o.id);
}

export function organisationsAtSite(ctx: RequestContext) {
  return manyLoader<number, OrganisationType & { siteId: number }>(
    ctx,
    'organisation.atSite',
    async (siteIds) => (await organisationsAtSites(ctx.db, siteIds)).map((row) => ({ ...toOrganisation(row), siteId: row.site_id })),
    (o) => o.siteId,
  );
}
