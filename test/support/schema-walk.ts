/**
 * Requests generated from the GraphQL schema, for the confidentiality walk
 * (test/integration/confidential-walk.test.ts): one document per root field and variant, with
 * argument values derived from each argument's type and name and every scalar leaf selected down
 * to a bounded depth. Nothing here names a field of this API: a new root field, argument or path
 * is walked as soon as it is in the schema, and one the generator cannot fill (an unknown scalar,
 * a union) throws, so that it fails the test instead of slipping through.
 *
 * Case data is found from the schema too: a "case type" is an object type with a field
 * `confidential`; a field reaches cases when its type leads to a case type or one of its
 * arguments (at any depth of an input object) names a case. Such arguments get the variable
 * $case (Int!), so the same document can be asked about a confidential id and a missing one.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** required: only what the schema requires; search: also optional search texts; flags: and optional booleans true. */
export type Variant = 'required' | 'search' | 'flags';

export interface WalkRequest {
  operation: 'query' | 'mutation';
  field: string;
  variant: Variant;
  document: string;
  /** The field reaches case data by its type or its arguments. */
  reachesCases: boolean;
}

export interface WalkOptions {
  /** Levels of nested objects below the root field (root field = 1). */
  maxDepth: number;
  /** The text optional search arguments get in the search and flags variants. */
  searchText: string;
  /** Values for region codes and reference dates (the fixture's regions). */
  regionCode: string;
}

const CASE_ARGUMENT = /case/i;
const PAGE_ARGUMENT = /^(first|limit|count)$/;

export function caseTypes(schema: GraphQLSchema): Set<string> {
  const types = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));
  return new Set(types.filter((t) => 'confidential' in (t as GraphQLObjectType).getFields()).map((t) => t.name));
}

/** Does this output type lead to a case type (through any chain of object fields)? */
function typeReaches(type: GraphQLNamedType, cases: Set<string>, seen = new Set<string>()): boolean {
  if (cases.has(type.name)) return true;
  if (!isObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((f) => typeReaches(getNamedType(f.type), cases, seen));
}

/** The argument paths of a field that name a case, e.g. ["input.caseIds"]. */
function caseArguments(
  args: readonly (GraphQLArgument | GraphQLInputField)[],
  prefix = '',
  seen = new Set<string>(),
): string[] {
  return args.flatMap((arg) => {
    const named = getNamedType(arg.type);
    const here = CASE_ARGUMENT.test(arg.name) && isLeafType(named) ? [`${prefix}${arg.name}`] : [];
    if (!isInputObjectType(named) || seen.has(named.name)) return here;
    return [
      ...here,
      ...caseArguments(Object.values(named.getFields()), `${prefix}${arg.name}.`, new Set([...seen, named.name])),
    ];
  });
}

export function fieldReachesCases(field: GraphQLField<unknown, unknown>, cases: Set<string>): boolean {
  return typeReaches(getNamedType(field.type), cases) || caseArguments(field.args).length > 0;
}

/**
 * Every path from a root field to case data, for the report: through object fields to a case
 * type (each type visited once per path) and through arguments that name a case.
 */
export function casePaths(schema: GraphQLSchema, maxLength = 6): string[] {
  const cases = caseTypes(schema);
  const paths: string[] = [];
  const walk = (type: GraphQLObjectType, path: string, onPath: Set<string>) => {
    for (const field of Object.values(type.getFields())) {
      const here = `${path}.${field.name}`;
      for (const arg of caseArguments(field.args)) paths.push(`${here}(${arg})`);
      const named = getNamedType(field.type);
      if (cases.has(named.name)) paths.push(`${here} → ${named.name}`);
      else if (isObjectType(named) && !onPath.has(named.name) && here.split('.').length <= maxLength) {
        walk(named, here, new Set([...onPath, named.name]));
      }
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()])
    if (root) walk(root, root.name, new Set([root.name]));
  return paths;
}

/** A literal, and whether it was asked for (a case, a search) rather than only required. */
interface Literal {
  text: string;
  wanted: boolean;
}

class Writer {
  usesCase = false;
  constructor(
    readonly options: WalkOptions,
    readonly variant: Variant,
    readonly cases: Set<string>,
  ) {}

  /** Arguments as GraphQL text, or '' when none is needed. */
  args(args: readonly GraphQLArgument[], reaches: boolean, where: string): string {
    const parts = args.flatMap((arg) => {
      const value = this.value(arg.name, arg.type, arg.defaultValue !== undefined, reaches, `${where}(${arg.name})`);
      return value === undefined ? [] : [`${arg.name}: ${value.text}`];
    });
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /**
   * A literal for one argument or input field; undefined leaves an optional one out. An optional
   * input object is given only when something in it is wanted, with its required fields filled.
   */
  value(
    name: string,
    type: GraphQLInputType,
    hasDefault: boolean,
    reaches: boolean,
    where: string,
  ): Literal | undefined {
    const required = isNonNullType(type) && !hasDefault;
    const inner = isNonNullType(type) ? type.ofType : type;
    const isCase = CASE_ARGUMENT.test(name) || (reaches && /^(id|ids)$/.test(name));
    if (isListType(inner)) {
      const item = this.value(name, inner.ofType as GraphQLInputType, false, reaches, where);
      if (item === undefined || (!required && !item.wanted)) return undefined;
      return { text: `[${item.text}]`, wanted: item.wanted };
    }
    const named = getNamedType(inner);
    if (isCase && named.name === 'Int') return this.caseVariable();
    if (isInputObjectType(named)) {
      const fields = Object.values(named.getFields()).flatMap((f) => {
        const v = this.value(f.name, f.type, f.defaultValue !== undefined, reaches, `${where}.${f.name}`);
        return v === undefined ? [] : [{ name: f.name, ...v }];
      });
      const wanted = fields.some((f) => f.wanted);
      if (!required && !wanted) return undefined;
      return { text: `{ ${fields.map((f) => `${f.name}: ${f.text}`).join(', ')} }`, wanted };
    }
    if (required) return { text: leafValue(name, named, this.options, where), wanted: false };
    return this.optional(name, named);
  }

  /** Optional leaves: page sizes kept small; search texts and flags only in their variants. */
  private optional(name: string, named: GraphQLNamedType): Literal | undefined {
    if (this.variant !== 'required' && name === 'search' && named.name === 'String') {
      return { text: JSON.stringify(this.options.searchText), wanted: true };
    }
    if (this.variant === 'flags' && named.name === 'Boolean') return { text: 'true', wanted: true };
    if (PAGE_ARGUMENT.test(name) && named.name === 'Int') return { text: '3', wanted: false };
    return undefined;
  }

  private caseVariable(): Literal {
    this.usesCase = true;
    return { text: '$case', wanted: true };
  }

  /** Every scalar leaf, and objects down to maxDepth; arguments filled the same way. */
  selection(type: GraphQLObjectType, depth: number, where: string): string {
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isUnionType(named) || isInterfaceType(named)) {
        throw new Error(
          `${where}.${field.name}: ${named.name} is an abstract type; teach schema-walk.ts to select its members`,
        );
      }
      if (!isLeafType(named) && depth >= this.options.maxDepth) continue;
      const args = this.args(field.args, fieldReachesCases(field, this.cases), `${where}.${field.name}`);
      if (isLeafType(named)) parts.push(`${field.name}${args}`);
      else
        parts.push(
          `${field.name}${args} { ${this.selection(named as GraphQLObjectType, depth + 1, `${where}.${field.name}`)} }`,
        );
    }
    return parts.length ? parts.join(' ') : '__typename';
  }
}

function leafValue(name: string, type: GraphQLNamedType, options: WalkOptions, where: string): string {
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (!isScalarType(type)) throw new Error(`${where}: cannot make a value of ${type.name}`);
  switch (type.name) {
    case 'Int':
      return PAGE_ARGUMENT.test(name) ? '3' : /year/i.test(name) ? '2024' : '1';
    case 'Float':
      return floatValue(name);
    case 'Boolean':
      return 'false';
    case 'ID':
      return '"1"';
    case 'LocalDate':
      return '"2024-01-01"';
    case 'DateTime':
      return '"2024-01-01T00:00:00Z"';
    case 'GeoJSON':
      return '{ type: "Point", coordinates: [6.5665, 52.9928] }';
    case 'JSONObject':
      return '{}';
    case 'String':
      return JSON.stringify(stringValue(name, options));
    default:
      throw new Error(`${where}: no value for the scalar ${type.name}; teach schema-walk.ts one`);
  }
}

function floatValue(name: string): string {
  const bbox: Record<string, string> = { minLon: '6.4', minLat: '52.9', maxLon: '6.7', maxLat: '53.1' };
  if (bbox[name]) return bbox[name]!;
  if (/radius/i.test(name)) return '5000';
  if (/fte/i.test(name)) return '100';
  return '1';
}

function stringValue(name: string, options: WalkOptions): string {
  if (/^from.*peildatum$/i.test(name)) return '2023-01-01';
  if (/peildatum/i.test(name)) return '2024-01-01';
  if (/regionCode|^code$/i.test(name)) return options.regionCode;
  if (/url$/i.test(name)) return 'https://example.org/bron';
  return 'x';
}

/** One request per root field and variant (variants that give the same document are dropped). */
export function walkRequests(schema: GraphQLSchema, options: WalkOptions): WalkRequest[] {
  const cases = caseTypes(schema);
  const requests: WalkRequest[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [operation, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const reaches = fieldReachesCases(field, cases);
      // Mutations write: only those that touch cases are walked (and never as a role that may write).
      if (operation === 'mutation' && !reaches) continue;
      const seen = new Set<string>();
      for (const variant of ['required', 'search', 'flags'] as const) {
        const writer = new Writer(options, variant, cases);
        const where = `${root!.name}.${field.name}`;
        const args = writer.args(field.args, reaches, where);
        const named = getNamedType(field.type);
        const body = isLeafType(named) ? '' : ` { ${writer.selection(named as GraphQLObjectType, 2, where)} }`;
        const variables = writer.usesCase ? '($case: Int!)' : '';
        const document = `${operation} Walk${variables} { ${field.name}${args}${body} }`;
        if (seen.has(document)) continue;
        seen.add(document);
        requests.push({ operation, field: field.name, variant, document, reachesCases: reaches });
      }
    }
  }
  return requests;
}
