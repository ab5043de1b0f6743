import { Injectable } from '@nestjs/common';
import type { Actor } from '@pakt/api-access';
import { Person, representedOrganisationIds } from '@pakt/api-alliance';
import type { InitiativeStanding } from '@pakt/domain';
import type { EntityManager } from 'typeorm';
import { type Initiative, InitiativePartner } from './entities';

/** Who the actor is to an initiative: their person in its alliance and which of its organisations they represent. */
export interface InitiativeActorFacts {
  person: Person | null;
  standing: InitiativeStanding;
}

const NO_STANDING: InitiativeStanding = { representsLead: false, representsPartner: false };

/**
 * Representation is not a role but a membership on an organisation's behalf, so the permissions
 * in @pakt/domain take it as a fact next to the grants; this is where it is looked up.
 */
@Injectable()
export class InitiativeAccess {
  async facts(manager: EntityManager, actor: Actor | null, initiative: Pick<Initiative, 'id' | 'allianceId' | 'leadOrganisationId'>): Promise<InitiativeActorFacts> {
    if (actor === null) return { person: null, standing: NO_STANDING };
    const person = await manager.findOneBy(Person, { accountId: actor.accountId, allianceId: initiative.allianceId });
    if (!person) return { person: null, standing: NO_STANDING };
    const represented = await representedOrganisationIds(manager, person.id, initiative.allianceId);
    if (represented.length === 0) return { person, standing: NO_STANDING };
    const partners = await manager.findBy(InitiativePartner, { initiativeId: initiative.id });
    return {
      person,
      standing: {
        representsLead: represented.includes(initiative.leadOrganisationId),
        representsPartner: partners.some((partner) => represented.includes(partner.organisationId)),
      },
    };
  }
}
