/** DataLoaders for masterplan projects and change requests. */
import type { RequestContext } from '../graphql/context.js';
import { manyLoader, oneLoader } from '../graphql/loaders.js';
import { changeRequestsOfProjects, projectsAtSites, projectsByIds } from './masterplan.queries.js';
import { toChangeRequest, toProject, type ChangeRequestType, type MasterplanProjectType } from './masterplan.type.js';

export function projectById(ctx: RequestContext) {
  return oneLoader<number, MasterplanProjectType>(ctx, 'project.byId', async (ids) => (await projectsByIds(ctx.db, ids)).map(toProject), (p) => p.id);
}

export function projectsAtSite(ctx: RequestContext) {
  return manyLoader<number, MasterplanProjectType>(ctx, 'project.atSite', async (ids) => (await projectsAtSites(ctx.db, ids)).map(toProject), (p) => p.siteId!);
}

export function changeRequestsOfProject(ctx: RequestContext) {
  return manyLoader<number, ChangeRequestType>(ctx, 'changeRequest.ofProject', async (ids) => (await changeRequestsOfProjects(ctx.db, ids)).map(toChangeRequest), (c) => c.projectId);
}
