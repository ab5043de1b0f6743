import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCursor, encodeCursor, pageOf } from '../src';

describe('cursors', () => {
  it('give back the values they were made of', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 4 }), (values) => {
        expect(decodeCursor(encodeCursor(values), values.length)).toEqual(values);
      }),
    );
  });

  it('are refused when they were not made here or have the wrong length', () => {
    expect(decodeCursor('not a cursor', 2)).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 1)).toBeNull();
    expect(decodeCursor(Buffer.from('[true]').toString('base64url'), 1)).toBeNull();
    expect(decodeCursor(encodeCursor(['Anna', 'id-1']), 3)).toBeNull();
  });
});

describe('pageOf', () => {
  const rows = ['Anna', 'Ben', 'Cem'].map((name, i) => ({ name, id: `id-${i}` }));

  it('keeps the first rows and tells from the extra one that a next page exists', () => {
    const page = pageOf(rows, 2, 7, (row) => [row.name, row.id]);
    expect(page.edges.map((edge) => edge.node.name)).toEqual(['Anna', 'Ben']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['Ben', 'id-1']) });
    expect(page.totalCount).toBe(7);
  });

  it('ends without a next page, and an empty page has no cursor', () => {
    expect(pageOf(rows, 3, 3, (row) => [row.id]).pageInfo.hasNextPage).toBe(false);
    expect(pageOf([], 3, 0, () => []).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
