import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Membership, Organisation, Person } from '@pakt/api-alliance';
import { isMembershipActive, toLocalDate } from '@pakt/domain';
import { Indicator } from '@pakt/api-indicator';
import DataLoader from 'dataloader';
import { DataSource, type FindOptionsWhere, In, type ObjectLiteral, type Repository } from 'typeorm';
import { RequestLoaders } from '@pakt/api-database';
import {
  Initiative,
  InitiativeActionField,
  InitiativeIndicator,
  InitiativeIndicatorValue,
  InitiativeMilestone,
  InitiativePartner,
  InitiativeRecommendation,
  InitiativeRegion,
  InitiativeStatusChange,
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

/** Rows keyed by a column (e.g. initiativeId), in the given order; one statement per batch. */
function byKey<E extends ObjectLiteral, K extends keyof E & string>(
  repository: Repository<E>,
  key: K,
  order: Record<string, 'ASC' | 'DESC'>,
  relations: Record<string, boolean> = {},
): DataLoader<string, E[]> {
  return new DataLoader(async (keys) => {
    const rows = await repository.find({ where: { [key]: In([...keys]) } as FindOptionsWhere<E>, order: order as never, relations: relations as never });
    return groupBy(keys, rows, (row) => row[key] as string);
  });
}

/** The loaders of one GraphQL request (see AllianceLoaderRegistry for why per request and why keyed by the context). */
export interface InitiativeLoaders {
  initiative: DataLoader<string, Initiative | null>;
  person: DataLoader<string, Person | null>;
  organisation: DataLoader<string, Organisation | null>;
  partners: DataLoader<string, InitiativePartner[]>;
  actionFields: DataLoader<string, InitiativeActionField[]>;
  regions: DataLoader<string, InitiativeRegion[]>;
  recommendations: DataLoader<string, InitiativeRecommendation[]>;
  milestones: DataLoader<string, InitiativeMilestone[]>;
  indicators: DataLoader<string, InitiativeIndicator[]>;
  indicatorValues: DataLoader<string, InitiativeIndicatorValue[]>;
  statusChanges: DataLoader<string, InitiativeStatusChange[]>;
  /** The values a report gave, keyed by report. */
  reportValues: DataLoader<string, InitiativeIndicatorValue[]>;
  /** The person an account is in an alliance and the organisations they represent now; key `${accountId}/${allianceId}`. */
  represented: DataLoader<string, { person: Person; organisationIds: string[] } | null>;
  /** The indicators the initiative's recommendations cite, each once, in the recommendations' order. */
  tracedIndicators: DataLoader<string, Indicator[]>;
}

@Injectable()
export class InitiativeLoaderRegistry extends RequestLoaders<InitiativeLoaders> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected create(): InitiativeLoaders {
    const repo = <E extends ObjectLiteral>(entity: new () => E): Repository<E> => this.dataSource.getRepository(entity);
    return {
      initiative: byId(repo(Initiative)),
      person: byId(repo(Person)),
      organisation: byId(repo(Organisation)),
      partners: byKey(repo(InitiativePartner), 'initiativeId', {}, { organisation: true }),
      actionFields: byKey(repo(InitiativeActionField), 'initiativeId', {}, { actionField: true }),
      regions: byKey(repo(InitiativeRegion), 'initiativeId', {}, { region: true }),
      recommendations: byKey(repo(InitiativeRecommendation), 'initiativeId', {}, { recommendation: true }),
      milestones: byKey(repo(InitiativeMilestone), 'initiativeId', { dueOn: 'ASC', id: 'ASC' }),
      indicators: byKey(repo(InitiativeIndicator), 'initiativeId', { createdAt: 'ASC', id: 'ASC' }),
      indicatorValues: byKey(repo(InitiativeIndicatorValue), 'indicatorId', { measuredOn: 'ASC', id: 'ASC' }),
      statusChanges: byKey(repo(InitiativeStatusChange), 'initiativeId', { at: 'ASC', id: 'ASC' }),
      reportValues: byKey(repo(InitiativeIndicatorValue), 'reportId', { id: 'ASC' }),
      represented: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split('/') as [string, string]);
        const people = await repo(Person).findBy({ accountId: In([...new Set(pairs.map(([accountId]) => accountId))]) });
        const today = toLocalDate(new Date());
        const memberships = people.length === 0 ? [] : await repo(Membership).findBy({ personId: In(people.map((person) => person.id)) });
        return pairs.map(([accountId, allianceId]) => {
          const person = people.find((candidate) => candidate.accountId === accountId && candidate.allianceId === allianceId);
          if (!person) return null;
          const organisationIds = memberships.flatMap((membership) =>
            membership.personId === person.id && membership.organisationId !== null && isMembershipActive(membership, today) ? [membership.organisationId] : [],
          );
          return { person, organisationIds: [...new Set(organisationIds)] };
        });
      }),
      tracedIndicators: new DataLoader(async (initiativeIds) => {
        const rows = await this.dataSource.query<Array<{ initiative_id: string; indicator_id: string }>>(
          `SELECT DISTINCT ON (l.initiative_id, ri.indicator_id) l.initiative_id, ri.indicator_id, r.title, ri.position
             FROM initiative_recommendation l
             JOIN recommendation r ON r.id = l.recommendation_id
             JOIN recommendation_indicator ri ON ri.recommendation_id = l.recommendation_id
            WHERE l.initiative_id = ANY($1::uuid[])
            ORDER BY l.initiative_id, ri.indicator_id, r.title, ri.position`,
          [[...initiativeIds]],
        );
        const indicators = rows.length === 0 ? [] : await repo(Indicator).findBy({ id: In([...new Set(rows.map((row) => row.indicator_id))]) });
        const found = new Map(indicators.map((indicator) => [indicator.id, indicator]));
        return groupBy(initiativeIds, rows, (row) => row.initiative_id).map((group) =>
          group.flatMap((row) => found.get(row.indicator_id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'de')),
        );
      }),
    };
  }
}
