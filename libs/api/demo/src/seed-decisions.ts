import { randomUUID } from 'node:crypto';
import { Body, Organisation } from '@pakt/api-alliance';
import {
  Ballot,
  BallotParticipation,
  BallotRecords,
  BallotSecretTally,
  BallotVote,
  BallotVoter,
  Camp,
  CampOrganisation,
  votingSeats,
} from '@pakt/api-decisions';
import { ABSTAIN, ballotChoices, eligibilitySnapshot, type MajorityRule, type VotingUnit } from '@pakt/domain';
import type { EntityManager } from 'typeorm';
import type { SeedAlliance } from './data/seed-types';

type Choice = string | [choice: string, dissent: string];

/** A ballot of the steering board: CLOSED when it has closedAt, else OPEN. */
export interface SeedBallot {
  title: string;
  motionText: string;
  options?: string[];
  votingUnit: VotingUnit;
  majority: MajorityRule;
  quorumPercent: number;
  doubleMajority?: boolean;
  secret?: boolean;
  meetingKey?: string;
  openedAt: string;
  closedAt?: string;
  /** Open ballots: the choice (and dissent) of each voter, by person name or organisation key. */
  votes?: Record<string, Choice>;
  /** Secret ballots: who took part, and how many chose what. */
  secretVotes?: { participants: string[]; tally: Record<string, number> };
}

export interface SeedDecisions {
  /** Camps of organisations (by their keys) for double majorities. */
  camps: Array<{ name: string; organisations: string[] }>;
  ballots: SeedBallot[];
}

/**
 * Seeds the alliance's camps and its steering board's ballots once (when it has none), written as
 * the engine leaves them: voters fixed at opening, one participation per voter, and for a closed
 * ballot the result counted and frozen with its checksum by the engine's own BallotRecords.
 */
export async function seedDecisions(manager: EntityManager, allianceId: string, seed: SeedAlliance, decisions: SeedDecisions): Promise<boolean> {
  if ((await manager.existsBy(Ballot, { allianceId })) || (await manager.existsBy(Camp, { allianceId }))) return false;
  const board = await manager.findOneBy(Body, { allianceId, kind: 'STEERING_BOARD' });
  if (!board) return false;
  const organisations = await manager.findBy(Organisation, { allianceId });
  const organisationName = (key: string) => seed.organisations[key]?.name ?? key;
  const organisationId = (key: string) => {
    const found = organisations.find((organisation) => organisation.name === organisationName(key));
    if (!found) throw new Error(`Demo camps name the organisation "${key}", which ${seed.slug} does not have`);
    return found.id;
  };
  for (const [position, camp] of decisions.camps.entries()) {
    const id = randomUUID();
    await manager.insert(Camp, { id, allianceId, name: camp.name, position, version: 1 });
    await manager.insert(
      CampOrganisation,
      camp.organisations.map((key) => ({ organisationId: organisationId(key), campId: id })),
    );
  }
  const records = new BallotRecords();
  for (const entry of decisions.ballots) await insertBallot(manager, board, entry, records, organisationName);
  return true;
}

async function insertBallot(manager: EntityManager, board: Body, entry: SeedBallot, records: BallotRecords, organisationName: (key: string) => string): Promise<void> {
  const ballot = await manager.save(
    manager.create(Ballot, {
      allianceId: board.allianceId,
      bodyId: board.id,
      subjectType: 'MOTION',
      subjectId: null,
      title: entry.title,
      motionText: entry.motionText,
      options: entry.options ?? [],
      votingUnit: entry.votingUnit,
      majority: entry.majority,
      quorumPercent: entry.quorumPercent,
      doubleMajority: entry.doubleMajority ?? false,
      secret: entry.secret ?? false,
      voteChangesAllowed: false,
      maxDelegations: entry.votingUnit === 'PERSON' ? 1 : 0,
      meetingKey: entry.meetingKey ?? null,
      weights: [],
      status: 'OPEN',
      openedAt: new Date(entry.openedAt),
      closedAt: null,
      cancelledAt: null,
      outcome: null,
      resultChecksum: null,
      createdByPersonId: null,
      createdAt: new Date(entry.openedAt),
    }),
  );
  const voters = eligibilitySnapshot(entry.votingUnit, await votingSeats(manager, board.id));
  await manager.insert(
    BallotVoter,
    voters.map((voter) => ({ ballotId: ballot.id, ...voter, weight: 1 })),
  );
  const voterNamed = (name: string) => {
    const voter = voters.find((candidate) => candidate.name === (entry.votingUnit === 'ORGANISATION' ? organisationName(name) : name));
    if (!voter) throw new Error(`Demo ballot "${entry.title}" names the voter "${name}", who is not eligible`);
    return voter;
  };
  const participants = entry.secretVotes?.participants ?? Object.keys(entry.votes ?? {});
  const castBy = participants.map(voterNamed);
  if (castBy.length > 0) {
    await manager.insert(
      BallotParticipation,
      castBy.map((voter) => ({ ballotId: ballot.id, voterId: voter.voterId, castByPersonId: voter.casterIds[0]! })),
    );
  }
  if (entry.secretVotes) {
    const tally = entry.secretVotes.tally;
    await manager.insert(
      BallotSecretTally,
      [...ballotChoices(ballot), ABSTAIN].map((choice) => ({ ballotId: ballot.id, camp: '', choice, votes: tally[choice] ?? 0, weight: tally[choice] ?? 0 })),
    );
  } else {
    const castAt = new Date(entry.openedAt);
    await manager.insert(
      BallotVote,
      Object.entries(entry.votes ?? {}).map(([name, choice]) => ({
        ballotId: ballot.id,
        voterId: voterNamed(name).voterId,
        choice: typeof choice === 'string' ? choice : choice[0],
        dissent: typeof choice === 'string' ? null : choice[1],
        castAt,
      })),
    );
  }
  if (!entry.closedAt) return;
  const { outcome, checksum } = await records.count(manager, ballot);
  await manager.update(Ballot, { id: ballot.id }, { status: 'CLOSED', closedAt: new Date(entry.closedAt), outcome: outcome as never, resultChecksum: checksum });
}
