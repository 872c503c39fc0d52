/**
 * Validation rules that refuse queries too expensive to run, before any resolver does work:
 * - depth: nesting of selections (fragments followed);
 * - aliases: how often one request may ask for fields under another name (alias batching);
 * - cost: every field costs 1, and a field with a page argument (first / limit) multiplies
 *   the cost of what it selects by that page size (the default page size when absent).
 * Errors carry extensions.code QUERY_TOO_COMPLEX and say which limit and by how much.
 */
import {
  GraphQLError, Kind, type ArgumentNode, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Page size a list field has when the query does not say (the API's default). */
  defaultPageSize: number;
  /** Page size assumed for a variable page argument (unknown during validation): the API's maximum. */
  maxPageSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000, defaultPageSize: 50, maxPageSize: 500 };

const PAGE_ARGUMENTS = new Set(['first', 'limit']);

export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  return [(context) => limitsVisitor(context, limits)];
}

function limitsVisitor(context: ValidationContext, limits: QueryLimits): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation) {
      const stats = measure(operation.selectionSet, fragments, limits);
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

function measure(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, limits: QueryLimits, visiting = new Set<string>()): Stats {
  const total: Stats = { depth: 0, aliases: 0, cost: 0 };
  for (const selection of selectionSet.selections) {
    let inner: Stats = { depth: 0, aliases: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is bounded by the schema itself and GraphiQL and code
      // generators send it 15 levels deep: it does not count against the limits.
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      const child = selection.selectionSet ? measure(selection.selectionSet, fragments, limits, visiting) : { depth: 0, aliases: 0, cost: 0 };
      const multiplier = pageSize(selection.arguments ?? [], limits);
      inner = { depth: child.depth + 1, aliases: child.aliases + (selection.alias ? 1 : 0), cost: 1 + multiplier * child.cost };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, limits, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic: reported by the standard rules
      inner = measure(fragment.selectionSet, fragments, limits, new Set([...visiting, name]));
    }
    total.depth = Math.max(total.depth, inner.depth);
    total.aliases += inner.aliases;
    total.cost += inner.cost;
  }
  return total;
}

function pageSize(args: readonly ArgumentNode[], limits: QueryLimits): number {
  const arg = args.find((a) => PAGE_ARGUMENTS.has(a.name.value));
  if (!arg) return 1;
  if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
  // Variables are not known during validation: assume the largest page the API allows.
  if (arg.value.kind === Kind.VARIABLE) return limits.maxPageSize;
  return limits.defaultPageSize;
}
