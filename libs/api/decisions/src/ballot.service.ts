import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, BadUserInputError, type Caller, ForbiddenError, findOr404, NotFoundError, staleVersion, updateVersioned } from '@pakt/api-access';
import { Body, optionalText, Person } from '@pakt/api-alliance';
import { auditActorOf, type AuditRecord, AuditService } from '@pakt/api-audit';
import {
  type BallotAction,
  type BallotRefusal,
  type BallotSettings,
  ballotSettingsProblems,
  ballotTransition,
  eligibilitySnapshot,
  type Permission,
  unknownWeightedVoters,
  type VotingUnit,
} from '@pakt/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { BallotEvents, type BallotStepEvent } from './ballot-events';
import { BallotOutcomes } from './ballot-outcomes';
import { allChoices, BallotRecords, tallyCamp, toResult, votingSeats } from './ballot-record';
import { Ballot, BallotSecretTally, BallotVoter } from './entities';
import type { CreateBallotInput, UpdateBallotInput } from './inputs';

/**
 * A refusal of the engine's rules as the client sees it: NOT_ELIGIBLE is a role the caller lacks
 * (FORBIDDEN); everything else is BAD_USER_INPUT with a message per field and extensions.reason.
 */
export function refused(refusal: BallotRefusal): Error {
  const message = Object.values(refusal.fields)[0] ?? 'Please check your input.';
  if (refusal.reason === 'NOT_ELIGIBLE' && refusal.fields.ballotId !== undefined) return new ForbiddenError(message);
  return new BadUserInputError(message, refusal.fields, { reason: refusal.reason });
}

/** The body whose roles a ballot's permissions are checked in. */
export function ballotScope(ballot: { allianceId: string; bodyId: string }): { allianceId: string; bodyId: string } {
  return { allianceId: ballot.allianceId, bodyId: ballot.bodyId };
}

type StoredSettings = Omit<BallotSettings, 'options' | 'weights'> & { options: string[]; weights: Array<{ voterId: string; weight: number }> };

/**
 * Preparing, opening, closing and cancelling ballots, by the body's chair, deputy or secretariat
 * (or the alliance's secretariat). Each step is one transaction with its audit entry; events for
 * subscribers go out after it committed.
 */
@Injectable()
export class BallotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly records: BallotRecords,
    private readonly outcomes: BallotOutcomes,
    private readonly events: BallotEvents,
  ) {}

  /** A new DRAFT ballot of a body, on a motion or on another feature's object. */
  createBallot(caller: Caller, input: CreateBallotInput): Promise<Ballot> {
    return this.step(caller, 'ballot.created', null, async (manager) => {
      const body = await findOr404(manager, Body, input.bodyId);
      this.policy.assertMay(caller.actor, 'ballot.manage', { allianceId: body.allianceId, bodyId: body.id });
      if (input.subjectType !== 'MOTION' && !input.subjectId) {
        throw new BadUserInputError('Please name the object this ballot decides.', { subjectId: 'Required unless the ballot is on a motion.' });
      }
      const settings = this.settings(input, null);
      const person = await this.personOf(manager, caller, body.allianceId);
      return manager.save(
        manager.create(Ballot, {
          allianceId: body.allianceId,
          bodyId: body.id,
          subjectType: input.subjectType,
          subjectId: input.subjectId ?? null,
          title: input.title.trim(),
          motionText: input.motionText?.trim() ?? '',
          ...settings,
          meetingKey: optionalText(input.meetingKey) ?? null,
          status: 'DRAFT',
          openedAt: null,
          closedAt: null,
          cancelledAt: null,
          outcome: null,
          resultChecksum: null,
          createdByPersonId: person?.id ?? null,
        }),
      );
    });
  }

  /** Changes the title, text or settings of a DRAFT. */
  updateBallot(caller: Caller, input: UpdateBallotInput): Promise<Ballot> {
    return this.step(caller, 'ballot.updated', null, async (manager) => {
      const ballot = await this.loadForManaging(manager, caller, input.id, 'UPDATE');
      if (ballot.version !== input.version) throw staleVersion(ballot.version);
      const meetingKey = optionalText(input.meetingKey);
      return updateVersioned(manager, Ballot, ballot, input.version, {
        title: input.title?.trim(),
        motionText: input.motionText === undefined ? undefined : (input.motionText?.trim() ?? ''),
        ...this.settings(input, ballot),
        meetingKey,
      });
    });
  }

  /** DRAFT → OPEN: the eligible voters and their weights are fixed now, and stay with the result. */
  async openBallot(caller: Caller, id: string): Promise<Ballot> {
    const opened = await this.step(caller, 'ballot.opened', 'OPENED', async (manager, details) => {
      const ballot = await this.loadForManaging(manager, caller, id, 'OPEN');
      const voters = eligibilitySnapshot(ballot.votingUnit, await votingSeats(manager, ballot.bodyId));
      if (voters.length === 0) {
        throw new BadUserInputError('Nobody in this body is eligible to vote in it.', { votingUnit: this.nobodyMessage(ballot.votingUnit) });
      }
      const unknown = unknownWeightedVoters(
        ballot.weights,
        voters.map((voter) => voter.voterId),
      );
      if (unknown.length > 0) throw new BadUserInputError('Some weights name no eligible voter.', { weights: `Not eligible: ${unknown.join(', ')}.` });
      const weights = new Map(ballot.weights.map((entry) => [entry.voterId, entry.weight]));
      await manager.insert(
        BallotVoter,
        voters.map((voter) => ({ ballotId: ballot.id, ...voter, weight: weights.get(voter.voterId) ?? 1 })),
      );
      if (ballot.secret) await manager.insert(BallotSecretTally, this.emptyTally(ballot, voters));
      details.eligibleVoters = voters.length;
      return this.moveTo(manager, ballot, { status: 'OPEN', openedAt: new Date() });
    });
    // The snapshot was a bulk load (2,000 voters in one go): with fresh statistics the planner finds
    // each caller's votes through IDX_ballot_voter_caster_ids instead of walking the ballot's voters.
    await this.dataSource.query('ANALYZE ballot_voter');
    return opened;
  }

  /**
   * OPEN → CLOSED: counts the votes, freezes the result with its checksum and tells the subject's
   * feature (BallotOutcomes), all in one transaction. Votes in flight finish first (they hold a
   * share lock on the ballot); later ones find it closed.
   */
  closeBallot(caller: Caller, id: string): Promise<Ballot> {
    return this.step(caller, 'ballot.closed', 'CLOSED', async (manager, details) => {
      const ballot = await this.loadForManaging(manager, caller, id, 'CLOSE');
      if (ballot.secret) await this.scramble(manager, ballot);
      const { outcome, checksum } = await this.records.count(manager, ballot);
      const closed = await this.moveTo(manager, ballot, { status: 'CLOSED', closedAt: new Date(), outcome: outcome as never, resultChecksum: checksum });
      Object.assign(details, { accepted: outcome.accepted, decidedBy: outcome.decidedBy, reason: outcome.reason, checksum });
      await this.outcomes.decided({ ballot: closed, result: toResult(outcome, checksum, 'VERIFIED'), manager });
      return closed;
    });
  }

  /** DRAFT or OPEN → CANCELLED: no result; votes cast so far are kept but never counted. The subject's feature hears of it (BallotOutcomes). */
  cancelBallot(caller: Caller, id: string): Promise<Ballot> {
    return this.step(caller, 'ballot.cancelled', 'CANCELLED', async (manager) => {
      const ballot = await this.loadForManaging(manager, caller, id, 'CANCEL');
      const cancelled = await this.moveTo(manager, ballot, { status: 'CANCELLED', cancelledAt: new Date() });
      await this.outcomes.cancelled({ ballot: cancelled, manager });
      return cancelled;
    });
  }

  /** The caller's person in the alliance, if they are one. */
  personOf(manager: EntityManager, caller: Caller, allianceId: string): Promise<Person | null> {
    if (caller.actor === null) return Promise.resolve(null);
    return manager.findOneBy(Person, { allianceId, accountId: caller.actor.accountId });
  }

  /** The ballot locked for this transaction, after checking the caller may manage it and the step fits its state. */
  private async loadForManaging(manager: EntityManager, caller: Caller, id: string, action: BallotAction): Promise<Ballot> {
    const ballot = await this.locked(manager, id, 'pessimistic_write');
    this.assertMay(caller, 'ballot.manage', ballot);
    const step = ballotTransition(ballot.status, action);
    if (!step.ok) throw refused(step.refusal);
    return ballot;
  }

  /** NOT_FOUND when the ballot is missing or of another alliance; FORBIDDEN without the permission in its body. */
  assertMay(caller: Caller, permission: Permission, owner: { allianceId: string; bodyId: string }): void {
    this.policy.assertMay(caller.actor, permission, ballotScope(owner));
  }

  async locked(manager: EntityManager, id: string, mode: 'pessimistic_write' | 'pessimistic_read'): Promise<Ballot> {
    const ballot = await manager.findOne(Ballot, { where: { id }, lock: { mode } });
    if (!ballot) throw new NotFoundError();
    return ballot;
  }

  /** The settings of the input over those of the ballot (or the defaults), refused per field when they cannot be met. */
  private settings(input: Partial<CreateBallotInput>, current: Ballot | null): StoredSettings {
    const settings: BallotSettings = {
      options: input.options?.map((option) => option.trim()) ?? current?.options ?? [],
      votingUnit: input.votingUnit ?? current?.votingUnit ?? 'PERSON',
      majority: input.majority ?? current?.majority ?? 'SIMPLE',
      quorumPercent: input.quorumPercent ?? current?.quorumPercent ?? 0,
      doubleMajority: input.doubleMajority ?? current?.doubleMajority ?? false,
      secret: input.secret ?? current?.secret ?? false,
      voteChangesAllowed: input.voteChangesAllowed ?? current?.voteChangesAllowed ?? false,
      maxDelegations: input.maxDelegations ?? current?.maxDelegations ?? ((input.votingUnit ?? current?.votingUnit) === 'ORGANISATION' ? 0 : 1),
      weights: input.weights?.map(({ voterId, weight }) => ({ voterId, weight })) ?? current?.weights ?? [],
    };
    const problems = ballotSettingsProblems(settings);
    if (Object.keys(problems).length > 0) throw new BadUserInputError('These voting rules cannot be met.', problems);
    return { ...settings, options: [...settings.options], weights: [...settings.weights] };
  }

  private nobodyMessage(unit: VotingUnit): string {
    return unit === 'PERSON'
      ? 'The body has no current chair, deputy or member.'
      : 'No current chair, deputy or member of the body represents an organisation.';
  }

  private emptyTally(ballot: Ballot, voters: ReadonlyArray<{ camp: string | null }>): Array<Partial<BallotSecretTally>> {
    const camps = [...new Set(voters.map((voter) => tallyCamp(voter.camp)))];
    return camps.flatMap((camp) => allChoices(ballot).map((choice) => ({ ballotId: ballot.id, camp, choice, votes: 0, weight: 0 })));
  }

  /**
   * Rewrites who took part and the tallies of a secret ballot in a random order, in the closing
   * transaction: afterwards not even the rows' physical order or transaction ids say which
   * participation came with which change of a tally.
   */
  private async scramble(manager: EntityManager, ballot: Ballot): Promise<void> {
    await manager.query(
      `WITH removed AS (DELETE FROM ballot_participation WHERE ballot_id = $1 RETURNING *)
       INSERT INTO ballot_participation SELECT * FROM removed ORDER BY random()`,
      [ballot.id],
    );
    await manager.query(
      `WITH removed AS (DELETE FROM ballot_secret_tally WHERE ballot_id = $1 RETURNING *)
       INSERT INTO ballot_secret_tally SELECT * FROM removed ORDER BY random()`,
      [ballot.id],
    );
  }

  private moveTo(manager: EntityManager, ballot: Ballot, changes: Partial<Ballot>): Promise<Ballot> {
    return updateVersioned(manager, Ballot, ballot, ballot.version, changes as never);
  }

  /** The audit entry of a ballot event, in its transaction. */
  record(manager: EntityManager, caller: Caller, action: string, ballot: { allianceId: string; id: string | null }, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(this.auditEntry(caller, action, ballot, details), manager);
  }

  auditEntry(caller: Caller, action: string, ballot: { allianceId: string; id: string | null }, details: Record<string, unknown>): AuditRecord {
    return { ...auditActorOf(caller.req), action, allianceId: ballot.allianceId, objectType: 'Ballot', objectId: ballot.id, details };
  }

  /** One transaction with its audit entry; the subscribers' event after it committed. */
  private async step(
    caller: Caller,
    action: string,
    event: BallotStepEvent | null,
    work: (manager: EntityManager, details: Record<string, unknown>) => Promise<Ballot>,
  ): Promise<Ballot> {
    const ballot = await this.dataSource.transaction(async (manager) => {
      const details: Record<string, unknown> = {};
      const ballot = await work(manager, details);
      await this.record(manager, caller, action, ballot, {
        ...details,
        status: ballot.status,
        bodyId: ballot.bodyId,
        subjectType: ballot.subjectType,
        subjectId: ballot.subjectId,
      });
      return ballot;
    });
    if (event) await this.events.publish(ballot, event);
    return ballot;
  }
}
