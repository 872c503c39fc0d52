/** Relations of a site, each batched per request (one statement per relation, not per site). */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ValidationError } from '../common/errors.js';
import { manyLoader } from '../graphql/loaders.js';
import { nearestStationsToSites } from '../stations/station.queries.js';
import { StationType, toStation } from '../stations/station.type.js';
import type { Dataset } from '../common/domain.js';
import { LocalDateScalar } from '../graphql/common.types.js';
import type { RequestContext } from '../graphql/context.js';
import { fteCountsAtSite } from '../fte/fte.batch.js';
import { FteCountType } from '../fte/fte-count.type.js';
import { projectsAtSite } from '../masterplan/masterplan.batch.js';
import { MasterplanProjectType } from '../masterplan/masterplan.type.js';
import { organisationsAtSite } from '../organisations/organisation.batch.js';
import { OrganisationType } from '../organisations/organisation.type.js';
import { importRunById } from '../provenance/import-run.batch.js';
import { ImportRunType } from '../provenance/import-run.type.js';
import { regionByCode } from '../regions/region.batch.js';
import { RegionType } from '../regions/region.type.js';
import { SiteType } from './site.type.js';

@Resolver(() => SiteType)
export class SiteFieldsResolver {
  @FieldResolver(() => [OrganisationType], { description: 'Organisaties die hier gehuisvest zijn, op naam' })
  async organisations(@Root() site: SiteType, @Ctx() ctx: RequestContext): Promise<OrganisationType[]> {
    return organisationsAtSite(ctx).load(site.id);
  }

  @FieldResolver(() => [FteCountType], { description: 'Fte-cijfers van deze locatie (leveringen), nieuwste peildatum eerst' })
  async fteCounts(
    @Root() site: SiteType,
    @Arg('peildatum', () => LocalDateScalar, { nullable: true, description: 'Alleen deze peildatum' }) peildatum: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<FteCountType[]> {
    // A site's figures belong to the site's own dataset: demo sites carry demo deliveries.
    return fteCountsAtSite(ctx, { dataset: site.dataset as Dataset, peildatum }).load(site.id);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'De gemeente waarin de locatie ligt' })
  async gemeente(@Root() site: SiteType, @Ctx() ctx: RequestContext): Promise<RegionType | null> {
    return site.gemeenteCode ? regionByCode(ctx).load(site.gemeenteCode) : null;
  }

  @FieldResolver(() => [MasterplanProjectType], { description: 'Masterplanprojecten op deze locatie' })
  async masterplanProjects(@Root() site: SiteType, @Ctx() ctx: RequestContext): Promise<MasterplanProjectType[]> {
    return projectsAtSite(ctx).load(site.id);
  }

  @FieldResolver(() => [StationType], { description: 'De dichtstbijzijnde treinstations (bereikbaarheid), dichtstbijzijnde eerst, met distanceM' })
  async nearestStations(
    @Root() site: SiteType,
    @Arg('count', () => Int, { defaultValue: 3, description: 'Aantal (1 tot en met 10)' }) count: number,
    @Ctx() ctx: RequestContext,
  ): Promise<StationType[]> {
    if (!Number.isInteger(count) || count < 1 || count > 10) throw new ValidationError('count', `count moet tussen 1 en 10 liggen (kreeg ${count})`);
    const loader = manyLoader<number, StationType & { siteId: number }>(
      ctx,
      `site.nearestStations:${count}`,
      async (ids) => (await nearestStationsToSites(ctx.db, ids, count)).map((row) => ({ ...toStation(row), siteId: row.site_id })),
      (s) => s.siteId,
    );
    return loader.load(site.id);
  }

  @FieldResolver(() => ImportRunType, { nullable: true, description: 'De import waarmee deze locatie binnenkwam (herkomst); null bij handmatige invoer' })
  async importRun(@Root() site: SiteType, @Ctx() ctx: RequestContext): Promise<ImportRunType | null> {
    return site.importId === null ? null : importRunById(ctx).load(site.importId);
  }
}
