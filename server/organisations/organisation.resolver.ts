import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Dataset } from '../../common/domain.js';
import { NotFoundError } from '../common/errors.js';
import { LocalDateScalar } from '../graphql/common.types.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { DatasetEnum } from '../graphql/enums.js';
import { fteCountsOfOrganisation } from '../fte/fte.loader.js';
import { FteCountConnection } from '../fte/fte-count.type.js';
import { sitesOfOrganisation } from '../sites/site.loader.js';
import { toSiteOrder, toSiteSearch } from '../sites/site-search.input.js';
import { SitesArgs } from '../sites/site-filter.input.js';
import { SiteConnection } from '../sites/site.type.js';
import { organisationById } from './organisation.loader.js';
import { searchOrganisations } from './organisation.queries.js';
import {
  OrganisationConnection,
  OrganisationFilter,
  OrganisationOrder,
  OrganisationType,
  toOrganisation,
} from './organisation.type.js';

@ArgsType()
class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Filters' })
  filter?: OrganisationFilter;

  @Field(() => OrganisationOrder, { nullable: true, description: 'Sortering (standaard: naam)' })
  orderBy?: OrganisationOrder;
}

@ArgsType()
class OrganisationFteCountsArgs extends PageArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Alleen deze peildatum' })
  peildatum?: string;

  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Dataset' })
  dataset: Dataset;
}

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Rijksorganisaties, gefilterd en gepagineerd' })
  async organisations(
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationConnection> {
    const page = toPage(args);
    const order = { field: args.orderBy?.field ?? 'NAME', direction: args.orderBy?.direction ?? 'ASC' } as const;
    const filter = {
      sector: args.filter?.sector,
      parentId: args.filter?.parentId,
      search: args.filter?.search?.trim() || undefined,
    };
    const { rows, total } = await searchOrganisations(ctx.db, filter, order, page);
    return toConnection(rows.map(toOrganisation), total, page);
  }

  @Query(() => OrganisationType, { description: 'Eén organisatie op sleutel' })
  async organisation(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationType> {
    const organisation = await organisationById(ctx).load(id);
    if (!organisation) throw new NotFoundError('Organisatie', id);
    return organisation;
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Moederorganisatie (meestal het ministerie)' })
  async parent(@Root() organisation: OrganisationType, @Ctx() ctx: RequestContext): Promise<OrganisationType | null> {
    return organisation.parentId === null ? null : organisationById(ctx).load(organisation.parentId);
  }

  @FieldResolver(() => SiteConnection, {
    description: 'Locaties waar deze organisatie gehuisvest is, gefilterd en gepagineerd (standaard op naam)',
  })
  async sites(
    @Root() organisation: OrganisationType,
    @Args(() => SitesArgs) args: SitesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SiteConnection> {
    const search = await toSiteSearch(ctx.db, args.filter);
    return sitesOfOrganisation(ctx, organisation.id, search, toSiteOrder(args.orderBy, search), args, info);
  }

  @FieldResolver(() => FteCountConnection, {
    description: 'Fte-cijfers van deze organisatie, nieuwste peildatum eerst, gepagineerd',
  })
  fteCounts(
    @Root() organisation: OrganisationType,
    @Args(() => OrganisationFteCountsArgs) args: OrganisationFteCountsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<FteCountConnection> {
    return fteCountsOfOrganisation(ctx, organisation.id, { dataset: args.dataset, peildatum: args.peildatum }, args);
  }
}
