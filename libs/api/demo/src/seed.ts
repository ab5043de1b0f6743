import { randomUUID } from 'node:crypto';
import { ActionField, Alliance, Body, BodyActionField, Membership, Organisation, Person, Region } from '@pakt/api-alliance';
import type { DataSource, EntityManager } from 'typeorm';
import { demoAlliances, type SeedAlliance } from './data';

// Any fixed number: names the advisory lock that keeps two starting processes from seeding at once.
const SEED_LOCK = 4_711_2021;

/**
 * Seeds the demo alliances that are missing, decided by their slug, in one transaction: a second
 * call (or a second process) finds them and changes nothing.
 */
export async function seedDemoData(dataSource: DataSource): Promise<{ seeded: boolean }> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    let seeded = false;
    for (const alliance of demoAlliances) {
      if (await manager.existsBy(Alliance, { slug: alliance.slug })) continue;
      await insertAlliance(manager, alliance);
      seeded = true;
    }
    return { seeded };
  });
}

async function insertAlliance(manager: EntityManager, seed: SeedAlliance): Promise<void> {
  const allianceId = randomUUID();
  await manager.insert(Alliance, {
    id: allianceId,
    slug: seed.slug,
    name: seed.name,
    shortName: seed.shortName ?? null,
    description: seed.description ?? null,
    state: seed.state,
    constitutedOn: seed.constitutedOn ?? null,
  });

  // Ids are made here, not by the database, so rows can refer to each other before insertion.
  const organisationIds = new Map(Object.keys(seed.organisations).map((key) => [key, randomUUID()]));
  await manager.insert(
    Organisation,
    Object.entries(seed.organisations).map(([key, organisation]) => ({
      id: required(organisationIds, key),
      allianceId,
      name: organisation.name,
      shortName: organisation.shortName ?? null,
      kind: organisation.kind,
    })),
  );

  const actionFieldIds = new Map(Object.keys(seed.actionFields).map((key) => [key, randomUUID()]));
  await manager.insert(
    ActionField,
    Object.entries(seed.actionFields).map(([key, field], index) => ({
      id: required(actionFieldIds, key),
      allianceId,
      title: field.title,
      description: field.description ?? null,
      position: index + 1,
    })),
  );

  const people = [...new Set(seed.bodies.flatMap((body) => body.memberships.map((m) => m.person)))];
  const personIds = new Map(people.map((name) => [name, randomUUID()]));
  await manager.insert(
    Person,
    people.map((displayName) => ({ id: required(personIds, displayName), allianceId, displayName })),
  );

  const bodies = seed.bodies.map((body) => ({ seed: body, id: randomUUID() }));
  await manager.insert(
    Body,
    bodies.map(({ seed: body, id }) => ({ id, allianceId, name: body.name, kind: body.kind, description: body.description ?? null })),
  );
  await manager.insert(
    BodyActionField,
    bodies.flatMap(({ seed: body, id: bodyId }) =>
      body.actionFields.map((key) => ({ bodyId, actionFieldId: required(actionFieldIds, key), allianceId })),
    ),
  );
  await manager.insert(
    Membership,
    bodies.flatMap(({ seed: body, id: bodyId }) =>
      body.memberships.map((membership) => ({
        allianceId,
        bodyId,
        personId: required(personIds, membership.person),
        organisationId: required(organisationIds, membership.organisation),
        role: membership.role,
        since: membership.since ?? body.since,
        until: membership.until ?? null,
      })),
    ),
  );

  await manager.insert(
    Region,
    seed.regions.map((region) => ({ allianceId, name: region.name, kind: region.kind, code: region.code })),
  );
}

function required(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  // The data module's types rule this out; a miss is a programming error worth a loud failure.
  if (id === undefined) throw new Error(`Demo data refers to unknown key "${key}"`);
  return id;
}
