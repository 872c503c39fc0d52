/** Fields of a region that follow a relation or compute something; each batched per request. */
import type { Geometry } from 'geojson';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, Info, Int, Resolver, Root } from 'type-graphql';
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import { ValidationError } from '../common/errors.js';
import { LocalDateScalar, missing, known } from '../graphql/common.types.js';
import type { RequestContext } from '../graphql/context.js';
import { DatasetEnum, SectorEnum } from '../graphql/enums.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import { loaderFor } from '../graphql/loaders.js';
import { RegionFteType } from '../fte/fte-aggregate.type.js';
import { REASONS } from '../fte/fte-reasons.model.js';
import { SitesArgs } from '../sites/site-filter.input.js';
import { sitesInRegion } from '../sites/site.loader.js';
import { toSiteOrder, toSiteSearch } from '../sites/site-search.input.js';
import { SiteConnection } from '../sites/site.type.js';
import { populationOn } from './population.queries.js';
import { PopulationType } from './population.type.js';
import { regionBBox, regionByCode } from './region.loader.js';
import { regionGeometryJson } from './region-search.queries.js';
import { regionFteLoader } from './region-fte.loader.js';
import { RegionKindEnum } from '../graphql/enums.js';
import { RegionType } from './region.type.js';

const PARENT_CODE: Record<RegionKind, keyof RegionType> = {
  provincie: 'provincieCode',
  corop: 'coropCode',
  arbeidsmarktregio: 'arbeidsmarktregioCode',
  gemeente: 'code',
};

/**
 * Which kinds can contain which: gemeenten nest in COROP-gebieden, arbeidsmarktregio's and
 * provincies; COROP-gebieden and arbeidsmarktregio's in provincies. A province is not "in" a
 * COROP-gebied even though a point on its surface is, so those pairs answer null.
 */
const CONTAINERS: Record<RegionKind, readonly RegionKind[]> = {
  gemeente: ['gemeente', 'corop', 'arbeidsmarktregio', 'provincie'],
  corop: ['corop', 'provincie'],
  arbeidsmarktregio: ['arbeidsmarktregio', 'provincie'],
  provincie: ['provincie'],
};

@ArgsType()
class RegionFteArgs {
  @Field(() => LocalDateScalar, { description: 'Peildatum' }) peildatum: string;
  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Dataset' }) dataset: Dataset;
  @Field(() => SectorEnum, { nullable: true, description: 'Eén sector' }) sector?: Sector;
  @Field(() => Int, { nullable: true, description: 'Eén organisatie' }) organisationId?: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Vergelijkingsdatum voor groei' })
  comparePeildatum?: string;
}

@Resolver(() => RegionType)
export class RegionFieldsResolver {
  @FieldResolver(() => GeoJSONScalar, {
    description: 'Grens als GeoJSON MultiPolygon (WGS84); licht te maken met tolerance en decimals',
  })
  async geometry(
    @Root() region: RegionType,
    @Arg('tolerance', () => Float, {
      nullable: true,
      description: 'Vereenvoudiging in graden (0,001 ≈ 100 m), topologie behouden; leeg = opgeslagen geometrie',
    })
    tolerance: number | undefined,
    @Arg('decimals', () => Int, { defaultValue: 6, description: 'Decimalen per coördinaat (0–15; 5 ≈ 1 m)' })
    decimals: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Geometry> {
    const t = tolerance ?? 0;
    if (!Number.isFinite(t) || t < 0 || t > 0.1)
      throw new ValidationError('tolerance', 'tolerance moet tussen 0 en 0,1 graden liggen');
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15)
      throw new ValidationError('decimals', 'decimals moet een geheel getal van 0 tot en met 15 zijn');
    const loader = loaderFor<number, string>(ctx, `region.geometry:${t}:${decimals}`, async (ids) => {
      const found = await regionGeometryJson(ctx.db, ids, { tolerance: t, decimals });
      return ids.map((id) => found.get(id) ?? new Error(`geometrie van regio ${id} ontbreekt`));
    });
    return JSON.parse(await loader.load(region.id)) as Geometry;
  }

  @FieldResolver(() => [Float], {
    description: 'Begrenzingsvak [minLon, minLat, maxLon, maxLat] in WGS84, om op in te zoomen',
  })
  async bbox(@Root() region: RegionType, @Ctx() ctx: RequestContext): Promise<number[]> {
    return regionBBox(ctx).load(region.id);
  }

  @FieldResolver(() => RegionType, {
    nullable: true,
    description:
      'De regio van de gevraagde soort waarin deze regio ligt (ruimtelijk afgeleid); null als die soort deze regio niet omvat (een provincie ligt niet in een COROP-gebied); een regio is haar eigen ouder van dezelfde soort',
  })
  async parent(
    @Root() region: RegionType,
    @Arg('kind', () => RegionKindEnum, { description: 'Soort hogere regio' }) kind: RegionKind,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionType | null> {
    if (!CONTAINERS[region.kind].includes(kind)) return null;
    const code = region[PARENT_CODE[kind]] as string | null;
    return code ? regionByCode(ctx).load(code) : null;
  }

  @FieldResolver(() => SiteConnection, {
    description: 'Locaties binnen deze regio (ruimtelijk, rand inbegrepen), gefilterd en gepagineerd',
  })
  async sites(
    @Root() region: RegionType,
    @Args(() => SitesArgs) args: SitesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SiteConnection> {
    const search = await toSiteSearch(ctx.db, args.filter);
    return sitesInRegion(ctx, region.id, search, toSiteOrder(args.orderBy, search), args, info);
  }

  @FieldResolver(() => RegionFteType, {
    description: 'Rijkswerkgelegenheid in deze regio (zelfde berekening als fteAggregate)',
  })
  async fte(
    @Root() region: RegionType,
    @Args(() => RegionFteArgs) args: RegionFteArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionFteType> {
    return regionFteLoader(ctx, args).load(region);
  }

  @FieldResolver(() => PopulationType, { description: 'Inwoners (CBS) op een peildatum' })
  async population(
    @Root() region: RegionType,
    @Arg('peildatum', () => LocalDateScalar, { description: 'Peildatum, bijv. 2024-01-01' }) peildatum: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PopulationType> {
    const loader = loaderFor<string, PopulationType>(ctx, `region.population:${peildatum}`, async (codes) => {
      const found = await populationOn(ctx.db, codes, peildatum);
      return codes.map((code) => {
        const row = found.get(code);
        return {
          peildatum,
          inhabitants: row ? known(row.inhabitants) : missing(REASONS.noPopulation(peildatum)),
          sourceUrl: row?.source_url ?? null,
        };
      });
    });
    return loader.load(region.code);
  }
}
