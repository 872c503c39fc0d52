/** Relations of a site, each batched per request (one statement per relation, not per site). */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { ValidationError } from '../common/errors.js';
import { manyLoader } from '../graphql/loaders.js';
import { nearestStationsToSites } from '../stations/station.queries.js';
import { NearbyStation, toNearbyStation, toStation } from '../stations/station.type.js';
import type { Dataset } from '../../common/domain.js';
import { LocalDateScalar } from '../graphql/common.types.js';
import { PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { fteCountsAtSite } from '../fte/fte.loader.js';
import { FteCountConnection } from '../fte/fte-count.type.js';
import { projectsAtSite } from '../masterplan/masterplan.loader.js';
import { MasterplanProjectConnection } from '../masterplan/masterplan.type.js';
import { organisationsAtSite } from '../organisations/organisation.loader.js';
import { OrganisationConnection } from '../organisations/organisation.type.js';
import { importRunById } from '../provenance/import-run.loader.js';
import { ImportRunType } from '../provenance/import-run.type.js';
import { regionByCode } from '../regions/region.loader.js';
import { RegionType } from '../regions/region.type.js';
import { SiteType } from './site.type.js';

@ArgsType()
class SiteFteCountsArgs extends PageArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Alleen deze peildatum' })
  peildatum?: string;
}

@Resolver(() => SiteType)
export class SiteFieldsResolver {
  @FieldResolver(() => OrganisationConnection, {
    description: 'Organisaties die hier gehuisvest zijn, op naam, gepagineerd',
  })
  organisations(
    @Root() site: SiteType,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganisationConnection> {
    return organisationsAtSite(ctx, site.id, args, info);
  }

  @FieldResolver(() => FteCountConnection, {
    description: 'Fte-cijfers van deze locatie (leveringen), nieuwste peildatum eerst, gepagineerd',
  })
  fteCounts(
    @Root() site: SiteType,
    @Args(() => SiteFteCountsArgs) args: SiteFteCountsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<FteCountConnection> {
    // A site's figures belong to the site's own dataset: demo sites carry demo deliveries.
    return fteCountsAtSite(ctx, site.id, { dataset: site.dataset as Dataset, peildatum: args.peildatum }, args);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'De gemeente waarin de locatie ligt' })
  async gemeente(@Root() site: SiteType, @Ctx() ctx: RequestContext): Promise<RegionType | null> {
    return site.gemeenteCode ? regionByCode(ctx).load(site.gemeenteCode) : null;
  }

  @FieldResolver(() => MasterplanProjectConnection, {
    description: 'Masterplanprojecten op deze locatie, op naam, gepagineerd',
  })
  async masterplanProjects(
    @Root() site: SiteType,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MasterplanProjectConnection> {
    return projectsAtSite(ctx, site.id, args);
  }

  @FieldResolver(() => [NearbyStation], {
    description:
      'De dichtstbijzijnde treinstations (bereikbaarheid), dichtstbijzijnde eerst, elk met distanceM; bij locationPrecision ' +
      'gemeente gemeten vanaf een punt in de gemeente, niet vanaf het adres (zie locationNote)',
  })
  async nearestStations(
    @Root() site: SiteType,
    @Arg('count', () => Int, { defaultValue: 3, description: 'Aantal (1 tot en met 10)' }) count: number,
    @Ctx() ctx: RequestContext,
  ): Promise<NearbyStation[]> {
    if (!Number.isInteger(count) || count < 1 || count > 10)
      throw new ValidationError('count', `count moet tussen 1 en 10 liggen (kreeg ${count})`);
    const loader = manyLoader<number, NearbyStation & { siteId: number }>(
      ctx,
      `site.nearestStations:${count}`,
      async (ids) =>
        (await nearestStationsToSites(ctx.db, ids, count)).map((row) => ({
          ...toNearbyStation(toStation(row)),
          siteId: row.site_id,
        })),
      (s) => s.siteId,
    );
    return loader.load(site.id);
  }

  @FieldResolver(() => ImportRunType, {
    nullable: true,
    description: 'De import waarmee deze locatie binnenkwam (herkomst); null bij handmatige invoer',
  })
  async importRun(@Root() site: SiteType, @Ctx() ctx: RequestContext): Promise<ImportRunType | null> {
    return site.importId === null ? null : importRunById(ctx).load(site.importId);
  }
}
