/**
 * Relay-style cursor connections. Cursors are opaque (base64 of the row's offset in a stable
 * order: every list query orders by a unique key). Page size has a ceiling so no client can ask
 * for the whole database in one go.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ValidationError } from '../common/errors.js';
import type { Page } from '../common/page.js';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@ObjectType({ description: 'Paginagegevens volgens de Relay-specificatie' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Er volgt nog een pagina' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Er gaat een pagina aan vooraf' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor van het eerste item op deze pagina' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor van het laatste item; geef die als after voor de volgende pagina',
  })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Aantal items (standaard ${DEFAULT_PAGE_SIZE}, hoogstens ${MAX_PAGE_SIZE})`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor waarna de pagina begint (endCursor van de vorige pagina)',
  })
  after?: string;
}

export type { Page };

export function toPage(args: PageArgs): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new ValidationError(
      'first',
      `first moet tussen 0 en ${MAX_PAGE_SIZE} liggen (kreeg ${limit}); blader verder met after`,
    );
  }
  return { limit, offset: args.after ? decodeCursor(args.after) + 1 : 0 };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new ValidationError('after', 'Ongeldige cursor; gebruik een endCursor uit een eerder antwoord');
  return Number(match[1]);
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Edges and page info are built only when a query selects them (GraphQL reads them as
 * properties, so getters do): most queries ask for `nodes` alone, and a nested query would
 * otherwise encode a cursor for every one of its thousands of children.
 */
export function toConnection<T>(
  rows: T[],
  totalCount: number,
  page: Page,
  edgeOf: (node: T) => object = () => ({}),
): ConnectionShape<T> {
  const cursorAt = (i: number) => encodeCursor(page.offset + i);
  let edges: { cursor: string; node: T }[] | undefined;
  return {
    get edges() {
      // The cursor is encoded only when read: most edge selections read the node (and distance) alone.
      return (edges ??= rows.map((node, i) => ({
        ...edgeOf(node),
        node,
        get cursor() {
          return cursorAt(i);
        },
      })));
    },
    nodes: rows,
    totalCount,
    get pageInfo() {
      return {
        hasNextPage: page.offset + rows.length < totalCount,
        hasPreviousPage: page.offset > 0,
        startCursor: rows.length > 0 ? cursorAt(0) : null,
        endCursor: rows.length > 0 ? cursorAt(rows.length - 1) : null,
      };
    },
  };
}

/** The plain edge: a node and its cursor. */
function EdgeType<T extends object>(node: ClassType<T>, name: string): ClassType {
  @ObjectType(`${name}Edge`, { description: 'Een item met zijn cursor' })
  class Edge {
    @Field(() => String, { description: 'Cursor om na dit item verder te lezen (argument after)' })
    cursor: string;

    @Field(() => node, { description: 'Het item' })
    node: T;
  }
  return Edge;
}

/**
 * Builds the Edge and Connection object types for a node type: `Connection(Site, 'Site')`.
 * A query whose arguments give each item a value of its own (a distance to the search point)
 * passes its own edge type: such a value belongs to the edge, never to the node, because a
 * normalised client cache keeps one copy of each node for every query.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string, edgeType?: ClassType) {
  const Edge = edgeType ?? EdgeType(node, name);

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'Items met cursors' })
    edges: { cursor: string; node: T }[];

    @Field(() => [node], { description: 'De items zelf, zonder cursors' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Of er meer pagina’s zijn, en de cursors aan de randen' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Totaal aantal items dat aan de filters voldoet' })
    totalCount: number;
  }
  return ConnectionType;
}
