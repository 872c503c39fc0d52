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
import type { ChangeRequestStatus } from '../../common/domain.js';
import { NotFoundError } from '../common/errors.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { ChangeRequestStatusEnum } from '../graphql/enums.js';
import { createChangeRequest, updateChangeRequest } from './change-request.service.js';
import { projectById } from './masterplan.loader.js';
import { ChangeRequestInput, ChangeRequestPatch } from './masterplan.input.js';
import { changeRequestsByIds, searchChangeRequests } from './masterplan.queries.js';
import {
  ChangeRequestConnection,
  ChangeRequestType,
  MasterplanProjectType,
  toChangeRequest,
} from './masterplan.type.js';

@ArgsType()
class ChangeRequestsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Alleen verzoeken op dit masterplanproject' })
  projectId?: number;

  @Field(() => [ChangeRequestStatusEnum], { nullable: true, description: 'Alleen verzoeken met deze status' })
  statuses?: ChangeRequestStatus[];
}

@Resolver(() => ChangeRequestType)
export class ChangeRequestResolver {
  @Query(() => ChangeRequestConnection, { description: 'Verzoeken tot wijziging (VtW), nieuwste indiening eerst' })
  async changeRequests(
    @Args(() => ChangeRequestsArgs) args: ChangeRequestsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeRequestConnection> {
    const page = toPage(args);
    const { rows, total } = await searchChangeRequests(
      ctx.db,
      { projectId: args.projectId, statuses: args.statuses },
      page,
    );
    return toConnection(rows.map(toChangeRequest), total, page);
  }

  @Query(() => ChangeRequestType, { description: 'Eén verzoek tot wijziging op sleutel' })
  async changeRequest(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeRequestType> {
    const [row] = await changeRequestsByIds(ctx.db, [id]);
    if (!row) throw new NotFoundError('Verzoek tot wijziging', id);
    return toChangeRequest(row);
  }

  @Authorized('planner')
  @Mutation(() => ChangeRequestType, {
    description: 'Nieuw verzoek tot wijziging op een masterplanproject (rol planner; met auditregel)',
  })
  async createChangeRequest(
    @Arg('input', () => ChangeRequestInput, { description: 'De gegevens' }) input: ChangeRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeRequestType> {
    return toChangeRequest(await createChangeRequest(ctx.db, input, ctx.viewer.id));
  }

  @Authorized('planner')
  @Mutation(() => ChangeRequestType, {
    description:
      'Wijzig een verzoek tot wijziging. Met een verouderde version volgt CONFLICT en wordt niets opgeslagen',
  })
  async updateChangeRequest(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Arg('version', () => Int, { description: 'De versie die u las' }) version: number,
    @Arg('patch', () => ChangeRequestPatch, {
      description: 'Alleen de velden die veranderen (null maakt een veld leeg)',
    })
    patch: ChangeRequestPatch,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeRequestType> {
    return toChangeRequest(await updateChangeRequest(ctx.db, id, version, patch, ctx.viewer.id));
  }

  @FieldResolver(() => MasterplanProjectType, {
    description: 'Het masterplanproject waarop het verzoek betrekking heeft',
  })
  async project(@Root() request: ChangeRequestType, @Ctx() ctx: RequestContext): Promise<MasterplanProjectType> {
    const project = await projectById(ctx).load(request.projectId);
    if (!project) throw new NotFoundError('Masterplanproject', request.projectId);
    return project;
  }
}
