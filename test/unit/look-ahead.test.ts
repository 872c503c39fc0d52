/** Looking ahead in a query's selection: fields, inline fragments and named fragments are followed. */
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { needsTotal, nodeFieldNames, relationSelection, selects } from '../../server/graphql/look-ahead.js';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selects', () => {
  it('finds a path of fields', () => {
    expect(
      selects(infoOf('{ regions { nodes { code fte(peildatum: "2024-01-01") { fte { value } } } } }'), [
        'nodes',
        'fte',
      ]),
    ).toBe(true);
    expect(selects(infoOf('{ regions { nodes { code name } totalCount } }'), ['nodes', 'fte'])).toBe(false);
    expect(selects(infoOf('{ regions { totalCount } }'), ['nodes', 'fte'])).toBe(false);
  });

  it('follows inline and named fragments, and aliases do not hide a field', () => {
    expect(
      selects(
        infoOf('{ regions { ... on RegionConnection { nodes { f: fte(peildatum: "2024-01-01") { basis } } } } }'),
        ['nodes', 'fte'],
      ),
    ).toBe(true);
    expect(
      selects(
        infoOf(
          'query { regions { ...Lijst } } fragment Lijst on RegionConnection { nodes { ...Cijfers } } fragment Cijfers on Region { fte(peildatum: "2024-01-01") { basis } }',
        ),
        ['nodes', 'fte'],
      ),
    ).toBe(true);
    expect(
      selects(infoOf('query { regions { ...Lijst } } fragment Lijst on RegionConnection { nodes { code } }'), [
        'nodes',
        'fte',
      ]),
    ).toBe(false);
  });
});

describe('what a connection selection needs (plans, issue 19)', () => {
  it('names the node fields through nodes, edges.node and fragments', () => {
    const names = nodeFieldNames(
      infoOf('query { sites { nodes { name ...K } edges { node { location } } } } fragment K on Site { kind }'),
    );
    expect([...names].sort()).toEqual(['kind', 'location', 'name']);
  });

  it('reads the total only for totalCount or pageInfo, also through a fragment', () => {
    expect(needsTotal(infoOf('{ sites { nodes { name } } }'))).toBe(false);
    expect(needsTotal(infoOf('{ sites { edges { cursor } } }'))).toBe(false);
    expect(needsTotal(infoOf('{ sites { totalCount } }'))).toBe(true);
    expect(needsTotal(infoOf('{ sites { pageInfo { hasNextPage } } }'))).toBe(true);
    expect(needsTotal(infoOf('query { sites { ...T } } fragment T on SiteConnection { n: totalCount }'))).toBe(true);
  });

  it('names what the nodes select of a relation, merging aliases, and whether its total is read', () => {
    const plain = relationSelection(
      infoOf('{ sites { nodes { name organisations { nodes { name } } } } }'),
      'organisations',
    );
    expect([...plain.fields]).toEqual(['name']);
    expect(plain.total).toBe(false);
    const merged = relationSelection(
      infoOf(
        '{ sites { nodes { a: organisations { nodes { name } } } edges { node { b: organisations { edges { node { sector } } pageInfo { hasNextPage } } } } } }',
      ),
      'organisations',
    );
    expect([...merged.fields].sort()).toEqual(['name', 'sector']);
    expect(merged.total).toBe(true);
    expect(relationSelection(infoOf('{ sites { nodes { name } } }'), 'organisations').fields.size).toBe(0);
  });
});
