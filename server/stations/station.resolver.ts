import type { Geometry } from 'geojson';
import { Arg, Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { NotFoundError, ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { pointArg } from '../spatial/geometry.input.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import { toSpatialFilter } from '../spatial/spatial-filter.input.js';
import { nearestStations, searchStations, type StationSearch } from './station.queries.js';
import {
  NearbyStation,
  StationConnection,
  StationFilter,
  StationOrderInput,
  StationType,
  stationEdge,
  toNearbyStation,
  toStation,
} from './station.type.js';

const MAX_NEAREST = 100;

@ArgsType()
class StationsArgs extends PageArgs {
  @Field(() => StationFilter, { nullable: true, description: 'Filters (ook ruimtelijk)' }) filter?: StationFilter;
  @Field(() => StationOrderInput, {
    nullable: true,
    description: 'Sortering; standaard op afstand bij filter.nearby, anders op naam',
  })
  orderBy?: StationOrderInput;
}

async function toSearch(db: Queryable, f: StationFilter | undefined): Promise<StationSearch> {
  return {
    codes: f?.codes?.map((c) => c.toUpperCase()),
    types: f?.types,
    search: f?.search?.trim() || undefined,
    spatial: await toSpatialFilter(db, f),
  };
}

@Resolver(() => StationType)
export class StationResolver {
  @Query(() => StationConnection, {
    description: 'Treinstations, gefilterd (ook op afstand), gesorteerd en gepagineerd',
  })
  async stations(@Args(() => StationsArgs) args: StationsArgs, @Ctx() ctx: RequestContext): Promise<StationConnection> {
    const page = toPage(args);
    const search = await toSearch(ctx.db, args.filter);
    const field = args.orderBy?.field ?? (search.spatial.nearby ? 'DISTANCE' : 'NAME');
    if (field === 'DISTANCE' && !search.spatial.nearby)
      throw new ValidationError(
        'orderBy.field',
        'Sorteren op afstand kan alleen bij zoeken rond een punt (filter.nearby)',
      );
    const { rows, total } = await searchStations(
      ctx.db,
      search,
      { field, direction: args.orderBy?.direction ?? 'ASC' },
      page,
    );
    return toConnection(rows.map(toStation), total, page, stationEdge);
  }

  @Query(() => StationType, { description: 'Eén station op code' })
  async station(
    @Arg('code', () => String, { description: 'Stationscode, bijv. ASN' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StationType> {
    const { rows } = await searchStations(
      ctx.db,
      { codes: [code.trim().toUpperCase()], spatial: {} },
      { field: 'CODE', direction: 'ASC' },
      { limit: 1, offset: 0 },
    );
    if (!rows[0]) throw new NotFoundError('Station', code);
    return toStation(rows[0]);
  }

  @Query(() => [NearbyStation], {
    description: `De dichtstbijzijnde stations bij een punt (hoogstens ${MAX_NEAREST}), elk met distanceM`,
  })
  async nearestStations(
    @Arg('point', () => GeoJSONScalar, { description: 'GeoJSON Point in Nederland' }) point: Geometry,
    @Arg('count', () => Int, { defaultValue: 5, description: `Aantal (1 tot en met ${MAX_NEAREST})` }) count: number,
    @Arg('filter', () => StationFilter, {
      nullable: true,
      description: 'Filters die eerst gelden (bijv. alleen intercitystations)',
    })
    filter: StationFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<NearbyStation[]> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_NEAREST)
      throw new ValidationError('count', `count moet tussen 1 en ${MAX_NEAREST} liggen (kreeg ${count})`);
    const origin = pointArg(point, 'point');
    return (await nearestStations(ctx.db, origin, count, await toSearch(ctx.db, filter))).map((row) =>
      toNearbyStation(toStation(row)),
    );
  }
}
