import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { runScenario } from './scenario.service.js';
import { ScenarioInput, ScenarioResultType } from './scenario.type.js';

@Resolver()
export class ScenarioResolver {
  @Query(() => ScenarioResultType, {
    description: 'Pas geplande casussen en projecten toe op een peildatum en bekijk verdeling en monitors',
  })
  async scenario(
    @Arg('input', () => ScenarioInput, { description: 'Peildatum, dataset en de toe te passen casussen en projecten' })
    input: ScenarioInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ScenarioResultType> {
    return runScenario(ctx.db, ctx.viewer, input);
  }
}
