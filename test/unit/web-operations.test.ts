/**
 * Every GraphQL operation of the web app (web/src/data) is validated against the committed
 * schema (schema/schema.graphql). The operations listed in AWAITING_API use API built on branches
 * api and analysis; while the schema lacks it they are skipped, named; once they validate
 * they count as checked. Every other operation must validate, strictly. Every operation that
 * validates must also pass the server's query limits (depth, aliases, cost), with variables
 * at their worst (test/support/sample-variables.ts): a page variable at the largest page.
 */
import fs from 'node:fs';
import { buildSchema, getOperationAST, Kind, parse, print, validate, visit, type DocumentNode } from 'graphql';
import { queryCost, queryLimitErrors } from '../../server/graphql/query-limits.js';
import { worstCaseVariables } from '../support/sample-variables.js';
import { describe, expect, it } from 'vitest';
import * as capabilities from '../../web/src/data/capabilities.js';
import * as candidates from '../../web/src/data/candidates.js';
import * as fte from '../../web/src/data/fte.js';
import * as monitors from '../../web/src/data/monitors.js';
import * as notices from '../../web/src/data/notices.js';
import * as organisations from '../../web/src/data/organisations.js';
import * as planner from '../../web/src/data/planner.js';
import * as points from '../../web/src/data/points.js';
import * as detail from '../../web/src/data/region-detail.js';
import * as regions from '../../web/src/data/regions.js';

const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));
const modules = { capabilities, candidates, fte, monitors, notices, organisations, planner, points, detail, regions };

const documents: [string, DocumentNode][] = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT)
    .map(([name, value]): [string, DocumentNode] => [`${module}.${name}`, value as DocumentNode]),
);
documents.push(['detail.trendQuery', detail.trendQuery(['2023-01-01', '2024-01-01'])]);

/** Operations written against API from branch api, or analysis (candidates, monitors), with their names. */
const AWAITING_API = new Set([
  'candidates.RANK_CANDIDATES', 'candidates.ORIGIN_SITES', 'monitors.MONITORS', 'fte.FTE_AGGREGATE', 'fte.PEILDATUMS', 'organisations.MINISTRIES',
  'planner.PROJECTS', 'planner.PROJECT_BY_ID', 'planner.CASES', 'planner.UPDATE_PROJECT', 'planner.CREATE_PROJECT', 'planner.CHANGE_REQUEST_BY_ID',
  'planner.CREATE_CHANGE_REQUEST', 'planner.UPDATE_CHANGE_REQUEST', 'planner.CASE_BY_ID', 'planner.CREATE_CASE', 'planner.UPDATE_CASE',
  'points.SITES', 'points.MASTERPLAN_POINTS', 'points.STATIONS', 'detail.REGION_SECTORS', 'detail.REGION_SITES', 'detail.trendQuery',
]);

describe('web GraphQL operations against schema/schema.graphql', () => {
  it('finds the operations of every data module', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
  });
  for (const [name, document] of documents) {
    const errors = validate(schema, document).map((e) => e.message);
    const waiting = AWAITING_API.has(name) && errors.length > 0;
    (waiting ? it.skip : it)(`${name} is valid${waiting ? ' (needs API from branch api/analysis)' : ''}`, () => {
      expect(errors).toEqual([]);
    });
    (waiting ? it.skip : it)(`${name} passes the server's query limits`, () => {
      const variables = worstCaseVariables(schema, getOperationAST(document)!);
      const refused = queryLimitErrors({ schema, document, variables }).map((e) => `${e.message} (${JSON.stringify(e.extensions)})`);
      expect(refused).toEqual([]);
      expect(queryCost({ schema, document, variables }), 'the sample variables fit the operation').toBeTypeOf('number');
    });
  }

  it('the planner reads the newest 10 change requests per project, with their total', () => {
    const args: string[] = [];
    visit(planner.PROJECTS, {
      Field(node) {
        if (node.name.value === 'changeRequests') {
          args.push(...(node.arguments ?? []).map((a) => `${a.name.value}: ${print(a.value)}`));
          expect(node.selectionSet!.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind))).toEqual(['totalCount', 'nodes']);
        }
      },
    });
    expect(args).toEqual(['first: 10']);
  });

  it('would notice an operation over the limits (the check can fail)', () => {
    const tooCostly = queryLimitErrors({ schema, document: gqlDocument('{ regions(first: 500) { nodes { sites(first: 500) { nodes { name } } } } }') });
    expect(tooCostly.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

function gqlDocument(source: string): DocumentNode {
  return parse(source);
}
