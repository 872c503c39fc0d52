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
import { adviceFor, placesPerRequest, type DatasetAdvice, type PlaceLookup } from '../advice/advice.service.js';
import { AdviceOutcomeType } from '../advice/advice.type.js';
import { requireRole } from '../auth/guard.js';
import { NotFoundError } from '../common/errors.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { organisationById } from '../organisations/organisation.loader.js';
import { OrganisationType } from '../organisations/organisation.type.js';
import { regionByCode } from '../regions/region.loader.js';
import { RegionType } from '../regions/region.type.js';
import { LocationCaseFilter, LocationCaseInput, LocationCasePatch } from './case.input.js';
import { casesByIds, searchCases } from './case.queries.js';
import { createCase, updateCase } from './case.service.js';
import { LocationCaseConnection, LocationCaseType, toCase } from './case.type.js';

@ArgsType()
class CasesArgs extends PageArgs {
  @Field(() => LocationCaseFilter, { nullable: true, description: 'Filters' })
  filter?: LocationCaseFilter;
}

@Resolver(() => LocationCaseType)
export class LocationCaseResolver {
  @Query(() => LocationCaseConnection, {
    description: 'Locatiecasussen, nieuwste eerst; vertrouwelijke alleen met includeConfidential en de rol planner',
  })
  async locationCases(
    @Args(() => CasesArgs) args: CasesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<LocationCaseConnection> {
    const page = toPage(args);
    const f = args.filter;
    if (f?.includeConfidential) requireRole(ctx.viewer, 'planner');
    const { rows, total } = await searchCases(
      ctx.db,
      ctx.viewer,
      {
        dataset: f?.dataset ?? 'gepubliceerd',
        includeConfidential: f?.includeConfidential ?? false,
        kinds: f?.kinds,
        status: f?.status,
        regionCode: f?.regionCode?.toUpperCase(),
        organisationId: f?.organisationId,
        search: f?.search?.trim() || undefined,
      },
      page,
    );
    return toConnection(rows.map(toCase), total, page);
  }

  @Query(() => LocationCaseType, {
    description:
      'Eén locatiecasus. Een vertrouwelijke bestaat alleen voor planners en beheerders: anderen krijgen NOT_FOUND, als bij een onbekende sleutel',
  })
  async locationCase(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<LocationCaseType> {
    // A confidential case the viewer may not see is not found, exactly like an id never used.
    const [row] = await casesByIds(ctx.db, ctx.viewer, [id]);
    if (!row) throw new NotFoundError('Locatiecasus', id);
    return toCase(row);
  }

  @Authorized('planner')
  @Mutation(() => LocationCaseType, { description: 'Nieuwe locatiecasus (rol planner; met auditregel)' })
  async createLocationCase(
    @Arg('input', () => LocationCaseInput, { description: 'De gegevens' }) input: LocationCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LocationCaseType> {
    return toCase(await createCase(ctx.db, input, ctx.viewer.id));
  }

  @Authorized('planner')
  @Mutation(() => LocationCaseType, {
    description: 'Wijzig een locatiecasus. Met een verouderde version volgt CONFLICT en wordt niets opgeslagen',
  })
  async updateLocationCase(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Arg('version', () => Int, { description: 'De versie die u las' }) version: number,
    @Arg('patch', () => LocationCasePatch, {
      description: 'Alleen de velden die veranderen (null maakt een veld leeg)',
    })
    patch: LocationCasePatch,
    @Ctx() ctx: RequestContext,
  ): Promise<LocationCaseType> {
    return toCase(await updateCase(ctx.db, id, version, patch, ctx.viewer.id));
  }

  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'De organisatie, als die in het register staat',
  })
  async organisation(@Root() c: LocationCaseType, @Ctx() ctx: RequestContext): Promise<OrganisationType | null> {
    return c.organisationId === null ? null : organisationById(ctx).load(c.organisationId);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'Regio van herkomst' })
  async fromRegion(@Root() c: LocationCaseType, @Ctx() ctx: RequestContext): Promise<RegionType | null> {
    return c.fromRegionCode ? regionByCode(ctx).load(c.fromRegionCode) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'Regio van bestemming' })
  async toRegion(@Root() c: LocationCaseType, @Ctx() ctx: RequestContext): Promise<RegionType | null> {
    return c.toRegionCode ? regionByCode(ctx).load(c.toRegionCode) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Gaat de verandering over een provinciegrens? null (onbekend) als de provincie van herkomst of bestemming onbekend is; zoals adviceOutcome',
  })
  async crossesProvinceBorder(@Root() c: LocationCaseType, @Ctx() ctx: RequestContext): Promise<boolean | null> {
    const { crossesProvincialBorder } = await caseAdvice(c, ctx);
    return crossesProvincialBorder === 'onbekend' ? null : crossesProvincialBorder === 'ja';
  }

  @FieldResolver(() => AdviceOutcomeType, {
    description: 'De adviesregel op deze casus, met grens, grensregio en uitleg (als locationAdvice)',
  })
  async adviceOutcome(@Root() c: LocationCaseType, @Ctx() ctx: RequestContext): Promise<AdviceOutcomeType> {
    return caseAdvice(c, ctx);
  }
}

/**
 * The one advice rule on a case the viewer already reads (so no second visibility check), once
 * per case and request: crossesProvinceBorder and adviceOutcome share it.
 */
function caseAdvice(c: LocationCaseType, ctx: RequestContext): Promise<DatasetAdvice> {
  const key = `case.advice:${c.id}:${c.version}`;
  const cached = ctx.loaders.get(key) as Promise<DatasetAdvice> | undefined;
  if (cached) return cached;
  const places = (ctx.loaders.get('advice.places') as PlaceLookup | undefined) ?? placesPerRequest(ctx.db);
  ctx.loaders.set('advice.places', places);
  const advice = adviceFor(
    ctx.db,
    {
      kind: c.kind,
      fteChange: c.fteChange,
      fteMoving: c.fteMoving,
      dataset: c.dataset,
      fromRegionCode: c.fromRegionCode,
      toRegionCode: c.toRegionCode,
      fromSiteId: c.fromSiteId,
      toSiteId: c.toSiteId,
    },
    places,
  );
  ctx.loaders.set(key, advice);
  return advice;
}
