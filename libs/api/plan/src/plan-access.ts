import { Injectable } from '@nestjs/common';
import type { Actor } from '@pakt/api-access';
import type { Body } from '@pakt/api-alliance';
import { type AccessScope, belongsTo, holds, type PlanSigner, SIGN_OFF_ROLES, type SignOffRole } from '@pakt/domain';

/**
 * Who may do what with a plan. The plan.* permissions are scoped to the alliance's steering board:
 * a chair of a focus group is not the chair who assembles or signs the plan. Without a steering
 * board only the alliance's own roles (the secretariat) count.
 */
@Injectable()
export class PlanAccess {
  scope(allianceId: string, board: Body | null): Required<AccessScope> {
    return { allianceId, bodyId: board?.id ?? 'no-steering-board' };
  }

  /** Approved versions for everyone of the alliance; unapproved ones with plan.read-drafts. */
  mayRead(actor: Actor | null, version: { allianceId: string; state: string }, board: Body | null): boolean {
    if (actor === null || !belongsTo(actor.grants, version.allianceId)) return false;
    if (version.state === 'APPROVED') return holds(actor.grants, 'alliance.read', { allianceId: version.allianceId });
    return holds(actor.grants, 'plan.read-drafts', this.scope(version.allianceId, board));
  }

  mayReadDrafts(actor: Actor | null, allianceId: string, board: Body | null): boolean {
    return actor !== null && holds(actor.grants, 'plan.read-drafts', this.scope(allianceId, board));
  }

  mayAssemble(actor: Actor | null, allianceId: string, board: Body | null): boolean {
    return actor !== null && holds(actor.grants, 'plan.assemble', this.scope(allianceId, board));
  }

  /** The viewer as a signer: their person in the alliance and the steering-board roles they hold today. */
  signerOf(actor: Actor | null, personId: string | null, allianceId: string, board: Body | null): PlanSigner | null {
    if (actor === null || personId === null || board === null) return null;
    const roles = actor.grants
      .filter((grant) => grant.allianceId === allianceId && grant.bodyId === board.id)
      .map((grant) => grant.role)
      .filter((role): role is SignOffRole => (SIGN_OFF_ROLES as readonly string[]).includes(role));
    return { personId, roles };
  }
}
