import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Geometry } from 'geojson';
import { NotFoundError, ValidationError } from '../common/errors.js';
import { toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { geometryField, pointArg } from '../spatial/geometry.input.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import { nearestSites, searchSites } from './site-search.queries.js';
import { siteById } from './site.loader.js';
import { planSiteColumnsAt, planSiteList } from './site.plan.js';
import { toSiteOrder, toSiteSearch } from './site-search.input.js';
import { SiteFilter, SitesArgs } from './site-filter.input.js';
import { SiteInput, SitePatch } from './site.input.js';
import { createSite, updateSite } from './site.service.js';
import { NearbySite, SiteConnection, SiteType, siteEdge, toNearbySite, toSite } from './site.type.js';

export const MAX_NEAREST = 100;

@Resolver(() => SiteType)
export class SiteResolver {
  @Query(() => SiteConnection, {
    description: 'Locaties (rijkskantoren, rijksontmoetingspleinen, overige), gefilterd, gesorteerd en gepagineerd',
  })
  async sites(
    @Args(() => SitesArgs) args: SitesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SiteConnection> {
    const page = toPage(args);
    const search = await toSiteSearch(ctx.db, args.filter);
    const planned = planSiteList(info);
    const { rows, total } = await searchSites(ctx.db, search, toSiteOrder(args.orderBy, search), page, planned.plan);
    const sites = rows.map(toSite);
    planned.after(rows as unknown as Record<string, unknown>[], sites);
    return toConnection(sites, total, page, siteEdge);
  }

  @Query(() => SiteType, { description: 'Eén locatie op sleutel' })
  async site(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SiteType> {
    const site = await siteById(ctx).load(id);
    if (!site) throw new NotFoundError('Locatie', id);
    return site;
  }

  @Query(() => [NearbySite], {
    description: `De dichtstbijzijnde locaties bij een punt (hoogstens ${MAX_NEAREST}), dichtstbijzijnde eerst, elk met distanceM`,
  })
  async nearestSites(
    @Arg('point', () => GeoJSONScalar, { description: 'GeoJSON Point in Nederland' }) point: Geometry,
    @Arg('count', () => Int, { defaultValue: 10, description: `Aantal (1 tot en met ${MAX_NEAREST})` }) count: number,
    @Arg('filter', () => SiteFilter, { nullable: true, description: 'Filters die eerst gelden' })
    filter: SiteFilter | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NearbySite[]> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_NEAREST)
      throw new ValidationError('count', `count moet tussen 1 en ${MAX_NEAREST} liggen (kreeg ${count})`);
    const origin = pointArg(point, 'point');
    // Only the columns the selection under `site` reads (site.plan.ts).
    const { columns } = planSiteColumnsAt(info, ['site']);
    const rows = await nearestSites(ctx.db, origin, count, await toSiteSearch(ctx.db, filter), columns);
    return rows.map((row) => toNearbySite(toSite(row)));
  }

  @Authorized('planner')
  @Mutation(() => SiteType, {
    description:
      'Nieuwe locatie (rol planner). De gemeente wordt uit de ligging afgeleid als die niet is opgegeven; met auditregel',
  })
  async createSite(
    @Arg('input', () => SiteInput, { description: 'De gegevens' }) input: SiteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SiteType> {
    return toSite(await geometryField('input.location', () => createSite(ctx.db, input, ctx.viewer.id)));
  }

  @Authorized('planner')
  @Mutation(() => SiteType, {
    description: 'Wijzig een locatie. Met een verouderde version volgt CONFLICT en wordt niets opgeslagen',
  })
  async updateSite(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Arg('version', () => Int, { description: 'De versie die u las' }) version: number,
    @Arg('patch', () => SitePatch, { description: 'Alleen de velden die veranderen (null maakt een veld leeg)' })
    patch: SitePatch,
    @Ctx() ctx: RequestContext,
  ): Promise<SiteType> {
    return toSite(await geometryField('patch.location', () => updateSite(ctx.db, id, version, patch, ctx.viewer.id)));
  }
}
