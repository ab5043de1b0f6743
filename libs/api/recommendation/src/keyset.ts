import { DEFAULT_PAGE_SIZE, type Page, pageOf } from '@pakt/api-database';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { cursorOf } from './access';

/**
 * A page of rows ordered by a timestamp column and the id (newest or oldest first). The cursor
 * keeps the timestamp as PostgreSQL's text (microseconds), not as a JavaScript Date (milliseconds),
 * so no row is skipped or repeated between pages.
 */
export async function timestampPage<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  column: string,
  direction: 'ASC' | 'DESC',
  args: { first?: number | null; after?: string | null },
): Promise<Page<E>> {
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const after = cursorOf(args.after, 2);
  const totalCount = await query.clone().getCount();
  if (after) {
    query.andWhere(`(${alias}.${column}, ${alias}.id) ${direction === 'ASC' ? '>' : '<'} (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))`, {
      cursorAt: after[0],
      cursorId: after[1],
    });
  }
  const { entities, raw } = await query
    .addSelect(`${alias}.${column}::text`, 'cursor_at')
    .orderBy(`${alias}.${column}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(first + 1)
    .getRawAndEntities<{ cursor_at: string }>();
  const rows = entities.map((entity, index) => ({ entity, at: raw[index]!.cursor_at }));
  const page = pageOf(rows, first, totalCount, (row) => [row.at, row.entity.id]);
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.entity })) };
}
