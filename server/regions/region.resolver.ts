import { Arg, Args, ArgsType, Ctx, Field, Float, Int, Query, Resolver, FieldResolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RegionKind } from '../common/domain.js';
import { NotFoundError, ValidationError } from '../common/errors.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { GeoJSONScalar } from '../graphql/geojson.scalar.js';
import { loaderFor } from '../graphql/loaders.js';
import { latestRegionYear, listRegions, regionGeometries, type RegionRow } from './region.queries.js';
import { RegionConnection, RegionKindEnum, RegionType } from './region.type.js';

@ArgsType()
class RegionsArgs extends PageArgs {
  @Field(() => RegionKindEnum, { nullable: true, description: 'Alleen regio’s van deze soort' })
  kind?: RegionKind;

  @Field(() => Int, { nullable: true, description: 'Jaar van de gebiedsindeling (standaard: het nieuwste)' })
  year?: number;

  @Field(() => [String], { nullable: true, description: 'Alleen deze CBS-codes' })
  codes?: string[];
}

export function toRegion(row: RegionRow): RegionType {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    year: row.year,
    provincieCode: row.provincie_code,
    coropCode: row.corop_code,
    arbeidsmarktregioCode: row.arbeidsmarktregio_code,
    isRandstad: row.is_randstad,
    isGrensregio: row.is_grensregio,
    source: row.source,
  };
}

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'Regio’s, gepagineerd, in vaste volgorde (soort, code, jaar)' })
  async regions(@Args(() => RegionsArgs) args: RegionsArgs, @Ctx() ctx: RequestContext): Promise<RegionConnection> {
    const page = toPage(args);
    const year = args.year ?? (await latestRegionYear(ctx.db, args.kind)) ?? undefined;
    const { rows, total } = await listRegions(ctx.db, { kind: args.kind, year, codes: args.codes }, page);
    return toConnection(rows.map(toRegion), total, page);
  }

  @Query(() => RegionType, { description: 'Eén regio op CBS-code (in het nieuwste jaar, of het opgegeven jaar)' })
  async region(
    @Arg('code', () => String) code: string,
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionType> {
    const resolvedYear = year ?? (await latestRegionYear(ctx.db)) ?? undefined;
    const { rows } = await listRegions(ctx.db, { codes: [code], year: resolvedYear }, { limit: 1, offset: 0 });
    if (!rows[0]) throw new NotFoundError('Regio', code);
    return toRegion(rows[0]);
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'Grens als GeoJSON MultiPolygon (WGS84)' })
  async geometry(
    @Root() region: RegionType,
    @Arg('tolerance', () => Float, { nullable: true, description: 'Vereenvoudiging in graden (0.001 ≈ 100 m); leeg = opgeslagen geometrie' }) tolerance: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Geometry> {
    const t = tolerance ?? 0;
    if (!Number.isFinite(t) || t < 0 || t > 0.1) throw new ValidationError('tolerance', 'tolerance moet tussen 0 en 0,1 graden liggen');
    const loader = loaderFor<number, string>(ctx, `region.geometry:${t}`, async (ids) => {
      const found = await regionGeometries(ctx.db, ids, t);
      return ids.map((id) => found.get(id) ?? new Error(`geometry ${id} missing`));
    });
    return JSON.parse(await loader.load(region.id)) as Geometry;
  }
}
