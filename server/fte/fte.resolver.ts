import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { Dataset, FteScope, RegionKind, Sector } from '../../common/domain.js';
import { REGION_CODE_PREFIX } from '../../common/domain.js';
import { ValidationError } from '../common/errors.js';
import { LocalDateScalar } from '../graphql/common.types.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import { requestDataVersion, type RequestContext } from '../graphql/context.js';
import { DatasetEnum, FteScopeEnum, SectorEnum } from '../graphql/enums.js';
import { regionById } from '../regions/region.loader.js';
import { regionsByCodes } from '../regions/region-search.queries.js';
import { RegionKindEnum } from '../graphql/enums.js';
import { RegionType } from '../regions/region.type.js';
import { searchFteCounts } from './fte-count.queries.js';
import { FteCountConnection, toFteCount } from './fte-count.type.js';
import { FteAggregateType, RegionFteType } from './fte-aggregate.type.js';
import { fteAggregate } from './fte-aggregate.service.js';
import { peildatums } from './fte.queries.js';

@ArgsType()
class FteAggregateArgs {
  @Field(() => RegionKindEnum, { description: 'Regioniveau: provincie, corop, gemeente of arbeidsmarktregio' })
  level: RegionKind;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Peildatum (standaard: de nieuwste met cijfers in de dataset)',
  })
  peildatum?: string;

  @Field(() => DatasetEnum, {
    defaultValue: 'gepubliceerd',
    description: 'Gepubliceerde cijfers (standaard) of fictieve voorbeelddata',
  })
  dataset: Dataset;

  @Field(() => SectorEnum, { nullable: true, description: 'Eén sector; leeg = alle sectoren' })
  sector?: Sector;

  @Field(() => Int, { nullable: true, description: 'Eén organisatie; leeg = alle organisaties' })
  organisationId?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Eerdere peildatum om groei tegen af te zetten' })
  comparePeildatum?: string;

  @Field(() => [String], { nullable: true, description: 'Alleen deze regio’s (CBS-codes van het gekozen niveau)' })
  codes?: string[];
}

@InputType('FteCountFilter', { description: 'Filters voor fte-cijfers' })
class FteCountFilter {
  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Dataset (nooit gemengd)' }) dataset: Dataset;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Peildatum' }) peildatum?: string;
  @Field(() => FteScopeEnum, { nullable: true, description: 'nationaal, regio of locatie' }) scope?: FteScope;
  @Field(() => String, { nullable: true, description: 'CBS-code van de regio' }) regionCode?: string;
  @Field(() => Int, { nullable: true, description: 'Locatie (sleutel)' }) siteId?: number;
  @Field(() => SectorEnum, { nullable: true, description: 'Sector' }) sector?: Sector;
  @Field(() => Int, { nullable: true, description: 'Organisatie (sleutel)' }) organisationId?: number;
}

@ArgsType()
class FteCountsArgs extends PageArgs {
  @Field(() => FteCountFilter, { nullable: true, description: 'Filters' })
  filter?: FteCountFilter;
}

@Resolver(() => RegionFteType)
export class FteResolver {
  @Query(() => FteAggregateType, {
    description:
      'Rijkswerkgelegenheid per regio × peildatum × sector × organisatie, met aandelen, dichtheid, groei en bronnen',
  })
  async fteAggregate(
    @Args(() => FteAggregateArgs) args: FteAggregateArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<FteAggregateType> {
    await checkCodes(ctx, args.level, args.codes);
    const peildatum = args.peildatum ?? (await newestPeildatum(ctx, args.dataset));
    return fteAggregate(ctx.db, { ...args, peildatum }, { version: requestDataVersion(ctx) });
  }

  @Query(() => FteCountConnection, { description: 'Losse fte-cijfers met hun bron, nieuwste peildatum eerst' })
  async fteCounts(
    @Args(() => FteCountsArgs) args: FteCountsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<FteCountConnection> {
    const page = toPage(args);
    const { rows, total } = await searchFteCounts(
      ctx.db,
      { ...args.filter, dataset: args.filter?.dataset ?? 'gepubliceerd' },
      page,
    );
    return toConnection(rows.map(toFteCount), total, page);
  }

  @Query(() => [LocalDateScalar], { description: 'Peildatums waarvoor de dataset cijfers heeft, nieuwste eerst' })
  async peildatums(
    @Arg('dataset', () => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Dataset' }) dataset: Dataset,
    @Arg('level', () => RegionKindEnum, {
      nullable: true,
      description: 'Alleen peildatums waarop ten minste één regio van dit niveau een cijfer heeft',
    })
    level: RegionKind | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<string[]> {
    const dates = await peildatums(ctx.db, dataset);
    if (!level) return dates;
    return datesWithRegionFigures(ctx, dates, level, dataset);
  }

  @FieldResolver(() => RegionType, { description: 'De regio zelf (grens, codes van de hogere regio’s)' })
  async region(@Root() row: RegionFteType, @Ctx() ctx: RequestContext): Promise<RegionType> {
    return (await regionById(ctx).load(row.regionId))!;
  }
}

/**
 * The dates on which the map of this level would show at least one figure: decided by the same
 * aggregate the map reads (cached per data version), so the two cannot disagree.
 */
async function datesWithRegionFigures(
  ctx: RequestContext,
  dates: string[],
  level: RegionKind,
  dataset: Dataset,
): Promise<string[]> {
  const version = requestDataVersion(ctx);
  const checks = await Promise.all(
    dates.map(async (peildatum) => {
      const aggregate = await fteAggregate(ctx.db, { level, peildatum, dataset }, { version });
      return aggregate.regions.some((r) => r.fte.value !== null);
    }),
  );
  return dates.filter((_, i) => checks[i]);
}

async function newestPeildatum(ctx: RequestContext, dataset: Dataset): Promise<string> {
  const [newest] = await peildatums(ctx.db, dataset);
  if (!newest)
    throw new ValidationError('peildatum', `Er zijn geen cijfers in de dataset ${dataset}; geef een peildatum op`);
  return newest;
}

/** Codes must be CBS codes of the chosen level that exist; anything else is a typed error. */
async function checkCodes(ctx: RequestContext, level: RegionKind, codes: string[] | undefined): Promise<void> {
  if (!codes) return;
  const wrongLevel = codes.filter((c) => !c.startsWith(REGION_CODE_PREFIX[level]));
  if (wrongLevel.length > 0)
    throw new ValidationError(
      'codes',
      `Code(s) ${wrongLevel.join(', ')} horen niet bij niveau ${level} (${REGION_CODE_PREFIX[level]}…)`,
    );
  const found = new Set((await regionsByCodes(ctx.db, codes)).map((r) => r.code));
  const unknown = codes.filter((c) => !found.has(c));
  if (unknown.length > 0) throw new ValidationError('codes', `Onbekende regiocode(s): ${unknown.join(', ')}`);
}
