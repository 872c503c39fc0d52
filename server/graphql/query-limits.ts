/**
 * Every limit on the shape and size of a GraphQL request, configured in this one file from
 * well-kept code (issue 14, finding 3: the hand-written rule this replaces walked each fragment
 * spread again, so a 1 KB document that spreads a fragment twice per level held the event loop for
 * 20 s and more). In the order Apollo applies them:
 * 1. tokens: graphql-js's own parser stops after maxTokens tokens;
 * 2. selections: Apollo's maxRecursiveSelections counts the selections with every fragment
 *    expanded, each fragment counted once and multiplied (linear in the document), so a fragment
 *    bomb is refused in milliseconds. The rules below run only on documents that passed it;
 * 3. depth, aliases, directives: graphql-armor (fragments memoised);
 * 4. cost: graphql-query-complexity with the page-aware estimator below, on the request's real
 *    variables (after validation, in didResolveOperation, where Apollo knows them).
 * Every refusal is a 400 with extensions.code QUERY_TOO_COMPLEX naming the limit (Dutch), its
 * value where known, and the maximum.
 */
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  getNamedType,
  validate,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { documentBoundsViolation } from './input-bounds.js';
import { operationChecksPlugin, type OperationCheck } from './operation-checks.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export interface QueryLimits {
  /** Lexical tokens in the document (the full introspection query has 183). */
  maxTokens: number;
  /** Selections with every fragment expanded (the full introspection query has 239). */
  maxSelections: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** Page size a list field has when the query does not say (the API's default). */
  defaultPageSize: number;
  /** The largest page the API returns (the cost of a page argument is capped by it, like the page). */
  maxPageSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  // 2,000 tokens: ten times the introspection query; the standard validation rules compare fields
  // pairwise, and near 3,000 tokens of repeated fields they took over half a second.
  maxTokens: 2_000,
  maxSelections: 5_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxCost: 50_000,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
};

type Limit = 'diepte' | 'aantal aliassen' | 'aantal directives' | 'kosten' | 'aantal selecties' | 'aantal tokens';

export function tooComplex(limit: Limit, max: number, value?: number): GraphQLError {
  const message =
    value === undefined
      ? `Query te zwaar: ${limit} is meer dan het maximum van ${max}`
      : `Query te zwaar: ${limit} ${value} is meer dan het maximum van ${max}`;
  return new GraphQLError(message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      limit,
      ...(value === undefined ? {} : { value }),
      max,
      http: { status: 400 },
    },
  });
}

/**
 * What ApolloServer takes, spread into its options (see server/http/graphql-route.ts); wraps the
 * server's formatError so that the parser's and Apollo's own refusals read like ours.
 */
export function apolloQueryLimits<C extends BaseContext>(
  formatError: FormatError,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): Pick<
  ApolloServerOptions<C>,
  'parseOptions' | 'maxRecursiveSelections' | 'validationRules' | 'plugins' | 'formatError'
> {
  return {
    formatError: withLimitErrors(formatError, limits),
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: limits.maxSelections,
    validationRules: queryLimitRules(limits),
    // The bounds of every argument value (input-bounds.ts) and the cost, in one remembered check.
    plugins: [operationChecksPlugin<C>(operationChecks(limits))],
  };
}

/** Depth, aliases and directives as validation rules (graphql-armor), with our typed errors. */
export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  // armor throws its own "Syntax Error: …" unless told not to; we report a typed error instead.
  const refuse = (limit: Limit, max: number) => ({
    n: max,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(tooComplex(limit, max, foundIn(error))),
    ],
  });
  return new ApolloArmor({
    // Introspection (__schema) is bounded by the schema; GraphiQL and code generators send it deep.
    maxDepth: { ...refuse('diepte', limits.maxDepth), ignoreIntrospection: true, flattenFragments: true },
    // Every alias counts, __typename too (armor allows that one by default).
    maxAliases: { ...refuse('aantal aliassen', limits.maxAliases), allowList: [] },
    maxDirectives: refuse('aantal directives', limits.maxDirectives),
    // Done elsewhere in this file: tokens by the parser itself, cost by graphql-query-complexity.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …") are left as graphql-js gives them: introspection says more.
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}

/** armor's messages end in "exceeded, found N." when exposeLimits is on. */
function foundIn(error: GraphQLError): number | undefined {
  const found = /found (\d+)/.exec(error.message);
  return found ? Number(found[1]) : undefined;
}

/**
 * The cost of an operation with these variables. Every field costs 1, and a list field multiplies
 * the cost of what it selects by the number of items it can return (see listSize). Throws a
 * QUERY_TOO_COMPLEX error when the document has more than maxSelections nodes to visit; returns
 * undefined when the variables do not fit the operation (execution then refuses them, typed).
 */
export function queryCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
  limits?: QueryLimits;
}): number | undefined {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  try {
    return getComplexity({
      schema: options.schema,
      query: options.document,
      variables: options.variables ?? {},
      operationName: options.operationName ?? undefined,
      estimators: [pageAwareEstimator(limits)],
      maxQueryNodes: limits.maxSelections,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
      throw tooComplex('aantal selecties', limits.maxSelections);
    return undefined;
  }
}

/** The cost refusal for one operation, or undefined when it is within the limit. */
export function costError(options: Parameters<typeof queryCost>[0]): GraphQLError | undefined {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  let cost: number | undefined;
  try {
    cost = queryCost(options);
  } catch (error) {
    return error as GraphQLError;
  }
  return cost !== undefined && cost > limits.maxCost ? tooComplex('kosten', limits.maxCost, cost) : undefined;
}

/** Depth, aliases, directives and cost of a document, as a server would check them (for tests and tools). */
export function queryLimitErrors(options: Parameters<typeof queryCost>[0]): readonly GraphQLError[] {
  const refused = validate(options.schema, options.document, queryLimitRules(options.limits));
  if (refused.length > 0) return refused;
  const cost = costError(options);
  return cost ? [cost] : [];
}

/** Bounds before cost: a too-long string is named as such, not as an expensive query. */
function operationChecks(limits: QueryLimits): OperationCheck[] {
  return [
    ({ schema, document, operation, variables }) => documentBoundsViolation(schema, document, operation, variables),
    ({ schema, document, operationName, variables }) =>
      costError({ schema, document, variables, operationName, limits }),
  ];
}

/** Arguments that say how many items a list field returns. */
const PAGE_ARGUMENTS = ['first', 'limit', 'count'];

function pageAwareEstimator(limits: QueryLimits): ComplexityEstimator {
  return ({ field, args, childComplexity, type }) => {
    // Introspection is bounded by the schema itself: it does not count.
    if (field.name === '__schema' || field.name === '__type') return 0;
    return 1 + listSize(field, args, type, limits) * childComplexity;
  };
}

/**
 * How many items a field is costed at:
 * - a field with a page argument: its value (variables included; the schema's default when the
 *   query leaves it out), or else the API's default page size — what the server will return;
 * - edges and nodes of a connection: 1 (the connection field already multiplied by its page);
 * - any other list of objects: the default page size;
 * - everything else: 1.
 */
function listSize(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  parentType: GraphQLNamedType,
  limits: QueryLimits,
): number {
  const pageArg = field.args.find((a) => PAGE_ARGUMENTS.includes(a.name));
  if (pageArg) {
    const value = args[pageArg.name];
    return typeof value === 'number' ? Math.min(Math.max(1, value), limits.maxPageSize) : limits.defaultPageSize;
  }
  if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) return 1;
  if (isObjectType(parentType) && 'pageInfo' in parentType.getFields()) return 1;
  return limits.defaultPageSize;
}

type FormatError = NonNullable<ApolloServerOptions<BaseContext>['formatError']>;

/**
 * The refusals graphql-js and Apollo phrase themselves (the token and selection limits), as typed
 * Dutch QUERY_TOO_COMPLEX errors like the others; every other error goes to formatError.
 */
function withLimitErrors(formatError: FormatError, limits: QueryLimits): FormatError {
  return (formatted, error) => {
    const refusal =
      formatted.extensions?.validationErrorCode === 'MAX_RECURSIVE_SELECTIONS_EXCEEDED'
        ? tooComplex('aantal selecties', limits.maxSelections)
        : /Document contains more that \d+ tokens/.test(formatted.message)
          ? tooComplex('aantal tokens', limits.maxTokens)
          : undefined;
    if (!refusal) return formatError(formatted, error);
    const { http: _status, ...extensions } = refusal.extensions; // Apollo has set 400 already
    return { message: refusal.message, extensions };
  };
}
