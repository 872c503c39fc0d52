/**
 * Names the class of a GraphQL request for the pool guard (db/pool-guard.ts) once Apollo knows
 * the operation: its kind and root fields, e.g. "graphql/query:regions". Requests
 * asking the same root fields share one share of the pool, whatever their arguments.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind } from 'graphql';
import { setQueryClass } from '../db/pool-guard.js';

export function queryClassPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          const roots = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'));
          setQueryClass(`graphql/${operation.operation}:${[...new Set(roots)].sort().join(',')}`);
        },
      };
    },
  };
}
