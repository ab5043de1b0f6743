import { type Actor, ForbiddenError } from '@pakt/api-access';
import type { EntityManager } from 'typeorm';
import { Person } from './entities';

/**
 * The person the actor is in this alliance: the author of what they write. Every grant comes from
 * such a person, so someone who passed the policy has one; a miss means they left meanwhile.
 */
export async function actingPerson(manager: EntityManager, actor: Actor, allianceId: string): Promise<Person> {
  const person = await manager.findOneBy(Person, { accountId: actor.accountId, allianceId });
  if (!person) throw new ForbiddenError();
  return person;
}
