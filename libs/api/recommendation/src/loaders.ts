import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionField, Body, Person } from '@pakt/api-alliance';
import { pageOf, RequestLoaders, type Page } from '@pakt/api-database';
import DataLoader from 'dataloader';
import { DataSource, type FindOptionsWhere, In, IsNull, type ObjectLiteral, type Repository } from 'typeorm';
import {
  RecommendationAddressee,
  RecommendationAuthor,
  RecommendationComment,
  RecommendationIndicator,
  RecommendationSupport,
  RecommendationTransition,
} from './entities';

/** Groups rows under the keys asked for, in the keys' order, with [] for a key without rows. */
function groupBy<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

function byId<E extends ObjectLiteral & { id: string }>(repository: Repository<E>): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as FindOptionsWhere<E>);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Rows of a table keyed by recommendation, in the given order; one statement per batch. */
function byRecommendation<E extends ObjectLiteral & { recommendationId: string }>(
  repository: Repository<E>,
  order: Record<string, 'ASC' | 'DESC'>,
  relations: Record<string, boolean> = {},
): DataLoader<string, E[]> {
  return new DataLoader(async (recommendationIds) => {
    const rows = await repository.find({
      where: { recommendationId: In([...recommendationIds]) } as FindOptionsWhere<E>,
      order: order as never,
      relations: relations as never,
    });
    return groupBy(recommendationIds, rows, (row) => row.recommendationId);
  });
}

function repliesByThread(comments: Repository<RecommendationComment>): DataLoader<string, RecommendationComment[]> {
  return new DataLoader(async (threadIds) => {
    const rows = await comments.find({ where: { parentId: In([...threadIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupBy(threadIds, rows, (row) => row.parentId!);
  });
}

function threadCount(comments: Repository<RecommendationComment>): DataLoader<string, number> {
  return new DataLoader(async (recommendationIds) => {
    const rows = await comments
      .createQueryBuilder('c')
      .select('c.recommendation_id', 'id')
      .addSelect('COUNT(*)::int', 'count')
      .where({ recommendationId: In([...recommendationIds]), parentId: IsNull() })
      .groupBy('c.recommendation_id')
      .getRawMany<{ id: string; count: number }>();
    const counts = new Map(rows.map((row) => [row.id, row.count]));
    return recommendationIds.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * The first page of threads of many recommendations at once (a list showing its comments): two
 * statements per batch, the page of each picked by a window function. Cursors as in timestampPage.
 */
function firstThreads(comments: Repository<RecommendationComment>, first: number): DataLoader<string, Page<RecommendationComment>> {
  return new DataLoader(async (recommendationIds) => {
    const picked = await comments.query<Array<{ id: string; recommendation_id: string; cursor_at: string; total: number }>>(
      `SELECT id, recommendation_id, cursor_at, total FROM (
         SELECT c.id, c.recommendation_id, c.created_at::text AS cursor_at,
                row_number() OVER (PARTITION BY c.recommendation_id ORDER BY c.created_at, c.id) AS position,
                count(*) OVER (PARTITION BY c.recommendation_id)::int AS total
           FROM recommendation_comment c
          WHERE c.recommendation_id = ANY($1::uuid[]) AND c.parent_id IS NULL
       ) threads WHERE position <= $2 ORDER BY recommendation_id, position`,
      [[...recommendationIds], first + 1],
    );
    const rows = picked.length === 0 ? [] : await comments.findBy({ id: In(picked.map((row) => row.id)) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return groupBy(recommendationIds, picked, (row) => row.recommendation_id).map((group) =>
      pageOf(
        group.map((row) => ({ entity: byId.get(row.id)!, at: row.cursor_at })),
        first,
        group[0]?.total ?? 0,
        (row) => [row.at, row.entity.id],
      ),
    ).map((page) => ({ ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.entity })) }));
  });
}

/** The person an account is in an alliance (accounts sign in once and are a person per alliance). Key: `${accountId}/${allianceId}`. */
function personOfAccount(people: Repository<Person>): DataLoader<string, Person | null> {
  return new DataLoader(async (keys) => {
    const pairs = keys.map((key) => key.split('/') as [string, string]);
    const rows = await people.findBy({ accountId: In([...new Set(pairs.map(([account]) => account))]) });
    return pairs.map(([accountId, allianceId]) => rows.find((row) => row.accountId === accountId && row.allianceId === allianceId) ?? null);
  });
}

/** The loaders of one GraphQL request (see AllianceLoaderRegistry for why per request and why keyed by the context). */
export interface RecommendationLoaders {
  person: DataLoader<string, Person | null>;
  body: DataLoader<string, Body | null>;
  actionField: DataLoader<string, ActionField | null>;
  addressees: DataLoader<string, RecommendationAddressee[]>;
  indicators: DataLoader<string, RecommendationIndicator[]>;
  authors: DataLoader<string, RecommendationAuthor[]>;
  transitions: DataLoader<string, RecommendationTransition[]>;
  supporters: DataLoader<string, RecommendationSupport[]>;
  replies: DataLoader<string, RecommendationComment[]>;
  threadCount: DataLoader<string, number>;
  personOfAccount: DataLoader<string, Person | null>;
  /** The first page of threads, one loader per page size. */
  firstThreads(first: number): DataLoader<string, Page<RecommendationComment>>;
}

@Injectable()
export class RecommendationLoaderRegistry extends RequestLoaders<RecommendationLoaders> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected create(): RecommendationLoaders {
    const repo = <E extends ObjectLiteral>(entity: new () => E): Repository<E> => this.dataSource.getRepository(entity);
    const threadPages = new Map<number, DataLoader<string, Page<RecommendationComment>>>();
    return {
      person: byId(repo(Person)),
      body: byId(repo(Body)),
      actionField: byId(repo(ActionField)),
      addressees: byRecommendation(repo(RecommendationAddressee), {}, { organisation: true }),
      indicators: byRecommendation(repo(RecommendationIndicator), { position: 'ASC' }, { indicator: true }),
      authors: byRecommendation(repo(RecommendationAuthor), { since: 'ASC', personId: 'ASC' }, { person: true }),
      transitions: byRecommendation(repo(RecommendationTransition), { at: 'ASC', id: 'ASC' }),
      supporters: byRecommendation(repo(RecommendationSupport), { createdAt: 'ASC' }),
      replies: repliesByThread(repo(RecommendationComment)),
      threadCount: threadCount(repo(RecommendationComment)),
      personOfAccount: personOfAccount(repo(Person)),
      firstThreads: (first) => {
        let loader = threadPages.get(first);
        if (!loader) {
          loader = firstThreads(repo(RecommendationComment), first);
          threadPages.set(first, loader);
        }
        return loader;
      },
    };
  }
}
