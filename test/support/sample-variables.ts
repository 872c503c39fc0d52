/**
 * Variables for checking an operation against the query limits outside a server: every page
 * variable (first, count, limit) at the largest page the API returns, every other variable a
 * value of its type, so the cost is the most a client of this operation could ask for.
 */
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../../server/graphql/page-size.js';

const PAGE_VARIABLES = /^(first|count|limit|n)$/;

export function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (type) variables[name] = PAGE_VARIABLES.test(name) ? MAX_PAGE_SIZE : sample(type);
  }
  return variables;
}

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) return { Int: 1, Float: 1, Boolean: true, String: 'x', ID: '1' }[type.name] ?? '2024-01-01';
  return null;
}
