import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, BadUserInputError, type Caller, ConflictError, findOr404, NotFoundError, updateVersioned } from '@pakt/api-access';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import {
  endDateProblem,
  findMembershipClash,
  type MembershipClash,
  type MembershipFacts,
  termFrom,
  toLocalDate,
} from '@pakt/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Body, Membership, Organisation, Person } from '../entities';


import type { AddMembershipInput, ChangeMembershipInput, EndMembershipInput } from './inputs';

/**
 * Who sits in which body in which role. The rules (one chair and one deputy at a time, no role
 * twice, when a membership may end) are @pakt/domain's; here they are applied inside a
 * transaction that holds the body's row, so two secretaries cannot appoint two chairs at once.
 */
@Injectable()
export class MembershipAdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  addMembership(input: AddMembershipInput, caller: Caller): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const body = await this.lockBody(manager, input.bodyId);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: body.allianceId });
      const person = await manager.findOneBy(Person, { id: input.personId, allianceId: body.allianceId });
      if (!person) throw new NotFoundError();
      await this.assertOrganisation(manager, input.organisationId, body.allianceId);
      assertRepresentation(input.representation ?? null, input.organisationId ?? null);
      const candidate: MembershipFacts = {
        id: '',
        personId: person.id,
        role: input.role,
        since: input.since ?? toLocalDate(new Date()),
        until: null,
      };
      await this.assertNoClash(manager, body, candidate);
      const added = await manager.save(
        manager.create(Membership, {
          allianceId: body.allianceId,
          bodyId: body.id,
          personId: person.id,
          organisationId: input.organisationId ?? null,
          role: candidate.role,
          since: candidate.since,
          until: null,
          representation: input.representation ?? null,
        }),
      );
      await this.record(manager, caller, 'membership.added', added, { role: added.role, since: added.since, organisationId: added.organisationId });
      return added;
    });
  }

  changeMembership(input: ChangeMembershipInput, caller: Caller): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await findOr404(manager, Membership, input.id);
      const body = await this.lockBody(manager, membership.bodyId);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: body.allianceId });
      const today = toLocalDate(new Date());
      if (membership.until !== null && membership.until < today) {
        throw new BadUserInputError('This membership has ended.', { id: 'This membership has ended and can no longer change.' });
      }
      if (input.organisationId !== undefined) await this.assertOrganisation(manager, input.organisationId, body.allianceId);
      const role = input.role ?? membership.role;
      if (role !== membership.role) {
        // Whoever held the role before today has left: only the days from today on can clash.
        await this.assertNoClash(manager, body, { ...membership, ...termFrom(membership, today), role });
      }
      const organisationId = input.organisationId === undefined ? membership.organisationId : input.organisationId;
      // Without an organisation there is nobody to vote for: the designation goes with it.
      const representation = organisationId === null ? null : input.representation === undefined ? membership.representation : input.representation;
      if (input.representation) assertRepresentation(input.representation, organisationId);
      const changed = await updateVersioned(manager, Membership, membership, input.version, { role, organisationId: input.organisationId, representation });
      await this.record(manager, caller, 'membership.changed', changed, {
        role: { from: membership.role, to: changed.role },
        organisationId: { from: membership.organisationId, to: changed.organisationId },
      });
      return changed;
    });
  }

  endMembership(input: EndMembershipInput, caller: Caller): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await findOr404(manager, Membership, input.id);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: membership.allianceId });
      const today = toLocalDate(new Date());
      const until = input.until ?? today;
      const problem = endDateProblem(membership, until, today);
      if (problem === 'already-ended') {
        throw new BadUserInputError('This membership has already ended.', { id: `This membership ended on ${membership.until}.` });
      }
      if (problem === 'before-start') {
        throw new BadUserInputError('Please check your input.', { until: `The last day cannot be before the first (${membership.since}).` });
      }
      const ended = await updateVersioned(manager, Membership, membership, input.version, { until });
      await this.record(manager, caller, 'membership.ended', ended, { role: ended.role, until });
      return ended;
    });
  }

  /** The audit entry of a membership change, in its transaction; whose and which body's membership are in every entry. */
  private record(manager: EntityManager, caller: Caller, action: string, membership: Membership, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(
      {
        ...auditActorOf(caller.req),
        action,
        allianceId: membership.allianceId,
        objectType: 'Membership',
        objectId: membership.id,
        details: { personId: membership.personId, bodyId: membership.bodyId, ...details },
      },
      manager,
    );
  }

  /** The body, locked until the transaction ends: changes of one body's memberships run one after another. */
  private async lockBody(manager: EntityManager, bodyId: string): Promise<Body> {
    const body = await manager.findOne(Body, { where: { id: bodyId }, lock: { mode: 'pessimistic_write' } });
    if (!body) throw new NotFoundError();
    return body;
  }

  private async assertOrganisation(manager: EntityManager, organisationId: string | null | undefined, allianceId: string): Promise<void> {
    if (organisationId === null || organisationId === undefined) return;
    if (!(await manager.existsBy(Organisation, { id: organisationId, allianceId }))) throw new NotFoundError();
  }

  private async assertNoClash(manager: EntityManager, body: Body, candidate: MembershipFacts): Promise<void> {
    const clash = findMembershipClash(await manager.findBy(Membership, { bodyId: body.id }), candidate);
    if (clash) throw await this.clashError(manager, clash);
  }

  private async clashError(manager: EntityManager, clash: MembershipClash<Membership>): Promise<Error> {
    if (clash.kind === 'already-member') {
      return new BadUserInputError('This person already holds this role in this body.', {
        role: 'This person already holds this role in this body at that time.',
      });
    }
    const holder = await manager.findOneByOrFail(Person, { id: clash.holder.personId });
    const role = clash.holder.role === 'CHAIR' ? 'chair' : 'deputy chair';
    return new ConflictError(`${holder.displayName} is the ${role} of this body at that time. End that membership first.`, {
      membershipId: clash.holder.id,
    });
  }
}

/** A designated voter (or deputy) votes for an organisation: the membership must represent one. */
function assertRepresentation(representation: string | null, organisationId: string | null): void {
  if (representation !== null && organisationId === null) {
    const message = 'Only a membership on behalf of an organisation casts its vote.';
    throw new BadUserInputError(message, { representation: message });
  }
}
