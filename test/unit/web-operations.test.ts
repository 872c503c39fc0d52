/**
 * Every GraphQL operation of the web app is validated against the committed schema
 * (schema/schema.graphql) and must pass the server's query limits (depth, aliases, cost), with
 * variables at their worst (test/support/sample-variables.ts): a page variable at the largest
 * page. The operations are the documents GraphQL Codegen generated from the app's source
 * (web/src/gql/graphql.ts; web-codegen.test.ts proves they are current), plus the one built at
 * run time (the trend). An operation that does not validate fails here: nothing is skipped.
 */
import fs from 'node:fs';
import {
  buildSchema,
  getOperationAST,
  Kind,
  parse,
  print,
  validate,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { queryCost, queryLimitErrors } from '../../server/graphql/query-limits.js';
import { worstCaseVariables } from '../support/sample-variables.js';
import { describe, expect, it } from 'vitest';
import * as generated from '../../web/src/gql/graphql.js';
import { trendQuery } from '../../web/src/features/detail/region-detail.js';

const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** Operations only: a fragment is checked inside every operation that spreads it. */
const documents: [string, DocumentNode][] = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] => isDocument(entry[1]) && operationOf(entry[1]) !== undefined,
);
documents.push(['RegionTrend (built at run time)', trendQuery(['2023-01-01', '2024-01-01'])]);

describe('web GraphQL operations against schema/schema.graphql', () => {
  it('finds the operations of every part of the app', () => {
    const names = documents.map(([, d]) => operationOf(d)!.name!.value);
    expect(names).toEqual(
      expect.arrayContaining([
        'DataNotices',
        'RegionBoundaries',
        'FteAggregate',
        'Peildatums',
        'MapSites',
        'MapStations',
        'RegionSectors',
        'RegionTrend',
        'RankCandidates',
        'Monitors',
        'Ministries',
        'PlannerProjects',
        'UpdateLocationCase',
      ]),
    );
    expect(documents.length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, document] of documents) {
    it(`${name} is valid`, () => {
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    });
    it(`${name} passes the server's query limits`, () => {
      const variables = worstCaseVariables(schema, getOperationAST(document)!);
      const refused = queryLimitErrors({ schema, document, variables }).map(
        (e) => `${e.message} (${JSON.stringify(e.extensions)})`,
      );
      expect(refused).toEqual([]);
      expect(queryCost({ schema, document, variables }), 'the sample variables fit the operation').toBeTypeOf('number');
    });
  }

  it('needs no list of optional API parts: serviceInfo offers no "features" (removed scaffolding)', () => {
    expect(validate(schema, parse('{ serviceInfo { features } }')).map((e) => e.message)).toEqual([
      'Cannot query field "features" on type "ServiceInfo".',
    ]);
  });

  it('the planner reads the newest 10 change requests per project, with their total', () => {
    const args: string[] = [];
    visit(generated.PlannerProjectsDocument, {
      Field(node) {
        if (node.name.value === 'changeRequests') {
          args.push(...(node.arguments ?? []).map((a) => `${a.name.value}: ${print(a.value)}`));
          expect(node.selectionSet!.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind))).toEqual([
            'totalCount',
            'nodes',
          ]);
        }
      },
    });
    expect(args).toEqual(['first: 10']);
  });

  it('would notice an invalid operation and one over the limits (the checks can fail)', () => {
    expect(validate(schema, parse('{ regions(first: 5) { nodes { noSuchField } } }'))).not.toEqual([]);
    const tooCostly = queryLimitErrors({
      schema,
      document: parse('{ regions(first: 500) { nodes { sites(first: 500) { nodes { name } } } } }'),
    });
    expect(tooCostly.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
