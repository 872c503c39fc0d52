/**
 * The checks Apollo runs on every request once it knows the operation (didResolveOperation) —
 * the bounds of every argument (input-bounds.ts) and the cost limit (query-limits.ts puts them
 * together) — in one plugin, with their verdict remembered per document and variables.
 *
 * Why remembered: both walk the whole document with graphql-js's visitor on the request's
 * variables, and a map or an API client sends the same few documents with the same variables
 * over and over. Apollo hands every request with the same query text the same parsed document
 * (its document store), so a WeakMap on that document holds the verdicts of its variables and
 * goes with it. Measured on `{ __typename }` at c16 the two walks were ~20 % of a request.
 * A verdict depends only on the schema, the limits, the document, the operation name and the
 * variables — nothing about the caller — so it may be shared between callers.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** Verdicts kept per document (the oldest goes first); variables beyond KEY_LIMIT are not kept. */
const VERDICTS_PER_DOCUMENT = 64;
const KEY_LIMIT = 2_048;

type Verdict = GraphQLError | null;

export interface OperationCheckInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

/** One check: the refusal of an operation with these variables, or undefined. */
export type OperationCheck = (input: OperationCheckInput) => GraphQLError | undefined;

/** The first refusal of the checks, in their order, or null. */
export function operationRefusal(checks: OperationCheck[], input: OperationCheckInput): Verdict {
  for (const check of checks) {
    const refusal = check(input);
    if (refusal) return refusal;
  }
  return null;
}

/** operationRefusal, remembered per document and variables (see the file comment). */
export function createOperationChecker(checks: OperationCheck[]): (input: OperationCheckInput) => Verdict {
  const byDocument = new WeakMap<DocumentNode, Map<string, Verdict>>();
  return (input) => {
    const key = verdictKey(input);
    if (key === undefined) return operationRefusal(checks, input);
    let verdicts = byDocument.get(input.document);
    if (!verdicts) byDocument.set(input.document, (verdicts = new Map()));
    const known = verdicts.get(key);
    if (known !== undefined) return known && copy(known);
    const verdict = operationRefusal(checks, input);
    if (verdicts.size >= VERDICTS_PER_DOCUMENT) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, verdict);
    return verdict;
  };
}

export function operationChecksPlugin<C extends BaseContext>(checks: OperationCheck[]): ApolloServerPlugin<C> {
  const check = createOperationChecker(checks);
  const listener = {
    async didResolveOperation({
      schema,
      document,
      operation,
      request,
    }: {
      schema: GraphQLSchema;
      document: DocumentNode;
      operation?: OperationDefinitionNode;
      request: { operationName?: string; variables?: Record<string, unknown> };
    }) {
      if (!operation) return; // no such operation: execution says so
      const refusal = check({
        schema,
        document,
        operation,
        operationName: request.operationName,
        variables: request.variables,
      });
      if (refusal) throw refusal;
    },
  };
  // One listener object for every request: it keeps no state of its own.
  return { requestDidStart: async () => listener };
}

/** Operation name and variables as one string; undefined when too long to be worth keeping. */
function verdictKey(input: OperationCheckInput): string | undefined {
  const variables = input.variables === undefined ? '' : JSON.stringify(input.variables);
  if (variables.length > KEY_LIMIT) return undefined;
  return `${input.operationName ?? ''}\u0000${variables}`;
}

/** A fresh error per request: Apollo may annotate the one it is given (path, locations). */
function copy(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions });
}
