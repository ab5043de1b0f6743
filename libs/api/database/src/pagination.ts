import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Page sizes every connection accepts: `first` defaults to 50 and may be at most 200. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page' })
  endCursor!: string | null;
}

/** The values a row sorts by, in the connection's order: the page after it starts behind them. */
export type CursorValues = readonly (string | number)[];

/** Opaque to clients: the sort values of a row, as base64url JSON. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort values in a cursor this api handed out, or null when it is not one (of this length). */
export function decodeCursor(cursor: string, length: number): (string | number)[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(values) &&
      values.length === length &&
      values.every((value) => typeof value === 'string' || typeof value === 'number');
    return valid ? (values as (string | number)[]) : null;
  } catch {
    return null;
  }
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page from rows fetched with `LIMIT first + 1` in the connection's order: the extra row only
 * tells that there is a next page.
 */
export function pageOf<T>(rows: readonly T[], first: number, totalCount: number, cursorOf: (row: T) => CursorValues): Page<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/**
 * The GraphQL types of a connection of `node`s: `<Name>Edge { cursor node }` and an abstract class
 * to extend as `@ObjectType('<Name>Connection') class XConnection extends Connection(X, 'X') {}`.
 */
export function Connection<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many match, on all pages together' })
    totalCount!: number;
  }
  return ConnectionType as Type<Page<T>>;
}
