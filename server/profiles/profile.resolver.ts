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
import { loadConnection } from '../graphql/loaders.js';
import { regionByCode } from '../regions/region.loader.js';
import { RegionType } from '../regions/region.type.js';
import { profilesByIds, profilePagesOfRegions, searchProfiles } from './profile.queries.js';
import { createProfile, updateProfile } from './profile.service.js';
import { RegionProfileInput, RegionProfilePatch } from './profile.input.js';
import { RegionProfileConnection, RegionProfileType, toProfile } from './profile.type.js';

@ArgsType()
class ProfilesArgs extends PageArgs {
  @Field(() => [String], { nullable: true, description: 'Alleen profielen van deze regio’s (CBS-codes)' })
  regionCodes?: string[];

  @Field(() => String, { nullable: true, description: 'Alleen profielen met deze kernkwaliteit (exact)' })
  coreQuality?: string;
}

@Resolver(() => RegionProfileType)
export class RegionProfileResolver {
  @Query(() => RegionProfileConnection, {
    description: 'Ontwikkelprofielen van regio’s, op regiocode en nieuwste eerst',
  })
  async regionProfiles(
    @Args(() => ProfilesArgs) args: ProfilesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionProfileConnection> {
    const page = toPage(args);
    const { rows, total } = await searchProfiles(
      ctx.db,
      { regionCodes: args.regionCodes?.map((c) => c.toUpperCase()), coreQuality: args.coreQuality },
      page,
    );
    return toConnection(rows.map(toProfile), total, page);
  }

  @Query(() => RegionProfileType, { description: 'Eén ontwikkelprofiel op sleutel' })
  async regionProfile(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionProfileType> {
    const [row] = await profilesByIds(ctx.db, [id]);
    if (!row) throw new NotFoundError('Ontwikkelprofiel', id);
    return toProfile(row);
  }

  @Authorized('planner')
  @Mutation(() => RegionProfileType, { description: 'Nieuw ontwikkelprofiel (rol planner; met auditregel)' })
  async createRegionProfile(
    @Arg('input', () => RegionProfileInput, { description: 'De gegevens' }) input: RegionProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionProfileType> {
    return toProfile(await createProfile(ctx.db, input, ctx.viewer.id));
  }

  @Authorized('planner')
  @Mutation(() => RegionProfileType, {
    description: 'Wijzig een ontwikkelprofiel. Met een verouderde version volgt CONFLICT en wordt niets opgeslagen',
  })
  async updateRegionProfile(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Arg('version', () => Int, { description: 'De versie die u las' }) version: number,
    @Arg('patch', () => RegionProfilePatch, {
      description: 'Alleen de velden die veranderen (null maakt een veld leeg)',
    })
    patch: RegionProfilePatch,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionProfileType> {
    return toProfile(await updateProfile(ctx.db, id, version, patch, ctx.viewer.id));
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'De regio van dit profiel' })
  async region(@Root() profile: RegionProfileType, @Ctx() ctx: RequestContext): Promise<RegionType | null> {
    return regionByCode(ctx).load(profile.regionCode);
  }
}

@Resolver(() => RegionType)
export class RegionProfilesFieldResolver {
  @FieldResolver(() => RegionProfileConnection, {
    description: 'Ontwikkelprofielen van deze regio, nieuwste eerst, gepagineerd',
  })
  async profiles(
    @Root() region: RegionType,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionProfileConnection> {
    return loadConnection(
      ctx,
      'profile.ofRegion',
      region.code,
      args,
      {},
      (codes, page) => profilePagesOfRegions(ctx.db, codes, page),
      toProfile,
    );
  }
}
