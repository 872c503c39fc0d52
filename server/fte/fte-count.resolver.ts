/** Relations of a single fte figure (region, site, organisation, import), batched per request. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { organisationById } from '../organisations/organisation.loader.js';
import { OrganisationType } from '../organisations/organisation.type.js';
import { importRunById } from '../provenance/import-run.loader.js';
import { ImportRunType } from '../provenance/import-run.type.js';
import { regionByCode } from '../regions/region.loader.js';
import { RegionType } from '../regions/region.type.js';
import { siteById } from '../sites/site.loader.js';
import { SiteType } from '../sites/site.type.js';
import { FteCountType } from './fte-count.type.js';

@Resolver(() => FteCountType)
export class FteCountResolver {
  @FieldResolver(() => RegionType, { nullable: true, description: 'De regio (bij scope regio)' })
  async region(@Root() f: FteCountType, @Ctx() ctx: RequestContext): Promise<RegionType | null> {
    return f.regionCode ? regionByCode(ctx).load(f.regionCode) : null;
  }

  @FieldResolver(() => SiteType, { nullable: true, description: 'De locatie (bij scope locatie)' })
  async site(@Root() f: FteCountType, @Ctx() ctx: RequestContext): Promise<SiteType | null> {
    return f.siteId === null ? null : siteById(ctx).load(f.siteId);
  }

  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'De organisatie, als het cijfer per organisatie is',
  })
  async organisation(@Root() f: FteCountType, @Ctx() ctx: RequestContext): Promise<OrganisationType | null> {
    return f.organisationId === null ? null : organisationById(ctx).load(f.organisationId);
  }

  @FieldResolver(() => ImportRunType, {
    nullable: true,
    description: 'De import (levering) waarmee dit cijfer binnenkwam',
  })
  async importRun(@Root() f: FteCountType, @Ctx() ctx: RequestContext): Promise<ImportRunType | null> {
    return f.importId === null ? null : importRunById(ctx).load(f.importId);
  }
}
