/** Planned values (issue 19): a field answers with what its list already read, else runs its resolver. */
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { answerPlannedFirst, plannedValue, setPlanned } from '../../server/graphql/planned.js';

function schemaWithCounter() {
  const schema = buildSchema('type Item { id: Int! label(prefix: String!): String! } type Query { items: [Item!]! }');
  const calls = { label: 0 };
  const item = schema.getType('Item') as import('graphql').GraphQLObjectType;
  item.getFields().label!.resolve = (source: { id: number }, args: { prefix: string }) => {
    calls.label += 1;
    return `${args.prefix}${source.id}`;
  };
  answerPlannedFirst(schema, { Item: ['label'] });
  return { schema, calls };
}

describe('answerPlannedFirst', () => {
  it('answers a planned value without calling the field resolver', async () => {
    const { schema, calls } = schemaWithCounter();
    const items = [{ id: 1 }, { id: 2 }];
    items.forEach((i) => setPlanned(i, 'label', `gepland ${i.id}`));
    const result = await graphql({ schema, source: '{ items { label(prefix: "x") } }', rootValue: { items } });
    expect(result.data).toEqual({ items: [{ label: 'gepland 1' }, { label: 'gepland 2' }] });
    expect(calls.label).toBe(0);
  });

  it('runs the resolver for items without a planned value', async () => {
    const { schema, calls } = schemaWithCounter();
    const items = [{ id: 1 }, { id: 2 }];
    setPlanned(items[0]!, 'label', 'gepland');
    const result = await graphql({ schema, source: '{ items { label(prefix: "x") } }', rootValue: { items } });
    expect(result.data).toEqual({ items: [{ label: 'gepland' }, { label: 'x2' }] });
    expect(calls.label).toBe(1);
  });

  it('keeps planned values out of the object’s own properties', () => {
    const item = { id: 1 };
    setPlanned(item, 'label', 'gepland');
    expect(Object.keys(item)).toEqual(['id']);
    expect(JSON.stringify(item)).toBe('{"id":1}');
    expect(plannedValue(item, 'label')).toBe('gepland');
    expect(plannedValue(null, 'label')).toBeUndefined();
  });

  it('refuses a field without a resolver (a typo would silently plan nothing)', () => {
    const schema = buildSchema('type Item { id: Int! } type Query { items: [Item!]! }');
    expect(() => answerPlannedFirst(schema, { Item: ['id'] })).toThrow(/geen resolver/);
  });
});
