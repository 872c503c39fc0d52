import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { adviceFor, adviceForCase } from './advice.service.js';
import { AdviceInput, AdviceOutcomeType } from './advice.type.js';

@Resolver()
export class AdviceResolver {
  @Query(() => AdviceOutcomeType, {
    description:
      'De adviesregel toegepast op een opgeslagen casus; een vertrouwelijke alleen voor planners en beheerders (anderen krijgen NOT_FOUND)',
  })
  async locationAdvice(
    @Arg('caseId', () => Int, { description: 'De casus' }) caseId: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AdviceOutcomeType> {
    return adviceForCase(ctx.db, caseId, ctx.viewer);
  }

  @Query(() => AdviceOutcomeType, {
    description: 'De adviesregel toegepast op een beschreven casus, zonder iets op te slaan',
  })
  async evaluateAdvice(
    @Arg('input', () => AdviceInput, { description: 'De casus zoals beschreven' }) input: AdviceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdviceOutcomeType> {
    return adviceFor(ctx.db, input);
  }
}
