/** DataLoaders for organisations: by id, and one page of the organisations housed at each site. */
import type { PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loadConnection, oneLoader } from '../graphql/loaders.js';
import { organisationPagesAtSites, organisationsByIds } from './organisation.queries.js';
import { toOrganisation, type OrganisationType } from './organisation.type.js';

export function organisationById(ctx: RequestContext) {
  return oneLoader<number, OrganisationType>(ctx, 'organisation.byId', async (ids) => (await organisationsByIds(ctx.db, ids)).map(toOrganisation), (o) => o.id);
}

/** One page of the organisations at a site, by name. */
export function organisationsAtSite(ctx: RequestContext, siteId: number, pageArgs: PageArgs) {
  return loadConnection(ctx, 'organisation.atSite', siteId, pageArgs, {}, (ids, page) => organisationPagesAtSites(ctx.db, ids, page), toOrganisation);
}
