import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, ForbiddenError, NotFoundError } from '@pakt/api-access';
import { actingPerson, Person } from '@pakt/api-alliance';
import { type DeclarationFacts, mayDraftDeclaration, mayReadDeclaration, type Permission } from '@pakt/domain';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { Declaration, DeclarationDrafter } from './entities';

/** The scope of the declaration.* permissions: the declaration's body. */
export function scopeOf(declaration: Pick<Declaration, 'allianceId' | 'bodyId'>) {
  return { allianceId: declaration.allianceId, bodyId: declaration.bodyId };
}

export function factsOf(declaration: Pick<Declaration, 'allianceId' | 'bodyId' | 'phase'>): DeclarationFacts {
  return { allianceId: declaration.allianceId, bodyId: declaration.bodyId, phase: declaration.phase };
}

/**
 * Loads declarations the way every operation needs them: NOT_FOUND for what does not exist, for
 * another alliance's and for one the caller may not read (all three look alike); FORBIDDEN for a
 * reader who lacks the permission of the step.
 */
@Injectable()
export class DeclarationAccess {
  constructor(private readonly policy: AccessPolicy) {}

  /** The declaration, or null when there is none or the actor may not read it. */
  async readable(manager: EntityManager, id: string, actor: Actor | null): Promise<Declaration | null> {
    if (!isUUID(id)) return null;
    const declaration = await manager.findOneBy(Declaration, { id });
    if (!declaration || !this.policy.reveals(actor, 'alliance.read', { allianceId: declaration.allianceId })) return null;
    return actor !== null && mayReadDeclaration(actor.grants, factsOf(declaration)) ? declaration : null;
  }

  /**
   * The declaration for a change by the actor, locked for the transaction so that changes of its
   * text, phase and amendments happen one after another; the permission is checked in its body
   * (null: reading it is enough, e.g. for a representative's answer).
   */
  async forChange(
    manager: EntityManager,
    id: string,
    actor: Actor | null,
    permission: Permission | null,
  ): Promise<{ declaration: Declaration; actor: Actor }> {
    const declaration = await manager.findOne(Declaration, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!declaration) throw new NotFoundError();
    // The permission first: a member of the alliance without it in the body is FORBIDDEN, whoever may read.
    this.policy.assertMay(actor, permission ?? 'alliance.read', permission === null ? { allianceId: declaration.allianceId } : scopeOf(declaration));
    if (!mayReadDeclaration(actor.grants, factsOf(declaration))) throw new NotFoundError();
    return { declaration, actor };
  }

  /** The acting person, when they belong to the drafting team; FORBIDDEN otherwise. */
  async drafter(manager: EntityManager, declaration: Declaration, actor: Actor): Promise<Person> {
    const person = await actingPerson(manager, actor, declaration.allianceId);
    const named = await manager.existsBy(DeclarationDrafter, { declarationId: declaration.id, personId: person.id });
    if (!mayDraftDeclaration(actor.grants, scopeOf(declaration), named)) {
      throw new ForbiddenError('Only the drafting team (the secretariat and the members named to it) may do this.');
    }
    return person;
  }

  /** Whether the viewer belongs to the drafting team, for viewerMay* fields. */
  async isDrafter(manager: EntityManager, declaration: Declaration, actor: Actor | null): Promise<boolean> {
    if (actor === null) return false;
    const person = await manager.findOneBy(Person, { accountId: actor.accountId, allianceId: declaration.allianceId });
    if (!person) return false;
    const named = await manager.existsBy(DeclarationDrafter, { declarationId: declaration.id, personId: person.id });
    return mayDraftDeclaration(actor.grants, scopeOf(declaration), named);
  }
}
