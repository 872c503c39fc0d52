import { Arg, Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { hasRole } from '../auth/guard.js';
import type { Dataset } from '../../common/domain.js';
import { NotFoundError } from '../common/errors.js';
import { PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { DatasetEnum } from '../graphql/enums.js';
import { importRunById } from './import-run.loader.js';
import { searchImportRuns } from './import-run.queries.js';
import { ImportRunConnection, ImportRunType, toImportRun } from './import-run.type.js';

@ArgsType()
class ImportRunsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Alleen imports van deze soort' })
  kind?: string;

  @Field(() => DatasetEnum, { nullable: true, description: 'Alleen imports van deze dataset' })
  dataset?: Dataset;
}

@Resolver(() => ImportRunType)
export class ImportRunResolver {
  @Query(() => ImportRunConnection, { description: 'Imports (herkomst van gegevens), nieuwste eerst' })
  async importRuns(
    @Args(() => ImportRunsArgs) args: ImportRunsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportRunConnection> {
    const page = toPage(args);
    const { rows, total } = await searchImportRuns(ctx.db, { kind: args.kind, dataset: args.dataset }, page);
    return toConnection(
      rows.map((row) => toImportRun(row, hasRole(ctx.viewer, 'planner'))),
      total,
      page,
    );
  }

  @Query(() => ImportRunType, { description: 'Eén import op sleutel' })
  async importRun(
    @Arg('id', () => Int, { description: 'Sleutel' }) id: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportRunType> {
    const run = await importRunById(ctx).load(id);
    if (!run) throw new NotFoundError('Import', id);
    return run;
  }
}
