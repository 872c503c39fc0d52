import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { ValidationError } from '../common/errors.js';
import type { StatementKind } from './published-statement.model.js';
import { publishedStatements } from './statement.queries.js';
import { PublishedStatementType, StatementKindEnum } from './statement.type.js';

const REGION_CODE = /^(PV|GM|CR|AM)\d{2,4}$/;

@Resolver()
export class StatementResolver {
  @Query(() => [PublishedStatementType], {
    description:
      'Alle gepubliceerde cijfers en uitspraken uit de bronnen: groei (ook zonder niveau, zoals 3,8 % in 2024), prognoses en ' +
      'context (cijfers zonder peildatum of met een andere definitie), elk met precisie, citaat, bron en datum',
  })
  async publishedStatements(
    @Arg('kinds', () => [StatementKindEnum], { nullable: true, description: 'Alleen deze soorten (standaard alle)' })
    kinds: StatementKind[] | null,
    @Arg('regionCode', () => String, { nullable: true, description: 'Alleen over deze regio (CBS-code, bijv. PV31)' })
    regionCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PublishedStatementType[]> {
    if (regionCode != null && !REGION_CODE.test(regionCode))
      throw new ValidationError('regionCode', 'regionCode moet een CBS-code zijn, bijv. PV31');
    return publishedStatements(ctx.db, { kinds, regionCode: regionCode ?? null });
  }

  @Query(() => [PublishedStatementType], {
    description:
      'De gepubliceerde prognoses (landelijk en per provincie), met precisie, citaat en bron; ook prognoses zonder prognosejaar (soort context)',
  })
  async forecasts(
    @Arg('regionCode', () => String, { nullable: true, description: 'Alleen voor deze regio (CBS-code)' })
    regionCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PublishedStatementType[]> {
    if (regionCode != null && !REGION_CODE.test(regionCode))
      throw new ValidationError('regionCode', 'regionCode moet een CBS-code zijn, bijv. PV31');
    const all = await publishedStatements(ctx.db, { kinds: ['prognose', 'context'], regionCode: regionCode ?? null });
    // A forecast without a forecast year cannot be a forecast row; it is context, and still a forecast.
    return all.filter((s) => s.kind === 'prognose' || s.metric.startsWith('prognose'));
  }
}
