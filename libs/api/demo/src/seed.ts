import { randomUUID } from 'node:crypto';
import { AllianceRole } from '@pakt/api-access';
import { ActionField, Alliance, Body, BodyActionField, Membership, Organisation, Person, Region } from '@pakt/api-alliance';
import { Account, hashPassword } from '@pakt/api-identity';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { demoAlliances, type SeedAlliance } from './data';
import { seedInitiatives } from './seed-initiatives';
import { seedDeclaration } from './seed-declaration';
import { seedWorkspace } from './seed-workspace';
import { hessenDecisions } from './data/hessen-decisions';
import { seedDecisions, type SeedDecisions } from './seed-decisions';

/** The ballots and camps of the alliances that have some, by slug. */
const DECISIONS: Record<string, SeedDecisions> = { hessen: hessenDecisions };

// Any fixed number: names the advisory lock that keeps two starting processes from seeding at once.
const SEED_LOCK = 4_711_2021;

/** The password of every demo account (the README lists them). */
export const DEMO_PASSWORD = 'pakt-demo';

/**
 * Seeds the demo alliances that are missing, decided by their slug, their demo accounts, and the
 * work of an alliance that has none yet (indicators, recommendations, the plan, the register of initiatives), in one
 * transaction: a second call (or a second process) finds them and changes nothing.
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
    for (const alliance of demoAlliances) {
      if (await linkDemoAccounts(manager, alliance)) seeded = true;
    }
    for (const alliance of demoAlliances) {
      const { id } = await manager.findOneByOrFail(Alliance, { slug: alliance.slug });
      if (await seedWorkspace(manager, id, alliance)) seeded = true;
      if (await seedInitiatives(manager, id, alliance)) seeded = true;
      const decisions = DECISIONS[alliance.slug];
      if (decisions && (await seedDecisions(manager, id, alliance, decisions))) seeded = true;
      if (await seedDeclaration(manager, id, alliance)) seeded = true;
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

/**
 * Creates the alliance's demo accounts that are missing and links each to its person (and the
 * alliance roles), unless that person already has an account. Also serves an alliance seeded
 * before accounts existed. Returns whether anything changed.
 */
async function linkDemoAccounts(manager: EntityManager, seed: SeedAlliance): Promise<boolean> {
  const alliance = await manager.findOneByOrFail(Alliance, { slug: seed.slug });
  const emails = seed.accounts.map((account) => account.email);
  const existing = new Set((await manager.findBy(Account, { email: In(emails) })).map((account) => account.email));
  const missing = emails.filter((email) => !existing.has(email));
  // Hashing is deliberately slow, so it runs only for accounts that do not exist yet.
  const passwordHash = missing.length > 0 ? await hashPassword(DEMO_PASSWORD) : null;
  for (const email of missing) await manager.insert(Account, { email, passwordHash });

  const accountIds = new Map((await manager.findBy(Account, { email: In(emails) })).map((account) => [account.email, account.id]));
  let changed = missing.length > 0;
  for (const account of seed.accounts) {
    const person = await manager.findOneBy(Person, { allianceId: alliance.id, displayName: account.person });
    // Only in an alliance seeded from older demo data (the data's own test checks that every person exists).
    if (!person) continue;
    const linked = await manager.update(
      Person,
      { id: person.id, accountId: IsNull() },
      { accountId: required(accountIds, account.email) },
    );
    if (!linked.affected) continue;
    changed = true;
    for (const role of account.allianceRoles ?? []) {
      await manager.insert(AllianceRole, { allianceId: alliance.id, personId: person.id, role });
    }
  }
  return changed;
}

function required(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  // The data module's types rule this out; a miss is a programming error worth a loud failure.
  if (id === undefined) throw new Error(`Demo data refers to unknown key "${key}"`);
  return id;
}
