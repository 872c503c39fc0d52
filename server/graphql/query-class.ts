/**
 * Names the class of a GraphQL request for the pool guard (db/pool-guard.ts) once Apollo knows
 * the operation: its kind and root fields, e.g. "graphql/query:regions". Requests
 * asking the same root fields share one share of the pool, whatever their arguments.
 * The request's database view reads the class from context.queryClass when it takes a connection.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './context.js';

export function queryClassPlugin(): ApolloServerPlugin<RequestContext> {
  // Apollo hands every request with the same query text the same parsed document: the class of
  // an operation is worked out once and the listener, which keeps no state, is shared.
  const classes = new WeakMap<OperationDefinitionNode, string>();
  const listener = {
    async didResolveOperation({ operation, contextValue }: { operation?: OperationDefinitionNode } & Scoped) {
      if (!operation || !contextValue.queryClass) return;
      let queryClass = classes.get(operation);
      if (queryClass === undefined) classes.set(operation, (queryClass = classOf(operation)));
      contextValue.queryClass.queryClass = queryClass;
    },
  };
  return { requestDidStart: async () => listener };
}

type Scoped = { contextValue: Pick<RequestContext, 'queryClass'> };

/** "graphql/<kind>:<root fields, sorted>", e.g. "graphql/query:regions,sites". */
export function classOf(operation: OperationDefinitionNode): string {
  const roots = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'));
  return `graphql/${operation.operation}:${[...new Set(roots)].sort().join(',')}`;
}
