import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionField, Body, Person } from '@pakt/api-alliance';
import { type Indicator, IndicatorService } from '@pakt/api-indicator';
import { Recommendation } from '@pakt/api-recommendation';
import DataLoader from 'dataloader';
import { DataSource, In, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';
import { AlliancePlan, PlanVersion, PlanVersionIndicator, PlanVersionRecommendation, PlanVersionSignOff } from './entities';
import { RequestLoaders } from '@pakt/api-database';

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

/** Rows of a table by one of its columns, ordered; one `WHERE column IN (…)` per batch. */
function byColumn<E extends ObjectLiteral, K extends keyof E & string>(
  repository: Repository<E>,
  column: K,
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
): DataLoader<string, E[]> {
  return new DataLoader(async (keys) => {
    const rows = await repository.find({ where: { [column]: In([...keys]) } as FindOptionsWhere<E>, order: order as never });
    return groupBy(keys, rows, (row) => row[column] as string);
  });
}

/** The loaders of one GraphQL request (or one export): each caches only for it. */
export interface PlanLoaders {
  planOfAlliance: DataLoader<string, AlliancePlan | null>;
  versionsOfPlan: DataLoader<string, PlanVersion[]>;
  recommendationLinks: DataLoader<string, PlanVersionRecommendation[]>;
  indicatorLinks: DataLoader<string, PlanVersionIndicator[]>;
  signOffs: DataLoader<string, PlanVersionSignOff[]>;
  recommendation: DataLoader<string, Recommendation | null>;
  indicator: DataLoader<string, Indicator | null>;
  person: DataLoader<string, Person | null>;
  actionFieldsOfAlliance: DataLoader<string, ActionField[]>;
  steeringBoardOfAlliance: DataLoader<string, Body | null>;
  /** The person an account is in an alliance, keyed "allianceId accountId". */
  personOfAccount: DataLoader<string, Person | null>;
}

/**
 * Hands each request its own PlanLoaders, keyed by the GraphQL context object (see
 * RequestLoaders for why a WeakMap and not a request-scoped provider).
 */
@Injectable()
export class PlanLoaderRegistry extends RequestLoaders<PlanLoaders> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: IndicatorService,
  ) {
    super();
  }

  protected create(): PlanLoaders {
    const repo = <E extends ObjectLiteral>(entity: new () => E): Repository<E> => this.dataSource.getRepository(entity);
    return {
      planOfAlliance: new DataLoader(async (allianceIds) => {
        const rows = await repo(AlliancePlan).findBy({ allianceId: In([...allianceIds]) });
        return allianceIds.map((id) => rows.find((row) => row.allianceId === id) ?? null);
      }),
      versionsOfPlan: byColumn(repo(PlanVersion), 'planId', { number: 'DESC' }),
      recommendationLinks: byColumn(repo(PlanVersionRecommendation), 'planVersionId', { position: 'ASC' }),
      indicatorLinks: byColumn(repo(PlanVersionIndicator), 'planVersionId', { position: 'ASC' }),
      signOffs: byColumn(repo(PlanVersionSignOff), 'planVersionId', { signedAt: 'ASC' }),
      recommendation: byId(repo(Recommendation)),
      indicator: new DataLoader((ids) => this.indicators.byIds(ids)),
      person: byId(repo(Person)),
      actionFieldsOfAlliance: byColumn(repo(ActionField), 'allianceId', { position: 'ASC', title: 'ASC' }),
      steeringBoardOfAlliance: new DataLoader(async (allianceIds) => {
        const rows = await repo(Body).findBy({ allianceId: In([...allianceIds]), kind: 'STEERING_BOARD' });
        return allianceIds.map((id) => rows.find((row) => row.allianceId === id) ?? null);
      }),
      personOfAccount: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(' ') as [string, string]);
        const rows = await repo(Person).findBy({ accountId: In(pairs.map(([, accountId]) => accountId)) });
        return pairs.map(([allianceId, accountId]) => rows.find((row) => row.allianceId === allianceId && row.accountId === accountId) ?? null);
      }),
    };
  }
}
