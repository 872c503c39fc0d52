/**
 * Builds the GraphQL schema from the type-graphql resolvers. Every decorator states its type
 * explicitly, so this works both from tsc output (which emits decorator metadata) and under
 * Vitest's transform (which does not) — test/unit/schema.test.ts builds it that way.
 */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { RegionResolver } from '../regions/region.resolver.js';
import { HealthResolver } from './health.resolver.js';
import { MonitorResolver } from '../monitors/monitor.resolver.js';
import { AdviceResolver } from '../advice/advice.resolver.js';
import { CandidateResolver } from '../candidates/candidate.resolver.js';
import { ScenarioResolver } from '../scenarios/scenario.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RESOLVERS: NonEmptyArray<Function> = [HealthResolver, RegionResolver, MonitorResolver, AdviceResolver, CandidateResolver, ScenarioResolver];

export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: false,
  });
}
