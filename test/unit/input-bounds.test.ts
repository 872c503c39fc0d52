/**
 * Every string, list and number a client can send has a bound (issue 14, finding 4), shown in
 * its description, by construction: the schema is walked here, not a hand-kept list.
 */
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  parse,
  buildSchema,
  getOperationAST,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { boundsOf, boundsViolation, documentBoundsViolation } from '../../server/graphql/input-bounds.js';
import { createSchema } from '../../server/graphql/schema.js';

const BOUNDED_SCALARS = new Set(['String', 'ID', 'Int', 'Float']);

describe('input bounds', () => {
  it('bounds and describes every string, list and number argument and input field of the API', async () => {
    const schema = await createSchema();
    const inputs = Object.values(schema.getTypeMap())
      .filter((t) => !t.name.startsWith('__'))
      .flatMap((type) => [
        ...(isObjectType(type)
          ? Object.values(type.getFields()).flatMap((f) =>
              f.args.map((a) => ({ where: `${type.name}.${f.name}(${a.name})`, input: a })),
            )
          : []),
        ...(isInputObjectType(type)
          ? Object.values(type.getFields()).map((f) => ({ where: `${type.name}.${f.name}`, input: f }))
          : []),
      ]);
    const needing = inputs.filter(
      ({ input }) => BOUNDED_SCALARS.has(getNamedType(input.type).name) || isListType(getNullableType(input.type)),
    );
    expect(needing.length).toBeGreaterThan(200);
    for (const { where, input } of needing) {
      const bounds = boundsOf(input);
      const scalar = getNamedType(input.type).name;
      if (scalar === 'String' || scalar === 'ID') expect(bounds.maxLength, where).toBeGreaterThan(0);
      if (scalar === 'Int' || scalar === 'Float')
        expect([bounds.min, bounds.max], where).toEqual([expect.any(Number), expect.any(Number)]);
      if (isListType(getNullableType(input.type))) expect(bounds.maxItems, where).toBeGreaterThan(0);
      expect(input.description, where).toMatch(/\[(elk |hoogstens |van )[^\]]+\]$/);
    }
  });

  it('refuses the first value out of bounds, naming the field, in lists and nested inputs alike', () => {
    const schema = buildSchema(
      'input F { search: String names: [String!] } type Query { q(filter: F, first: Int, codes: [String!]): Int }',
    );
    const arg = (name: string) =>
      schema
        .getQueryType()!
        .getFields()
        .q!.args.find((a) => a.name === name)!;
    expect(boundsViolation(arg('filter'), { search: 'x'.repeat(101) })?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
    expect(boundsViolation(arg('filter'), { search: 'x'.repeat(100), names: ['ok'] })).toBeUndefined();
    expect(boundsViolation(arg('filter'), { names: ['x'.repeat(301)] })?.message).toBe(
      'names is te lang: 301 tekens, hoogstens 300',
    );
    expect(
      boundsViolation(
        arg('codes'),
        Array.from({ length: 501 }, () => 'GM0106'),
      )?.message,
    ).toBe('codes heeft te veel items: 501, hoogstens 500');
    expect(boundsViolation(arg('first'), 501)?.message).toBe('first moet tussen 0 en 500 liggen (kreeg 501)');
    expect(boundsViolation(arg('first'), -1)?.extensions).toMatchObject({ field: 'first' });
  });

  it('checks literals and variables of every field in the document, fragments included', () => {
    const schema = buildSchema(
      'input F { search: String } type Query { q(filter: F): Q } type Q { r(search: String): Int }',
    );
    const check = (source: string, variables = {}) => {
      const document = parse(source);
      return documentBoundsViolation(schema, document, getOperationAST(document)!, variables)?.extensions.field;
    };
    expect(check('{ q(filter: { search: "kort" }) { r(search: "ook kort") } }')).toBeUndefined();
    expect(check(`{ q { ...R } } fragment R on Q { r(search: "${'x'.repeat(200)}") }`)).toBe('search');
    expect(check('query($s: String) { q(filter: { search: $s }) { r } }', { s: 'x'.repeat(200) })).toBe('search');
    expect(check('query($f: F) { q(filter: $f) { r } }', { f: { search: 'x'.repeat(200) } })).toBe('search');
    // Variables that do not fit their type are execution's to refuse.
    expect(check('query($f: F) { q(filter: $f) { r } }', { f: 5 })).toBeUndefined();
  });
});
