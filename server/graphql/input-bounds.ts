/**
 * A bound on every string, list and number a client can send, enforced in one place (issue 14,
 * finding 4: a 1.9 MB search string cost 9–20 s of ILIKE and froze the embedded database).
 * - Every argument and input field gets a bound by construction: its name may have one of its
 *   own (BY_NAME), else its type has a default (BY_TYPE). A new argument is never unbounded.
 * - The bounds are checked before execution, on the request's literals and variables alike
 *   (didResolveOperation), so nothing oversized reaches a resolver or the database. A refusal
 *   is a 400 BAD_USER_INPUT naming the field, as the services' own checks do.
 * - API users see each bound at the end of the field's description ("[hoogstens 300 tekens]"):
 *   descriptions are what introspection, GraphiQL and code generators show; GraphQL does not
 *   expose directives applied to arguments through introspection, so a directive would be seen
 *   only by readers of the SDL file.
 * These are limits against abuse, wide enough for every honest value; domain rules (a code that
 * must exist, a tolerance of at most 0.1) stay in the services, which check them after this.
 * Written by hand: graphql-constraint-directive needs a directive on each argument (no default
 * for a new one), keeps its schema in a module-wide variable and answers in English.
 */
import {
  GraphQLError,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isObjectType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_NAME_LENGTH } from '../common/validate.js';
import { MAX_PAGE_SIZE } from './page-size.js';

export interface Bounds {
  /** Strings (and each string in a list): at most this many characters. */
  maxLength?: number;
  /** Lists: at most this many items. */
  maxItems?: number;
  /** Numbers: from min to max, inclusive. */
  min?: number;
  max?: number;
  /** GeoJSON geometries: at most this many vertices (positions). */
  maxVertices?: number;
}

const INT_MAX = 2_147_483_647;

/** Defaults by the named type of the value. Every Int of this API is a key, count, year or page. */
const BY_TYPE: Record<string, Bounds> = {
  String: { maxLength: MAX_NAME_LENGTH },
  ID: { maxLength: MAX_NAME_LENGTH },
  Int: { min: 0, max: INT_MAX },
  Float: { min: -1e9, max: 1e9 },
};

/** Lists of anything: at most this many items unless the name says otherwise. */
const DEFAULT_MAX_ITEMS = 500;

/** Names whose honest values are longer (or must be shorter) than their type's default. */
const BY_NAME: Record<string, Bounds> = {
  // Free text written by people.
  note: { maxLength: 5_000 },
  description: { maxLength: 5_000 },
  advice: { maxLength: 5_000 },
  decision: { maxLength: 5_000 },
  opportunities: { maxLength: 5_000 },
  sourceUrl: { maxLength: 2_000 },
  source: { maxLength: 2_000 },
  // A name search: longer than any stored name is pointless, and its cost grows with its length.
  search: { maxLength: 100 },
  // Cursors carry a sort key (a name of up to 300 characters) in base64.
  after: { maxLength: 1_000 },
  first: { min: 0, max: MAX_PAGE_SIZE },
  // Degrees (a bounding box): the globe; whether it is in the Netherlands is the service's rule.
  // A drawn search area (rankCandidates): a hand-drawn polygon has tens of points, not the
  // GeoJSON scalar's 10.000; the Netherlands' extent (checked by the scalar) bounds its size.
  area: { maxVertices: 1_000 },
  minLon: { min: -180, max: 180 },
  maxLon: { min: -180, max: 180 },
  minLat: { min: -90, max: 90 },
  maxLat: { min: -90, max: 90 },
};

/** The bounds of an argument or input field. */
export function boundsOf(input: { name: string; type: GraphQLInputType }): Bounds {
  const named = getNamedType(input.type).name;
  const bounds: Bounds = { ...BY_TYPE[named], ...BY_NAME[input.name] };
  if (isListType(getNullableType(input.type))) bounds.maxItems = DEFAULT_MAX_ITEMS;
  return bounds;
}

/** "[hoogstens 300 tekens]" and the like, for descriptions. */
export function describeBounds(bounds: Bounds): string | undefined {
  const parts: string[] = [];
  const each = bounds.maxItems !== undefined ? 'elk ' : '';
  if (bounds.maxItems !== undefined) parts.push(`hoogstens ${dutch(bounds.maxItems)} items`);
  if (bounds.maxLength !== undefined) parts.push(`${each}hoogstens ${dutch(bounds.maxLength)} tekens`);
  if (bounds.min !== undefined && bounds.max !== undefined)
    parts.push(`${each}van ${dutch(bounds.min)} tot en met ${dutch(bounds.max)}`);
  if (bounds.maxVertices !== undefined) parts.push(`hoogstens ${dutch(bounds.maxVertices)} punten`);
  return parts.length > 0 ? `[${parts.join(', ')}]` : undefined;
}

const dutch = (n: number) => n.toLocaleString('nl-NL');

/**
 * Appends each bound to its description. Run once on a freshly built schema (createSchema),
 * before it serves: the argument and input-field objects are the schema's own.
 */
export function describeInputBounds(schema: GraphQLSchema): void {
  const describe = (input: GraphQLArgument | GraphQLInputField) => {
    const text = describeBounds(boundsOf(input));
    if (text)
      (input as { description?: string | null }).description = input.description
        ? `${input.description} ${text}`
        : text;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) field.args.forEach(describe);
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach(describe);
  }
}

/** The first value out of bounds, as the error a client gets; undefined when all fit. */
export function boundsViolation(
  input: { name: string; type: GraphQLInputType },
  value: unknown,
): GraphQLError | undefined {
  if (value === null || value === undefined) return undefined;
  const bounds = boundsOf(input);
  const nullable = getNullableType(input.type);
  if (isListType(nullable) && Array.isArray(value)) {
    if (bounds.maxItems !== undefined && value.length > bounds.maxItems) {
      return refuse(input.name, `${input.name} heeft te veel items: ${value.length}, hoogstens ${bounds.maxItems}`);
    }
    for (const item of value) {
      const refused = boundsViolation({ name: input.name, type: nullable.ofType as GraphQLInputType }, item);
      if (refused) return refused;
    }
    return undefined;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const field of Object.values(nullable.getFields())) {
      const refused = boundsViolation(field, (value as Record<string, unknown>)[field.name]);
      if (refused) return refused;
    }
    return undefined;
  }
  return scalarViolation(input.name, bounds, value);
}

function scalarViolation(name: string, bounds: Bounds, value: unknown): GraphQLError | undefined {
  if (typeof value === 'string' && bounds.maxLength !== undefined && value.length > bounds.maxLength) {
    return refuse(name, `${name} is te lang: ${value.length} tekens, hoogstens ${bounds.maxLength}`);
  }
  if (
    typeof value === 'number' &&
    bounds.min !== undefined &&
    bounds.max !== undefined &&
    (value < bounds.min || value > bounds.max)
  ) {
    return refuse(name, `${name} moet tussen ${bounds.min} en ${bounds.max} liggen (kreeg ${value})`);
  }
  if (bounds.maxVertices !== undefined && typeof value === 'object') {
    const vertices = countPositions((value as { coordinates?: unknown }).coordinates);
    if (vertices > bounds.maxVertices)
      return refuse(name, `${name} heeft te veel punten: ${vertices}, hoogstens ${bounds.maxVertices}`);
  }
  return undefined;
}

/** Positions in a GeoJSON coordinates array of any depth ([x, y] pairs). */
function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return 1;
  return coordinates.reduce((sum: number, item) => sum + countPositions(item), 0);
}

function refuse(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } });
}

/**
 * Checks every argument of every field in the document (fragments once each, as written) with
 * the request's variables. Variables that do not fit their types are left to execution, which
 * refuses them typed; so are arguments whose literal a scalar refuses (a geometry, say).
 */
export function documentBoundsViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): GraphQLError | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return undefined;
  const typeInfo = new TypeInfo(schema);
  let found: GraphQLError | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (found || !field || field.args.length === 0) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, coerced.coerced);
        } catch {
          return;
        }
        for (const arg of field.args) found ??= boundsViolation(arg, args[arg.name]);
      },
    }),
  );
  return found;
}
