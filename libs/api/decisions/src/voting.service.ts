import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError, type Caller, ForbiddenError, NotFoundError } from '@pakt/api-access';
import { auditEntryInsert, type AuditRecord } from '@pakt/api-audit';
import { Person } from '@pakt/api-alliance';
import { checkDelegation, checkVote, eligibilitySnapshot } from '@pakt/domain';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { BallotEvents } from './ballot-events';
import { tallyCamp, votingSeats } from './ballot-record';
import { BallotService, refused } from './ballot.service';
import { Ballot, BallotDelegation, BallotParticipation, BallotVoter } from './entities';
import type { CastVoteInput, DelegateVoteInput } from './inputs';

const ALREADY_VOTED = 'This vote has already been cast and this ballot does not allow changing it.';

/** SQL: the delegation (alias `delegation`) is in force for the ballot given by these expressions: its own, or one for its meeting. */
const inForce = (ballotId: string, bodyId: string, meetingKey: string) =>
  `(delegation.ballot_id = ${ballotId} OR (delegation.body_id = ${bodyId} AND delegation.meeting_key = ${meetingKey}))`;

/** The delegations in force for a ballot: its own and those for its meeting. */
export function delegationsInForce(manager: EntityManager, ballot: Ballot): Promise<BallotDelegation[]> {
  return manager
    .createQueryBuilder(BallotDelegation, 'delegation')
    .where(inForce(':ballotId', ':bodyId', ':meetingKey'), { ballotId: ballot.id, bodyId: ballot.bodyId, meetingKey: ballot.meetingKey })
    .orderBy('delegation.created_at', 'ASC')
    .getMany();
}

/** A voter the caller may cast for, with whether their vote is in already. */
interface CandidateVoter {
  voterId: string;
  camp: string | null;
  weight: number;
  casterIds: string[];
  voted: boolean;
}

/** What deciding on a vote needs, read in one statement: the ballot, the caller's person, the voters they may cast for, the delegations. */
interface VotingSituation {
  ballot: Ballot;
  personId: string | null;
  voters: CandidateVoter[];
  delegations: Array<{ delegatorId: string; delegateId: string }>;
}

/**
 * Casting votes and handing them on. A vote is read in one statement and written in one: the write
 * holds a share lock on its ballot while it inserts (closing waits for it; a vote never lands in a
 * closed ballot) and the participation row's primary key lets exactly one of two simultaneous
 * submissions for a voter through. Two statements instead of a transaction of nine: with 2,000
 * members voting at once, the round trips to PostgreSQL were most of a vote's cost.
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
    const { ballot, personId, voters, delegations } = await this.situation(caller, input);
    this.ballots.assertMay(caller, 'ballot.vote', ballot);
    if (personId === null) throw new ForbiddenError('You are not eligible to vote in this ballot.');
    if (ballot.status === 'OPEN' && voters.length > 1) {
      throw new BadUserInputError('You cast more than one vote in this ballot.', { voterId: 'Please name the organisation you vote for.' });
    }
    const voter = ballot.status === 'OPEN' ? (voters[0] ?? null) : null;
    const own = voter !== null && voter.casterIds.includes(personId);
    const delegatedToCaller = voter !== null && !own && delegations.some((d) => d.delegatorId === voter.voterId && d.delegateId === personId);
    const delegatedAway = own && ballot.votingUnit === 'PERSON' && delegations.some((d) => d.delegatorId === voter.voterId);
    const dissent = input.dissent?.trim() || null;
    const facts = {
      status: ballot.status,
      rules: ballot,
      secret: ballot.secret,
      voteChangesAllowed: ballot.voteChangesAllowed,
      eligible: own || delegatedToCaller,
      alreadyVoted: voter?.voted ?? false,
      delegatedAway,
    };
    const vote = { choice: input.choice, dissent };
    const check = checkVote(facts, vote);
    if (!check.ok) throw refused(check.refusal);
    if (!voter) throw new ForbiddenError('You are not eligible to vote in this ballot.');

    // What was chosen is in the ballot's own record (never for a secret ballot), not in the audit entry.
    const changed = voter.voted;
    const entry = this.ballots.auditEntry(caller, changed ? 'ballot.voteChanged' : 'ballot.voteCast', ballot, { voterId: voter.voterId, delegated: delegatedToCaller });
    const [written] = await this.dataSource.query<Array<{ open: boolean; cast: boolean }>>(
      ...(changed ? changeVote(ballot, voter, vote, entry) : insertVote(ballot, voter, personId, vote, entry)),
    );
    if (!written?.open) {
      // Closed or cancelled since it was read: refused as it would be now.
      const now = checkVote({ ...facts, status: (await this.dataSource.manager.findOneByOrFail(Ballot, { id: ballot.id })).status }, vote);
      throw now.ok ? new Error(`Ballot ${ballot.id} is open but refused the vote`) : refused(now.refusal);
    }
    // The other of two simultaneous submissions won: still exactly one vote.
    if (!written.cast) throw new BadUserInputError(ALREADY_VOTED, { ballotId: ALREADY_VOTED }, { reason: 'ALREADY_VOTED' });
    this.events.voteCast(ballot);
    return ballot;
  }

  /** Hands the caller's vote to another eligible member, for this ballot or every ballot of its meeting. */
  async delegateVote(caller: Caller, input: DelegateVoteInput): Promise<BallotDelegation> {
    const delegation = await this.dataSource
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
    await this.events.delegationChanged(delegation);
    return delegation;
  }

  /** The delegator takes their vote back, unless the delegate has cast it already. */
  async revokeDelegation(caller: Caller, id: string): Promise<BallotDelegation> {
    const revoked = await this.dataSource.transaction(async (manager) => {
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
    await this.events.delegationChanged(revoked);
    return revoked;
  }

  /** The ballot and, in the same statement, who the caller is in its alliance, the voters they may cast for (the one named, or their own) and the delegations in force. */
  private async situation(caller: Caller, input: CastVoteInput): Promise<VotingSituation> {
    const voterIs = input.voterId ? 'voter.voter_id = :voterId' : 'voter.caster_ids @> ARRAY[me.id]';
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(Ballot, 'ballot')
      .leftJoin(Person, 'me', 'me.alliance_id = ballot.alliance_id AND me.account_id = :accountId', { accountId: caller.actor?.accountId ?? null })
      .addSelect('me.id', 'person_id')
      .addSelect(
        `(SELECT coalesce(jsonb_agg(jsonb_build_object('voterId', voter.voter_id, 'camp', voter.camp, 'weight', voter.weight, 'casterIds', voter.caster_ids,
                   'voted', EXISTS (SELECT 1 FROM ballot_participation taken WHERE taken.ballot_id = voter.ballot_id AND taken.voter_id = voter.voter_id))), '[]')
            FROM ballot_voter voter WHERE voter.ballot_id = ballot.id AND ${voterIs})`,
        'voters',
      )
      .addSelect(
        `(SELECT coalesce(jsonb_agg(jsonb_build_object('delegatorId', delegation.delegator_id, 'delegateId', delegation.delegate_id)), '[]')
            FROM ballot_delegation delegation WHERE ${inForce('ballot.id', 'ballot.body_id', 'ballot.meeting_key')})`,
        'delegations',
      )
      .where('ballot.id = :ballotId', { ballotId: input.ballotId, voterId: input.voterId ?? null })
      .getRawAndEntities<{ person_id: string | null; voters: CandidateVoter[]; delegations: VotingSituation['delegations'] }>();
    const [ballot] = entities;
    const [row] = raw;
    if (!ballot || !row) throw new NotFoundError();
    return { ballot, personId: row.person_id, voters: row.voters, delegations: row.delegations };
  }
}

type Vote = { choice: string; dissent: string | null };
type Statement = [sql: string, parameters: unknown[]];

// Both statements lock the ballot for sharing only while it is open, and say whether it was (`open`) and whether the vote went in (`cast`).
const OPEN_BALLOT = `open_ballot AS (SELECT id FROM ballot WHERE id = $1 AND status = 'OPEN' FOR SHARE)`;

/** A first vote: who took part, what they chose (or, in a secret ballot, only the tally) and the audit entry, all or nothing. */
function insertVote(ballot: Ballot, voter: CandidateVoter, personId: string, vote: Vote, entry: AuditRecord): Statement {
  const audit = auditEntryInsert(entry, { from: 'participation', offset: 8 });
  return [
    `WITH ${OPEN_BALLOT},
     participation AS (
       INSERT INTO ballot_participation (ballot_id, voter_id, cast_by_person_id) SELECT id, $2::uuid, $3::uuid FROM open_ballot
       ON CONFLICT DO NOTHING RETURNING voter_id),
     vote AS (
       INSERT INTO ballot_vote (ballot_id, voter_id, choice, dissent) SELECT $1, voter_id, $4::text, $5::text FROM participation WHERE NOT $6::boolean),
     tally AS (
       UPDATE ballot_secret_tally SET votes = votes + 1, weight = weight + $7::int
        WHERE $6::boolean AND ballot_id = $1 AND camp = $8::text AND choice = $4::text AND EXISTS (SELECT 1 FROM participation)),
     audit AS (${audit.sql})
     SELECT EXISTS (SELECT 1 FROM open_ballot) AS open, EXISTS (SELECT 1 FROM participation) AS cast`,
    [ballot.id, voter.voterId, personId, vote.choice, vote.dissent, ballot.secret, voter.weight, tallyCamp(voter.camp), ...audit.parameters],
  ];
}

/** A changed vote (open ballots that allow it): the new choice and the audit entry. */
function changeVote(ballot: Ballot, voter: CandidateVoter, vote: Vote, entry: AuditRecord): Statement {
  const audit = auditEntryInsert(entry, { from: 'changed', offset: 4 });
  return [
    `WITH ${OPEN_BALLOT},
     changed AS (
       UPDATE ballot_vote SET choice = $3::text, dissent = $4::text, cast_at = now()
         FROM open_ballot WHERE ballot_vote.ballot_id = open_ballot.id AND ballot_vote.voter_id = $2::uuid RETURNING ballot_vote.voter_id),
     audit AS (${audit.sql})
     SELECT EXISTS (SELECT 1 FROM open_ballot) AS open, EXISTS (SELECT 1 FROM changed) AS cast`,
    [ballot.id, voter.voterId, vote.choice, vote.dissent, ...audit.parameters],
  ];
}
