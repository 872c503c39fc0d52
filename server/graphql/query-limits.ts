/**
 * Validation rules that refuse queries too expensive to run, before any resolver does work:
 * - depth: nesting of selections (fragments followed);
 * - aliases: how often one request may ask for fields under another name (alias batching);
 * - cost: every field costs 1, and a list field multiplies the cost of what it selects by the
 *   number of items it can return: its page argument (first / limit / count), or when the
 *   query leaves that out, the page the server will actually return (see listSize) — never 1.
 * Errors carry extensions.code QUERY_TOO_COMPLEX and say which limit and by how much.
 */
import {
  GraphQLError, Kind, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType,
  type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
  type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Page size a list field has when the query does not say (the API's default). */
  defaultPageSize: number;
  /** Page size assumed for a variable page argument (unknown during validation): the API's maximum. */
  maxPageSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000, defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE };

/** Arguments that say how many items a list field returns. */
const PAGE_ARGUMENTS = new Set(['first', 'limit', 'count']);

export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  return [(context) => limitsVisitor(context, limits)];
}

function limitsVisitor(context: ValidationContext, limits: QueryLimits): ASTVisitor {
  const schema = context.getSchema();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation) {
      const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
      const stats = measure(operation.selectionSet, root ?? undefined, { schema, fragments, limits });
      const report = (what: string, value: number, max: number) =>
        context.reportError(new GraphQLError(`Query te zwaar: ${what} ${value} is meer dan het maximum van ${max}`, { extensions: { code: 'QUERY_TOO_COMPLEX', limit: what, value, max } }));
      if (stats.depth > limits.maxDepth) report('diepte', stats.depth, limits.maxDepth);
      if (stats.aliases > limits.maxAliases) report('aantal aliassen', stats.aliases, limits.maxAliases);
      if (stats.cost > limits.maxCost) report('kosten', stats.cost, limits.maxCost);
    },
  };
}

interface Stats {
  depth: number;
  aliases: number;
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  limits: QueryLimits;
}

function measure(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, walk: Walk, visiting = new Set<string>()): Stats {
  const total: Stats = { depth: 0, aliases: 0, cost: 0 };
  for (const selection of selectionSet.selections) {
    let inner: Stats = { depth: 0, aliases: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is bounded by the schema itself and GraphiQL and code
      // generators send it 15 levels deep: it does not count against the limits.
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value] : undefined;
      const childType = field ? getNamedType(field.type) : undefined;
      const child = selection.selectionSet ? measure(selection.selectionSet, childType, walk, visiting) : { depth: 0, aliases: 0, cost: 0 };
      const multiplier = listSize(selection, field, parentType, walk.limits);
      inner = { depth: child.depth + 1, aliases: child.aliases + (selection.alias ? 1 : 0), cost: 1 + multiplier * child.cost };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) ?? undefined : parentType;
      inner = measure(selection.selectionSet, type, walk, visiting);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic: reported by the standard rules
      inner = measure(fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? undefined, walk, new Set([...visiting, name]));
    }
    total.depth = Math.max(total.depth, inner.depth);
    total.aliases += inner.aliases;
    total.cost += inner.cost;
  }
  return total;
}

/**
 * How many items a field is costed at:
 * - a page argument in the query: its value (a variable: the largest page the API allows, as
 *   variables are not known during validation);
 * - a field that takes a page argument but got none: the argument's default in the schema, or
 *   else the API's default page size — what the server will return, not 1;
 * - edges and nodes of a connection: 1 (the connection field already multiplied by its page);
 * - any other list of objects: the default page size;
 * - everything else: 1.
 */
function listSize(selection: FieldNode, field: GraphQLField<unknown, unknown> | undefined, parentType: GraphQLNamedType | undefined, limits: QueryLimits): number {
  const arg = (selection.arguments ?? []).find((a) => PAGE_ARGUMENTS.has(a.name.value));
  if (arg) {
    if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
    if (arg.value.kind === Kind.VARIABLE) return limits.maxPageSize;
  }
  if (!field) return arg ? limits.defaultPageSize : 1;
  const definedPageArg = field.args.find((a) => PAGE_ARGUMENTS.has(a.name));
  if (definedPageArg) return typeof definedPageArg.defaultValue === 'number' ? Math.max(1, definedPageArg.defaultValue) : limits.defaultPageSize;
  if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) return 1;
  if (isConnection(parentType)) return 1;
  return limits.defaultPageSize;
}

function isConnection(type: GraphQLNamedType | undefined): boolean {
  return isObjectType(type) && 'pageInfo' in type.getFields();
}
