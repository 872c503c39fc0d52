/**
 * A schema-driven sweep for fuzz.test.ts (issue 14, finding 10): for every root field, every
 * argument and every nested input field gets hostile values of its type while the rest of the
 * request stays valid, so the hostile value is what reaches the service. Walks the schema itself,
 * so a new argument is swept without anyone listing it.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { boundsOf } from '../../server/graphql/input-bounds.js';

export interface SweepRequest {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** The root field is a mutation (runs as planner; may create records). */
  mutation: boolean;
  field: string;
}

const POINT = { type: 'Point', coordinates: [6.5625, 52.9925] };
const SOURCE = 'https://example.org/rijkspresentie-fuzz';

/** Valid arguments per root field where a generic sample would be refused before the service. */
export function validBase(marker: string): Record<string, () => Record<string, unknown>> {
  const name = () => `${marker} ${Math.random().toString(36).slice(2, 8)}`;
  return {
    createSite: () => ({
      input: {
        kind: 'rijkskantoor',
        name: name(),
        city: 'Assen',
        location: POINT,
        locationPrecision: 'adres',
        sourceUrl: SOURCE,
        dataset: 'demo',
      },
    }),
    createMasterplanProject: () => ({
      input: {
        name: name(),
        kind: 'renovatie',
        status: 'in voorbereiding',
        masterplan: marker,
        location: POINT,
        locationPrecision: 'gemeente',
        sourceUrl: SOURCE,
        dataset: 'demo',
      },
    }),
    createLocationCase: () => ({
      input: {
        title: name(),
        kind: 'groei',
        fteChange: 150,
        fromRegionCode: 'PV28',
        toRegionCode: 'PV22',
        status: 'nieuw',
        dataset: 'demo',
      },
    }),
    createRegionProfile: () => ({ input: { regionCode: 'CR07', coreQualities: [name()], dataset: 'demo' } }),
    rankCandidates: () => ({ demand: { fte: 150, dataset: 'demo' } }),
    monitors: () => ({ fromPeildatum: '2023-01-01', toPeildatum: '2024-01-01' }),
    nationalGrowth: () => ({ fromPeildatum: '2023-01-01', toPeildatum: '2024-01-01' }),
    evaluateAdvice: () => ({ input: { kind: 'groei', fteChange: 150, fromRegionCode: 'PV28', toRegionCode: 'PV22' } }),
    nearestSites: () => ({ point: POINT, count: 3 }),
    nearestStations: () => ({ point: POINT, count: 3 }),
    region: () => ({ code: 'PV22' }),
    station: () => ({ code: 'ASN' }),
    scenario: () => ({ input: { peildatum: '2024-01-01', dataset: 'demo' } }),
  };
}

/** Hostile values of a leaf type: empty, blank, one past its bound, impossible dates, extremes. */
function hostile(name: string, type: GraphQLInputType): unknown[] {
  const bounds = boundsOf({ name, type });
  const scalar = getNamedType(type).name;
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  const values: unknown[] =
    {
      String: ['', ' ', 'x'.repeat((bounds.maxLength ?? 300) + 1), '2024-02-30', '\ud800', "'; DROP TABLE site; --"],
      ID: ['', 'x'.repeat((bounds.maxLength ?? 300) + 1)],
      Int: [-1, 2_147_483_647, (bounds.max ?? 0) + 1],
      Float: [-1, 1e308, -1e308, 5e-324],
      LocalDate: ['2024-02-30', '2024-13-01', '0001-01-01'],
      GeoJSON: [
        { type: 'Point', coordinates: [5.1, 52.1, 1e308] },
        { type: 'MultiPoint', coordinates: [] },
      ],
      Boolean: [true],
    }[scalar] ?? [];
  if (!list) return values;
  return [
    ...values.map((v) => [v]),
    Array.from({ length: (bounds.maxItems ?? 500) + 1 }, () => sampleOf(getNamedType(type) as GraphQLInputType)),
  ];
}

function sampleOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType);
  if (isListType(type)) return [sampleOf(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((f) => [f.name, sampleOf(f.type)]));
  }
  return (
    (
      { Int: 1, Float: 1, String: 'x', Boolean: false, ID: '1', LocalDate: '2024-01-01', GeoJSON: POINT } as Record<
        string,
        unknown
      >
    )[type.name] ?? 'x'
  );
}

function* leaves(type: GraphQLInputType, path: string[], depth = 0): Generator<{ path: string[]; value: unknown }> {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (depth < 3)
      for (const field of Object.values(named.getFields())) yield* leaves(field.type, [...path, field.name], depth + 1);
    return;
  }
  for (const value of hostile(path[path.length - 1]!, type)) yield { path, value };
}

function setAt(base: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = { ...(base as Record<string, unknown> | undefined) };
  copy[path[0]!] = setAt(copy[path[0]!], path.slice(1), value);
  return copy;
}

/** Fields whose selection is enough to run them: the id where there is one, else __typename. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!('getFields' in type)) return '';
  return 'id' in type.getFields() ? '{ id }' : '{ __typename }';
}

export function sweepRequests(
  schema: GraphQLSchema,
  marker: string,
  skip: (field: string) => boolean = () => false,
): SweepRequest[] {
  const base = validBase(marker);
  const requests: SweepRequest[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(root.getFields())) {
      if (field.args.length === 0 || skip(field.name)) continue;
      const declarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const query = `${kind}(${declarations}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection(field)} }`;
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type, [arg.name])) {
          const valid = {
            ...Object.fromEntries(field.args.map((a) => [a.name, a.defaultValue ?? sampleOf(a.type)])),
            ...base[field.name]?.(),
          };
          const variables = { ...valid, [arg.name]: setAt(valid[arg.name], leaf.path.slice(1), leaf.value) };
          requests.push({
            label: `${field.name}.${leaf.path.join('.')} = ${JSON.stringify(leaf.value).slice(0, 40)}`,
            query,
            variables,
            mutation: kind === 'mutation',
            field: field.name,
          });
        }
      }
    }
  }
  return requests;
}
