/** DataLoaders for masterplan projects, and the nested project and change-request connections. */
import type { PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loadConnection, oneLoader } from '../graphql/loaders.js';
import { changeRequestPagesOfProjects, projectPagesAtSites, projectsByIds } from './masterplan.queries.js';
import { toChangeRequest, toProject, type MasterplanProjectType } from './masterplan.type.js';

export function projectById(ctx: RequestContext) {
  return oneLoader<number, MasterplanProjectType>(
    ctx,
    'project.byId',
    async (ids) => (await projectsByIds(ctx.db, ids)).map(toProject),
    (p) => p.id,
  );
}

/** One page of projects at a site, by name. */
export function projectsAtSite(ctx: RequestContext, siteId: number, pageArgs: PageArgs) {
  return loadConnection(
    ctx,
    'project.atSite',
    siteId,
    pageArgs,
    {},
    (ids, page) => projectPagesAtSites(ctx.db, ids, page),
    toProject,
  );
}

/** One page of a project's change requests, newest first. */
export function changeRequestsOfProject(ctx: RequestContext, projectId: number, pageArgs: PageArgs) {
  return loadConnection(
    ctx,
    'changeRequest.ofProject',
    projectId,
    pageArgs,
    {},
    (ids, page) => changeRequestPagesOfProjects(ctx.db, ids, page),
    toChangeRequest,
  );
}
