import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toLocalDate, type LocalDate } from '@pakt/domain';
import DataLoader from 'dataloader';
import { DataSource, type FindOptionsWhere, In, type ObjectLiteral, type Repository } from 'typeorm';
import { ActionField, Alliance, Body, BodyActionField, Membership, Organisation, Person, Region } from './entities';
import { RequestLoaders } from '@pakt/api-database';

/** Groups rows under the keys asked for, in the keys' order, with [] for a key without rows. */
function groupBy<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** One loader of rows by id: one `WHERE id IN (…)` per batch; missing ids resolve to null. */
function byId<E extends ObjectLiteral & { id: string }>(repository: Repository<E>): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as FindOptionsWhere<E>);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** One loader of all rows of an alliance-owned table per alliance id. */
function byAlliance<E extends ObjectLiteral & { allianceId: string }>(repository: Repository<E>): DataLoader<string, E[]> {
  return new DataLoader(async (allianceIds) => {
    const rows = await repository.findBy({ allianceId: In([...allianceIds]) } as FindOptionsWhere<E>);
    return groupBy(allianceIds, rows, (row) => row.allianceId);
  });
}

function actionFieldsByBody(links: Repository<BodyActionField>): DataLoader<string, ActionField[]> {
  return new DataLoader(async (bodyIds) => {
    const rows = await links.find({ where: { bodyId: In([...bodyIds]) }, relations: { actionField: true } });
    return groupBy(bodyIds, rows, (row) => row.bodyId).map((group) => group.flatMap((row) => row.actionField ?? []));
  });
}

function bodiesByActionField(links: Repository<BodyActionField>): DataLoader<string, Body[]> {
  return new DataLoader(async (actionFieldIds) => {
    const rows = await links.find({ where: { actionFieldId: In([...actionFieldIds]) }, relations: { body: true } });
    return groupBy(actionFieldIds, rows, (row) => row.actionFieldId).map((group) => group.flatMap((row) => row.body ?? []));
  });
}

function membershipsByBody(memberships: Repository<Membership>): DataLoader<string, Membership[]> {
  return new DataLoader(async (bodyIds) => {
    const rows = await memberships.findBy({ bodyId: In([...bodyIds]) });
    return groupBy(bodyIds, rows, (row) => row.bodyId);
  });
}

function membershipsByPerson(memberships: Repository<Membership>): DataLoader<string, Membership[]> {
  return new DataLoader(async (personIds) => {
    const rows = await memberships.findBy({ personId: In([...personIds]) });
    return groupBy(personIds, rows, (row) => row.personId);
  });
}

/** What the alliance's secretariat sees of the account a person signs in with. */
export interface PersonAccount {
  email: string;
  active: boolean;
}

// Raw SQL: the Account entity belongs to api-identity, which depends on this library.
function accountsById(dataSource: DataSource): DataLoader<string, PersonAccount | null> {
  return new DataLoader(async (accountIds) => {
    const rows = await dataSource.query<Array<{ id: string; email: string; active: boolean }>>(
      `SELECT id, email, deactivated_at IS NULL AS active FROM account WHERE id = ANY($1::uuid[])`,
      [[...accountIds]],
    );
    const found = new Map(rows.map((row) => [row.id, { email: row.email, active: row.active }]));
    return accountIds.map((id) => found.get(id) ?? null);
  });
}

/**
 * The loaders of one GraphQL request. Each caches only for that request, so one person's request
 * never sees rows loaded for another's (which matters once tenants and permissions arrive), and
 * `today` stays the same date for the whole response even across midnight.
 */
export interface AllianceLoaders {
  today: LocalDate;
  alliance: DataLoader<string, Alliance | null>;
  body: DataLoader<string, Body | null>;
  person: DataLoader<string, Person | null>;
  organisation: DataLoader<string, Organisation | null>;
  bodiesOfAlliance: DataLoader<string, Body[]>;
  actionFieldsOfAlliance: DataLoader<string, ActionField[]>;
  organisationsOfAlliance: DataLoader<string, Organisation[]>;
  regionsOfAlliance: DataLoader<string, Region[]>;
  actionFieldsOfBody: DataLoader<string, ActionField[]>;
  bodiesOfActionField: DataLoader<string, Body[]>;
  membershipsOfBody: DataLoader<string, Membership[]>;
  membershipsOfPerson: DataLoader<string, Membership[]>;
  account: DataLoader<string, PersonAccount | null>;
}

/** Each request's own AllianceLoaders (see RequestLoaders for why per context object). */
@Injectable()
export class AllianceLoaderRegistry extends RequestLoaders<AllianceLoaders> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected create(): AllianceLoaders {
    const repo = <E extends ObjectLiteral>(entity: new () => E): Repository<E> => this.dataSource.getRepository(entity);
    return {
      today: toLocalDate(new Date()),
      alliance: byId(repo(Alliance)),
      body: byId(repo(Body)),
      person: byId(repo(Person)),
      organisation: byId(repo(Organisation)),
      bodiesOfAlliance: byAlliance(repo(Body)),
      actionFieldsOfAlliance: byAlliance(repo(ActionField)),
      organisationsOfAlliance: byAlliance(repo(Organisation)),
      regionsOfAlliance: byAlliance(repo(Region)),
      actionFieldsOfBody: actionFieldsByBody(repo(BodyActionField)),
      bodiesOfActionField: bodiesByActionField(repo(BodyActionField)),
      membershipsOfBody: membershipsByBody(repo(Membership)),
      membershipsOfPerson: membershipsByPerson(repo(Membership)),
      account: accountsById(this.dataSource),
    };
  }
}
