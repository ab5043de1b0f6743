import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError, type Caller, ForbiddenError, NotFoundError } from '@pakt/api-access';
import { Person } from '@pakt/api-alliance';
import { checkDelegation, checkVote, eligibilitySnapshot } from '@pakt/domain';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { BallotEvents } from './ballot-events';
import { tallyCamp, votingSeats } from './ballot-record';
import { BallotService, refused } from './ballot.service';
import { Ballot, BallotDelegation, BallotParticipation, BallotVote, BallotVoter } from './entities';
import type { CastVoteInput, DelegateVoteInput } from './inputs';

const ALREADY_VOTED = 'This vote has already been cast and this ballot does not allow changing it.';

/** The delegations in force for a ballot: its own and those for its meeting. */
export function delegationsInForce(manager: EntityManager, ballot: Ballot): Promise<BallotDelegation[]> {
  const query = manager.createQueryBuilder(BallotDelegation, 'delegation').where('delegation.ballot_id = :ballotId', { ballotId: ballot.id });
  if (ballot.meetingKey !== null) {
    query.orWhere('delegation.body_id = :bodyId AND delegation.meeting_key = :meetingKey', { bodyId: ballot.bodyId, meetingKey: ballot.meetingKey });
  }
  return query.orderBy('delegation.created_at', 'ASC').getMany();
}

/**
 * Casting votes and handing them on. A vote is one transaction that holds a share lock on its
 * ballot (closing waits for it; it never lands in a closed ballot) and inserts the voter's
 * participation row, whose primary key lets exactly one of two simultaneous submissions through.
 */
@Injectable()
export class VotingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ballots: BallotService,
    private readonly events: BallotEvents,
  ) {}

  /** Casts (or, where the ballot allows it, changes) the caller's vote, a represented organisation's, or a delegator's. */
  async castVote(caller: Caller, input: CastVoteInput): Promise<Ballot> {
    const ballot = await this.dataSource
      .transaction(async (manager) => {
        const ballot = await this.ballots.locked(manager, input.ballotId, 'pessimistic_read');
        this.ballots.assertMay(caller, 'ballot.vote', ballot);
        const person = await this.ballots.personOf(manager, caller, ballot.allianceId);
        if (!person) throw new ForbiddenError('You are not eligible to vote in this ballot.');
        const voter = ballot.status === 'OPEN' ? await this.voterFor(manager, ballot, person.id, input.voterId ?? null) : null;
        const own = voter !== null && voter.casterIds.includes(person.id);
        const delegations = voter === null ? [] : await delegationsInForce(manager, ballot);
        const delegatedToCaller = voter !== null && !own && delegations.some((d) => d.delegatorId === voter.voterId && d.delegateId === person.id);
        const delegatedAway = own && ballot.votingUnit === 'PERSON' && delegations.some((d) => d.delegatorId === voter.voterId);
        // Without vote changes a second vote is refused by the insert below (ON CONFLICT), so nothing needs to be read first.
        const participation =
          voter && ballot.voteChangesAllowed ? await manager.findOneBy(BallotParticipation, { ballotId: ballot.id, voterId: voter.voterId }) : null;
        const dissent = input.dissent?.trim() || null;
        const check = checkVote(
          {
            status: ballot.status,
            rules: ballot,
            secret: ballot.secret,
            voteChangesAllowed: ballot.voteChangesAllowed,
            eligible: own || delegatedToCaller,
            alreadyVoted: participation !== null,
            delegatedAway,
          },
          { choice: input.choice, dissent },
        );
        if (!check.ok) throw refused(check.refusal);
        if (!voter) throw new ForbiddenError('You are not eligible to vote in this ballot.');
        const changed = participation !== null;
        if (changed) {
          await manager.update(BallotVote, { ballotId: ballot.id, voterId: voter.voterId }, { choice: input.choice, dissent, castAt: new Date() });
        } else {
          const inserted = await manager.query<Array<{ voter_id: string }>>(
            `INSERT INTO ballot_participation (ballot_id, voter_id, cast_by_person_id) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING voter_id`,
            [ballot.id, voter.voterId, person.id],
          );
          // The other of two simultaneous submissions won: still exactly one vote.
          if (inserted.length === 0) throw new BadUserInputError(ALREADY_VOTED, { ballotId: ALREADY_VOTED }, { reason: 'ALREADY_VOTED' });
          if (ballot.secret) {
            await manager.query(
              `UPDATE ballot_secret_tally SET votes = votes + 1, weight = weight + $4 WHERE ballot_id = $1 AND camp = $2 AND choice = $3`,
              [ballot.id, tallyCamp(voter.camp), input.choice, voter.weight],
            );
          } else {
            await manager.insert(BallotVote, { ballotId: ballot.id, voterId: voter.voterId, choice: input.choice, dissent });
          }
        }
        // What was chosen is in the ballot's own record (never for a secret ballot), not here.
        await this.ballots.record(manager, caller, changed ? 'ballot.voteChanged' : 'ballot.voteCast', ballot, { voterId: voter.voterId, delegated: delegatedToCaller });
        return ballot;
      })
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw new BadUserInputError(ALREADY_VOTED, { ballotId: ALREADY_VOTED }, { reason: 'ALREADY_VOTED' });
        }
        throw error;
      });
    this.events.voteCast(ballot);
    return ballot;
  }

  /** Hands the caller's vote to another eligible member, for this ballot or every ballot of its meeting. */
  delegateVote(caller: Caller, input: DelegateVoteInput): Promise<BallotDelegation> {
    return this.dataSource
      .transaction(async (manager) => {
        const ballot = await this.ballots.locked(manager, input.ballotId, 'pessimistic_read');
        this.ballots.assertMay(caller, 'ballot.vote', ballot);
        // One delegation of a body at a time, so two cannot together form a chain or exceed the maximum.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('ballot_delegation:' || $1, 0))`, [ballot.bodyId]);
        const person = await this.ballots.personOf(manager, caller, ballot.allianceId);
        if (!person) throw new ForbiddenError('You are not eligible to vote in this ballot.');
        const delegate = await manager.findOneBy(Person, { id: input.delegateId, allianceId: ballot.allianceId });
        if (!delegate) throw new NotFoundError('There is no such person in this alliance.');
        const scope = input.scope ?? 'BALLOT';
        if (scope === 'MEETING' && ballot.meetingKey === null) {
          throw new BadUserInputError('This ballot belongs to no meeting.', { scope: 'This ballot belongs to no meeting: delegate for the ballot.' });
        }
        const eligibleIds =
          ballot.status === 'OPEN'
            ? (await manager.find(BallotVoter, { where: { ballotId: ballot.id }, select: { voterId: true } })).map((voter) => voter.voterId)
            : ballot.votingUnit === 'PERSON'
              ? eligibilitySnapshot('PERSON', await votingSeats(manager, ballot.bodyId)).map((voter) => voter.voterId)
              : [];
        const check = checkDelegation({
          status: ballot.status,
          maxDelegations: ballot.maxDelegations,
          delegatorId: person.id,
          delegateId: delegate.id,
          eligibleIds,
          delegations: await delegationsInForce(manager, ballot),
          delegatorVoted: (await manager.countBy(BallotParticipation, { ballotId: ballot.id, voterId: person.id })) > 0,
        });
        if (!check.ok) throw refused(check.refusal);
        const delegation = await manager.save(
          manager.create(BallotDelegation, {
            allianceId: ballot.allianceId,
            bodyId: ballot.bodyId,
            ballotId: scope === 'BALLOT' ? ballot.id : null,
            meetingKey: scope === 'MEETING' ? ballot.meetingKey : null,
            delegatorId: person.id,
            delegateId: delegate.id,
          }),
        );
        await this.ballots.record(manager, caller, 'ballot.voteDelegated', ballot, { delegationId: delegation.id, delegatorId: person.id, delegateId: delegate.id, scope });
        return delegation;
      })
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          const message = 'You have delegated your vote already: revoke that delegation first.';
          throw new BadUserInputError(message, { ballotId: message }, { reason: 'DELEGATED' });
        }
        throw error;
      });
  }

  /** The delegator takes their vote back, unless the delegate has cast it already. */
  revokeDelegation(caller: Caller, id: string): Promise<BallotDelegation> {
    return this.dataSource.transaction(async (manager) => {
      const delegation = await manager.findOneBy(BallotDelegation, { id });
      if (!delegation) throw new NotFoundError();
      this.ballots.assertMay(caller, 'ballot.vote', delegation);
      const person = await this.ballots.personOf(manager, caller, delegation.allianceId);
      if (person?.id !== delegation.delegatorId) throw new ForbiddenError('Only who delegated a vote takes it back.');
      if (delegation.ballotId && (await manager.countBy(BallotParticipation, { ballotId: delegation.ballotId, voterId: delegation.delegatorId })) > 0) {
        const message = 'The delegate has cast this vote already.';
        throw new BadUserInputError(message, { id: message }, { reason: 'ALREADY_VOTED' });
      }
      await manager.delete(BallotDelegation, { id });
      await this.ballots.record(manager, caller, 'ballot.delegationRevoked', { allianceId: delegation.allianceId, id: delegation.ballotId }, {
        delegationId: id,
        delegateId: delegation.delegateId,
        meetingKey: delegation.meetingKey,
      });
      return delegation;
    });
  }

  /** The voter the caller casts for: the one named (their own, their organisation, or a delegator), or their only own vote. */
  private async voterFor(manager: EntityManager, ballot: Ballot, personId: string, voterId: string | null): Promise<BallotVoter | null> {
    if (voterId !== null) return manager.findOneBy(BallotVoter, { ballotId: ballot.id, voterId });
    const own = await manager
      .createQueryBuilder(BallotVoter, 'voter')
      .where('voter.ballot_id = :ballotId AND :personId = ANY(voter.caster_ids)', { ballotId: ballot.id, personId })
      .getMany();
    if (own.length > 1) {
      throw new BadUserInputError('You cast more than one vote in this ballot.', { voterId: 'Please name the organisation you vote for.' });
    }
    return own[0] ?? null;
  }
}
