/**
 * Builds the GraphQL schema from the type-graphql resolvers. Every decorator states its type
 * explicitly, so this works both from tsc output (which emits decorator metadata) and under
 * Vitest's transform (which does not) — test/unit/schema.test.ts builds it that way.
 */
import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver.js';
import { authChecker } from './auth-checker.js';
import { answerPlannedFirst } from './planned.js';
import { LocationCaseResolver } from '../cases/case.resolver.js';
import { FteCountResolver } from '../fte/fte-count.resolver.js';
import { FteResolver } from '../fte/fte.resolver.js';
import { ChangeRequestResolver } from '../masterplan/change-request.resolver.js';
import { MasterplanProjectResolver } from '../masterplan/masterplan.resolver.js';
import { OrganisationResolver } from '../organisations/organisation.resolver.js';
import { RegionProfileResolver, RegionProfilesFieldResolver } from '../profiles/profile.resolver.js';
import { ImportRunResolver } from '../provenance/import-run.resolver.js';
import { RegionFieldsResolver } from '../regions/region-fields.resolver.js';
import { RegionResolver } from '../regions/region.resolver.js';
import { SiteFieldsResolver } from '../sites/site-fields.resolver.js';
import { SiteResolver } from '../sites/site.resolver.js';
import { StationResolver } from '../stations/station.resolver.js';
import { HealthResolver } from '../health/health.resolver.js';
import { describeInputBounds } from './input-bounds.js';
import { MonitorResolver } from '../monitors/monitor.resolver.js';
import { AdviceResolver } from '../advice/advice.resolver.js';
import { CandidateResolver } from '../candidates/candidate.resolver.js';
import { ScenarioResolver } from '../scenarios/scenario.resolver.js';
import { StatementResolver } from '../statements/statement.resolver.js';
import { ViewerResolver } from './viewer.resolver.js';

// type-graphql's buildSchema takes its resolver classes as NonEmptyArray<Function>.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  HealthResolver,
  RegionResolver,
  RegionFieldsResolver,
  RegionProfilesFieldResolver,
  SiteResolver,
  SiteFieldsResolver,
  StationResolver,
  OrganisationResolver,
  FteResolver,
  FteCountResolver,
  MasterplanProjectResolver,
  ChangeRequestResolver,
  RegionProfileResolver,
  LocationCaseResolver,
  ImportRunResolver,
  AuditResolver,
  MonitorResolver,
  AdviceResolver,
  CandidateResolver,
  ScenarioResolver,
  StatementResolver,
  ViewerResolver,
];

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, authChecker, validate: false });
  // Types and fields in alphabetical order: the committed SDL then does not change when a
  // resolver moves in the list above, and reviews see only real API changes.
  const sorted = lexicographicSortSchema(schema);
  // Every argument's bound at the end of its description, where API users look (input-bounds.ts).
  describeInputBounds(sorted);
  // Fields a list may already have read for its items (site.plan.ts, region-fte.loader.ts).
  answerPlannedFirst(sorted);
  return sorted;
}
