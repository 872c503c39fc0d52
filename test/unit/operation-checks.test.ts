/**
 * The per-request checks (argument bounds, cost) are remembered per document and variables
 * (server/graphql/operation-checks.ts): a repeat does not walk the document again, yet gets the
 * same verdict — a refusal as a fresh error each time — and other variables get their own.
 */
import { buildSchema, getOperationAST, GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createOperationChecker, type OperationCheck } from '../../server/graphql/operation-checks.js';

const schema = buildSchema('type Query { sites(search: String): [String!]! }');
const document = parse('query($s: String) { sites(search: $s) }');
const operation = getOperationAST(document)!;

/** A check that refuses long searches and counts how often it ran. */
function countingCheck() {
  const runs = { count: 0 };
  const check: OperationCheck = ({ variables }) => {
    runs.count++;
    return String(variables?.s ?? '').length > 5
      ? new GraphQLError('te lang', { extensions: { code: 'X' } })
      : undefined;
  };
  return { runs, check };
}

describe('operation checks', () => {
  it('runs the checks once per document and variables, and gives the same verdict on a repeat', () => {
    const { runs, check } = countingCheck();
    const checker = createOperationChecker([check]);
    const ask = (s: string) => checker({ schema, document, operation, variables: { s } });
    expect(ask('kort')).toBeNull();
    expect(ask('kort')).toBeNull();
    expect(runs.count).toBe(1);
    const first = ask('veel te lang');
    const second = ask('veel te lang');
    expect(runs.count).toBe(2);
    expect([first?.message, second?.message]).toEqual(['te lang', 'te lang']);
    expect(second?.extensions.code).toBe('X');
    expect(second).not.toBe(first); // Apollo may annotate the error it is given
  });

  it('keeps verdicts per parsed document: the same text parsed again is checked again', () => {
    const { runs, check } = countingCheck();
    const checker = createOperationChecker([check]);
    const other = parse('query($s: String) { sites(search: $s) }');
    checker({ schema, document, operation, variables: { s: 'a' } });
    checker({ schema, document: other, operation: getOperationAST(other)!, variables: { s: 'a' } });
    expect(runs.count).toBe(2);
  });

  it('does not keep verdicts for large variables, and keeps at most 64 per document', () => {
    const { runs, check } = countingCheck();
    const checker = createOperationChecker([check]);
    const big = { s: 'x'.repeat(5_000) };
    checker({ schema, document, operation, variables: big });
    checker({ schema, document, operation, variables: big });
    expect(runs.count).toBe(2);
    for (let i = 0; i < 65; i++) checker({ schema, document, operation, variables: { s: String(i) } });
    const before = runs.count;
    checker({ schema, document, operation, variables: { s: '0' } }); // the oldest went first
    checker({ schema, document, operation, variables: { s: '64' } }); // the newest stayed
    expect(runs.count - before).toBe(1);
  });
});
