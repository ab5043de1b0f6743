import { Injectable } from '@nestjs/common';
import { type AccessScope, alliancesWith, belongsTo, holds, type Permission } from '@pakt/domain';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './access.errors';
import type { Actor } from './actor.service';

/**
 * Checks an actor against the domain's POLICY on an object already loaded, whose alliance is
 * therefore known. Services call it; resolvers only name the permission (RequirePermission).
 */
@Injectable()
export class AccessPolicy {
  /**
   * Throws unless the actor holds the permission there: UNAUTHENTICATED without an actor,
   * NOT_FOUND when they hold no role in that alliance at all (its ids must reveal nothing),
   * FORBIDDEN when they are a member without the permission.
   */
  assertMay(actor: Actor | null, permission: Permission, scope: AccessScope): asserts actor is Actor {
    if (actor === null) throw new UnauthenticatedError();
    if (!belongsTo(actor.grants, scope.allianceId)) throw new NotFoundError();
    if (!holds(actor.grants, permission, scope)) throw new ForbiddenError();
  }

  /**
   * For lookups that answer null when nothing is found: false where assertMay would say
   * NOT_FOUND, so another alliance's object looks exactly like a missing one.
   */
  reveals(actor: Actor | null, permission: Permission, scope: AccessScope): boolean {
    if (actor !== null && !belongsTo(actor.grants, scope.allianceId)) return false;
    this.assertMay(actor, permission, scope);
    return true;
  }

  /** The ids of the alliances in which the actor holds the permission. */
  alliancesWith(actor: Actor | null, permission: Permission): string[] {
    return actor === null ? [] : alliancesWith(actor.grants, permission);
  }
}
