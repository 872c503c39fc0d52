import type { Geometry } from 'geojson';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Info, Int, Query, Resolver } from 'type-graphql';
import type { RegionKind } from '../../common/domain.js';
import { NotFoundError } from '../common/errors.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import { requestDataVersion, useDataVersion, type RequestContext } from '../graphql/context.js';
import { DATA_VERSION_COLUMN, dataVersionRead } from '../common/data-version.js';
import { areaArg, BBoxInput, bboxArg, pointArg } from '../spatial/geometry.input.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import { needsTotal, selects } from '../graphql/look-ahead.js';
import type { SpatialFilter } from '../search/spatial.queries.js';
import { regionsByCodes, searchRegions } from './region-search.queries.js';
import type { RegionRow } from './region.queries.js';
import { planRegionFte, setPlannedFte } from './region-fte.loader.js';
import { RegionKindEnum } from '../graphql/enums.js';
import { RegionConnection, RegionType, toRegion } from './region.type.js';

export { toRegion };

@ArgsType()
class RegionsArgs extends PageArgs {
  @Field(() => RegionKindEnum, { nullable: true, description: 'Alleen regio’s van deze soort' })
  kind?: RegionKind;

  @Field(() => Int, { nullable: true, description: 'Jaar van de gebiedsindeling (standaard: het nieuwste)' })
  year?: number;

  @Field(() => [String], { nullable: true, description: 'Alleen deze CBS-codes' })
  codes?: string[];

  @Field(() => String, { nullable: true, description: 'Naam bevat deze tekst (hoofdletterongevoelig)' })
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Alleen regio’s in (true) of buiten (false) de Randstad' })
  isRandstad?: boolean;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Alleen regio’s die dit GeoJSON-(Multi)Polygon snijden' })
  intersects?: Geometry;

  @Field(() => BBoxInput, {
    nullable: true,
    description: 'Alleen regio’s die dit begrenzingsvak raken (het kaartbeeld)',
  })
  bbox?: BBoxInput;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Alleen regio’s die dit punt (GeoJSON Point) bevatten' })
  containsPoint?: Geometry;
}

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, {
    description: 'Regio’s, gepagineerd, in vaste volgorde (soort, code, jaar); ook ruimtelijk te filteren',
  })
  async regions(
    @Args(() => RegionsArgs) args: RegionsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegionConnection> {
    const page = toPage(args);
    // The map's lists ask each region's fte: the page's figures are planned (region-fte.loader.ts), and
    // their data version is read in the search statement itself (one round trip less); a list
    // that reads fte in a way the plan does not serve reads it beside the search instead.
    const fte = planRegionFte(info);
    const readVersion = fte && !ctx.dataVersion ? dataVersionRead(ctx.db) : undefined;
    if (!readVersion && (selects(info, ['nodes', 'fte']) || selects(info, ['edges', 'node', 'fte'])))
      void requestDataVersion(ctx);
    const spatial: SpatialFilter = {};
    if (args.intersects) spatial.intersects = await areaArg(ctx.db, args.intersects, 'intersects');
    if (args.containsPoint) {
      const { lon, lat } = pointArg(args.containsPoint, 'containsPoint');
      spatial.intersects = JSON.stringify({ type: 'Point', coordinates: [lon, lat] });
    }
    if (args.bbox) spatial.bbox = bboxArg(args.bbox, 'bbox');
    const filter = {
      kind: args.kind,
      year: args.year ?? undefined,
      newestYear: args.year == null,
      codes: args.codes,
      search: args.search?.trim() || undefined,
      isRandstad: args.isRandstad ?? undefined,
      spatial,
    };
    const extra = readVersion ? DATA_VERSION_COLUMN : undefined;
    const { rows, total } = await searchRegions(ctx.db, filter, page, needsTotal(info), extra);
    const regions = rows.map(toRegion);
    if (readVersion && rows.length > 0)
      useDataVersion(ctx, readVersion((rows[0] as RegionRow & { data_version: string | null }).data_version));
    if (fte) await setPlannedFte(ctx, fte, regions);
    return toConnection(regions, total, page);
  }

  @Query(() => RegionType, {
    description: 'Eén regio op CBS-code (in het nieuwste jaar dat die code heeft, of het opgegeven jaar)',
  })
  async region(
    @Arg('code', () => String, { description: 'CBS-code, bijv. PV22, CR07, GM0106, AM18' }) code: string,
    @Arg('year', () => Int, { nullable: true, description: 'Jaar van de gebiedsindeling' }) year: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionType> {
    const [row] = await regionsByCodes(ctx.db, [code.trim().toUpperCase()], year);
    if (!row) throw new NotFoundError('Regio', code);
    return toRegion(row);
  }
}
