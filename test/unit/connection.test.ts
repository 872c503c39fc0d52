/** Relay connections built from a page of rows: cursors continue where the page starts, page info at the edges. */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { encodeCursor, toConnection, toPage } from '../../server/graphql/connection.js';

describe('toConnection', () => {
  it('numbers cursors from the page offset and reports both ends', () => {
    const page = toPage({ first: 2, after: encodeCursor(1) });
    const connection = toConnection(['c', 'd'], 5, page);
    expect(connection.nodes).toEqual(['c', 'd']);
    expect(connection.edges).toEqual([
      { cursor: encodeCursor(2), node: 'c' },
      { cursor: encodeCursor(3), node: 'd' },
    ]);
    expect(connection.edges).toBe(connection.edges); // built once, when first read
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(toPage({ first: 2, after: connection.pageInfo.endCursor! }).offset).toBe(4);
  });

  it('encodes a cursor only when it is read, and keeps what the edge carries beside the node', () => {
    const connection = toConnection([{ id: 1, d: 5 }], 1, toPage({ first: 1 }), (n) => ({ distanceM: n.d }));
    const [edge] = connection.edges;
    const cursor = Object.getOwnPropertyDescriptor(edge, 'cursor');
    expect(cursor?.get).toBeTypeOf('function'); // not computed while building the edges
    expect(edge).toEqual({ node: { id: 1, d: 5 }, distanceM: 5, cursor: encodeCursor(0) });
  });

  it('has no cursors and no next page when the page is empty', () => {
    const connection = toConnection([], 0, toPage({ first: 10 }));
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(connection.totalCount).toBe(0);
  });
});
