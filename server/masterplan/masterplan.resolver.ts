import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { NotFoundError } from '../common/errors.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { geometryField } from '../spatial/geometry.input.js';
import { toSpatialFilter } from '../spatial/spatial-filter.input.js';
import { regionByCode } from '../regions/region.loader.js';
import { RegionType } from '../regions/region.type.js';
import { siteById } from '../sites/site.loader.js';
import { SiteType } from '../sites/site.type.js';
import { changeRequestsOfProject, projectById } from './masterplan.loader.js';
import { MasterplanProjectFilter, MasterplanProjectOrder } from './masterplan-filter.input.js';
import { MasterplanProjectInput, MasterplanProjectPatch } from './masterplan.input.js';
import { searchProjects } from './masterplan.queries.js';
import { createProject, updateProject } from './masterplan.service.js';
import {
  ChangeRequestConnection,
  MasterplanProjectConnection,
  MasterplanProjectType,
  toProject,
} from './masterplan.type.js';

@ArgsType()
class ProjectsArgs extends PageArgs {
  @Field(() => MasterplanProjectFilter, { nullable: true, description: 'Filters' })
  filter?: MasterplanProjectFilter;

  @Field(() => MasterplanProjectOrder, { nullable: true, description: 'Sortering (standaard: naam)' })
  orderBy?: MasterplanProjectOrder;
}

@Resolver(() => MasterplanProjectType)
export class MasterplanProjectResolver {
  @Query(() => MasterplanProjectConnection, {
    description: 'Masterplanprojecten (rijkskantoorhuisvesting), gefilterd en gepagineerd',
  })
  async masterplanProjects(
    @Args(() => ProjectsArgs) args: ProjectsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MasterplanProjectConnection> {
    const page = toPage(args);
    const f = args.filter;
    const { nearby: _never, ...spatial } = await toSpatialFilter(ctx.db, f);
    const search = {
      dataset: f?.dataset ?? 'gepubliceerd',
      masterplan: f?.masterplan,
      kinds: f?.kinds,
      status: f?.status,
      gemeenteCode: f?.gemeenteCode?.toUpperCase(),
      siteId: f?.siteId,
      search: f?.search?.trim() || undefined,
      spatial,
    } as const;
    const order = { field: args.orderBy?.field ?? 'NAME', direction: args.orderBy?.direction ?? 'ASC' } as const;
    const { rows, total } = await searchProjects(ctx.db, search, order, page);
    return toConnection(rows.map(toProject), total, page);
  }

  @Query(() => MasterplanProjectType, { description: 'Eén masterplanproject op sleutel' })
  async masterplanProject(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MasterplanProjectType> {
    const project = await projectById(ctx).load(id);
    if (!project) throw new NotFoundError('Masterplanproject', id);
    return project;
  }

  @Authorized('planner')
  @Mutation(() => MasterplanProjectType, { description: 'Nieuw masterplanproject (rol planner; met auditregel)' })
  async createMasterplanProject(
    @Arg('input', () => MasterplanProjectInput, { description: 'De gegevens' }) input: MasterplanProjectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MasterplanProjectType> {
    return toProject(await geometryField('input.location', () => createProject(ctx.db, input, ctx.viewer.id)));
  }

  @Authorized('planner')
  @Mutation(() => MasterplanProjectType, {
    description: 'Wijzig een masterplanproject. Met een verouderde version volgt CONFLICT en wordt niets opgeslagen',
  })
  async updateMasterplanProject(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Arg('version', () => Int, { description: 'De versie die u las' }) version: number,
    @Arg('patch', () => MasterplanProjectPatch, {
      description: 'Alleen de velden die veranderen (null maakt een veld leeg)',
    })
    patch: MasterplanProjectPatch,
    @Ctx() ctx: RequestContext,
  ): Promise<MasterplanProjectType> {
    return toProject(
      await geometryField('patch.location', () => updateProject(ctx.db, id, version, patch, ctx.viewer.id)),
    );
  }

  @FieldResolver(() => SiteType, { nullable: true, description: 'De locatie (rijkskantoor) van het project' })
  async site(@Root() project: MasterplanProjectType, @Ctx() ctx: RequestContext): Promise<SiteType | null> {
    return project.siteId === null ? null : siteById(ctx).load(project.siteId);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'De gemeente van het project' })
  async gemeente(@Root() project: MasterplanProjectType, @Ctx() ctx: RequestContext): Promise<RegionType | null> {
    return project.gemeenteCode === null ? null : regionByCode(ctx).load(project.gemeenteCode);
  }

  @FieldResolver(() => ChangeRequestConnection, {
    description: 'Verzoeken tot wijziging (VtW) op dit project, nieuwste eerst, gepagineerd',
  })
  async changeRequests(
    @Root() project: MasterplanProjectType,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeRequestConnection> {
    return changeRequestsOfProject(ctx, project.id, args);
  }
}
