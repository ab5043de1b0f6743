import { Injectable, Logger } from '@nestjs/common';
import {
  ABSTAIN,
  type BallotOutcome,
  type BallotRules,
  ballotChoices,
  decideTallies,
  type EligibleVoter,
  type GroupTally,
  type Representation,
  tallyByCamp,
  toLocalDate,
  VOTING_ROLES,
  type VotingSeat,
} from '@pakt/domain';
import type { EntityManager } from 'typeorm';
import { canonicalJson, sha256 } from './checksum';
import { Ballot, BallotParticipation, BallotSecretTally, BallotVote, BallotVoter } from './entities';
import type { ResultIntegrity } from './graphql-enums';
import type { BallotResult } from './models';

interface SeatRow {
  person_id: string;
  person_name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  representation: Representation | null;
  camp: string | null;
}

/** The current seats of the body with a voting role (CHAIR, DEPUTY_CHAIR, MEMBER), with organisation and camp. */
export async function votingSeats(manager: EntityManager, bodyId: string): Promise<VotingSeat[]> {
  const rows = await manager.query<SeatRow[]>(
    `SELECT m.person_id, p.display_name AS person_name, m.organisation_id, o.name AS organisation_name,
            m.representation::text AS representation, c.name AS camp
       FROM membership m
       JOIN person p ON p.id = m.person_id
       LEFT JOIN organisation o ON o.id = m.organisation_id
       LEFT JOIN camp_organisation co ON co.organisation_id = m.organisation_id
       LEFT JOIN camp c ON c.id = co.camp_id
      WHERE m.body_id = $1 AND m.role::text = ANY($2) AND m.since <= $3 AND (m.until IS NULL OR m.until >= $3)
      ORDER BY m.person_id`,
    [bodyId, [...VOTING_ROLES], toLocalDate(new Date())],
  );
  return rows.map((row) => ({
    personId: row.person_id,
    personName: row.person_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    representation: row.representation,
    camp: row.camp,
  }));
}

/** The counting rules of a ballot, as @pakt/domain takes them. */
export function rulesOf(ballot: Ballot): BallotRules {
  return { options: ballot.options, majority: ballot.majority, quorumPercent: ballot.quorumPercent, doubleMajority: ballot.doubleMajority };
}

/** Every choice of a ballot including ABSTAIN: the rows a secret tally starts with. */
export function allChoices(ballot: Ballot): string[] {
  return [...ballotChoices(ballot), ABSTAIN];
}

/** The camp as the secret tally keys it ('' for none). */
export const tallyCamp = (camp: string | null): string => camp ?? '';

export function toResult(outcome: BallotOutcome, checksum: string, integrity: ResultIntegrity): BallotResult {
  return {
    accepted: outcome.accepted,
    decidedBy: outcome.decidedBy,
    reason: outcome.reason,
    leadingChoice: outcome.leadingChoice,
    counts: outcome.tally.choices,
    votesCast: outcome.tally.votesCast,
    weightCast: outcome.tally.weightCast,
    eligibleVoters: outcome.tally.eligibleVoters,
    eligibleWeight: outcome.tally.eligibleWeight,
    quorumNeeded: outcome.quorumNeeded,
    camps: outcome.camps,
    checksum,
    integrity,
  };
}

/**
 * The stored votes of a ballot, counted, and the checksum that ties a frozen result to them. The
 * checksum is SHA-256 over the canonical JSON of the eligible voters, who took part, what was
 * voted (an open ballot's votes, a secret ballot's tallies) and the result; reading a closed
 * ballot's result recomputes both and reports TAMPERED when either differs from what was frozen.
 */
@Injectable()
export class BallotRecords {
  private readonly logger = new Logger('Ballots');

  voters(manager: EntityManager, ballotId: string): Promise<BallotVoter[]> {
    return manager.find(BallotVoter, { where: { ballotId }, order: { voterId: 'ASC' } });
  }

  /** The tallies per camp from the stored votes (or, in a secret ballot, the stored tallies). */
  async tallies(manager: EntityManager, ballot: Ballot, voters: readonly BallotVoter[]): Promise<GroupTally[]> {
    const rules = rulesOf(ballot);
    const eligible: EligibleVoter[] = voters.map((voter) => ({ voterId: voter.voterId, weight: voter.weight, camp: voter.camp }));
    if (!ballot.secret) {
      const votes = await manager.find(BallotVote, { where: { ballotId: ballot.id } });
      return tallyByCamp(rules, eligible, votes);
    }
    // Only the running counts exist: the eligible side per camp from the snapshot, the choices from the tally rows.
    const rows = await manager.find(BallotSecretTally, { where: { ballotId: ballot.id } });
    return tallyByCamp(rules, eligible, []).map(({ camp, tally }) => {
      const mine = rows.filter((row) => row.camp === tallyCamp(camp));
      const choices = tally.choices.map((count) => {
        const row = mine.find((candidate) => candidate.choice === count.choice);
        return { choice: count.choice, votes: row?.votes ?? 0, weight: row?.weight ?? 0 };
      });
      return {
        camp,
        tally: {
          ...tally,
          choices,
          votesCast: choices.reduce((sum, count) => sum + count.votes, 0),
          weightCast: choices.reduce((sum, count) => sum + count.weight, 0),
        },
      };
    });
  }

  /** The result the stored votes give now, and the checksum of the votes with that result. */
  async count(manager: EntityManager, ballot: Ballot): Promise<{ outcome: BallotOutcome; checksum: string }> {
    const voters = await this.voters(manager, ballot.id);
    const outcome = decideTallies(rulesOf(ballot), await this.tallies(manager, ballot, voters));
    return { outcome, checksum: await this.checksum(manager, ballot, voters, outcome) };
  }

  /** The frozen result of a closed ballot, checked against the stored votes. */
  async result(manager: EntityManager, ballot: Ballot): Promise<BallotResult | null> {
    if (ballot.status !== 'CLOSED' || ballot.outcome === null || ballot.resultChecksum === null) return null;
    const voters = await this.voters(manager, ballot.id);
    const recounted = decideTallies(rulesOf(ballot), await this.tallies(manager, ballot, voters));
    const checksum = await this.checksum(manager, ballot, voters, ballot.outcome);
    const intact = checksum === ballot.resultChecksum && canonicalJson(recounted) === canonicalJson(ballot.outcome);
    if (!intact) this.logger.error(`The stored votes of ballot ${ballot.id} no longer give its frozen result: the record was changed after closing`);
    return toResult(ballot.outcome, ballot.resultChecksum, intact ? 'VERIFIED' : 'TAMPERED');
  }

  private async checksum(manager: EntityManager, ballot: Ballot, voters: readonly BallotVoter[], outcome: BallotOutcome): Promise<string> {
    const participation = await manager.find(BallotParticipation, { where: { ballotId: ballot.id }, order: { voterId: 'ASC' } });
    const votes = ballot.secret
      ? (await manager.find(BallotSecretTally, { where: { ballotId: ballot.id }, order: { camp: 'ASC', choice: 'ASC' } })).map((row) => [row.camp, row.choice, row.votes, row.weight])
      : (await manager.find(BallotVote, { where: { ballotId: ballot.id }, order: { voterId: 'ASC' } })).map((vote) => [vote.voterId, vote.choice, vote.dissent]);
    return sha256(
      canonicalJson({
        ballot: ballot.id,
        rules: rulesOf(ballot),
        secret: ballot.secret,
        voters: voters.map((voter) => [voter.voterId, voter.weight, voter.camp]),
        participation: participation.map((row) => [row.voterId, row.castByPersonId]),
        votes,
        outcome,
      }),
    );
  }
}
