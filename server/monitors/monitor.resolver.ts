import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Dataset } from '../../common/domain.js';
import { DatasetEnum } from '../graphql/enums.js';
import type { RequestContext } from '../graphql/context.js';
import { runMonitors } from './monitors.service.js';
import { nationalGrowth } from './national-growth.js';
import { resolveMonitorOptions } from './monitors.service.js';
import { MonitorResultType, NationalGrowthType } from './monitor.type.js';

@Resolver()
export class MonitorResolver {
  @Query(() => [MonitorResultType], {
    description:
      'De beleidsmonitors (Randstad-aandeel, motie-De Vries, evenredigheid, Drenthe, krimp/groei per sector en organisatie) voor twee peildata',
  })
  async monitors(
    @Arg('fromPeildatum', () => String, { description: 'Begin van de periode, JJJJ-MM-DD' }) fromPeildatum: string,
    @Arg('toPeildatum', () => String, { description: 'Eind van de periode, JJJJ-MM-DD' }) toPeildatum: string,
    @Arg('dataset', () => DatasetEnum, {
      defaultValue: 'gepubliceerd',
      description: 'Gepubliceerde cijfers of fictieve voorbeelddata',
    })
    dataset: Dataset,
    @Arg('randstad', () => [String], {
      nullable: true,
      description: 'Provinciecodes die als Randstad tellen (standaard: de ingestelde definitie)',
    })
    randstad: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MonitorResultType[]> {
    return runMonitors(ctx.db, { fromPeildatum, toPeildatum, dataset, randstad });
  }

  @Query(() => NationalGrowthType, {
    description:
      'Landelijke groei tussen twee peildata: uit de totalen (exact), anders de gepubliceerde uitspraak met haar precisie; ' +
      'met alle gepubliceerde landelijke uitspraken en waar ze afwijken',
  })
  async nationalGrowth(
    @Arg('fromPeildatum', () => String, { description: 'Begin van de periode, JJJJ-MM-DD' }) fromPeildatum: string,
    @Arg('toPeildatum', () => String, { description: 'Eind van de periode, JJJJ-MM-DD' }) toPeildatum: string,
    @Arg('dataset', () => DatasetEnum, {
      defaultValue: 'gepubliceerd',
      description: 'Gepubliceerde cijfers of fictieve voorbeelddata',
    })
    dataset: Dataset,
    @Ctx() ctx: RequestContext,
  ): Promise<NationalGrowthType> {
    await resolveMonitorOptions(ctx.db, { fromPeildatum, toPeildatum, dataset, randstad: [] });
    const growth = await nationalGrowth(ctx.db, { from: fromPeildatum, to: toPeildatum, dataset });
    return {
      fromFte: growth.fromFte,
      toFte: growth.toFte,
      growthFte: growth.fte,
      growthPercent: growth.percent,
      basis: growth.basis,
      sources: growth.sources,
      precision: growth.precision,
      asWritten: growth.asWritten,
      published: growth.published,
      discrepancies: growth.discrepancies,
      dataset,
    };
  }
}
