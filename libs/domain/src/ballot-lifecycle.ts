import { ABSTAIN, isValidChoice, NO, YES, type BallotRules } from './ballot-rules';

/**
 * The life of a ballot and what may happen in each state. A ballot is prepared as a DRAFT, OPENED
 * (the eligible voters are fixed then), and either CLOSED (the result is computed and frozen) or
 * CANCELLED. Nothing leaves CLOSED or CANCELLED: a new vote is a new ballot.
 *
 * Pure functions: the api loads the facts, asks here, and writes what comes back.
 */

export const BALLOT_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'CANCELLED'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];

export const BALLOT_SUBJECT_TYPES = ['MOTION', 'AMENDMENT', 'DECLARATION', 'PLAN_VERSION'] as const;
export type BallotSubjectType = (typeof BALLOT_SUBJECT_TYPES)[number];

export const VOTING_UNITS = ['PERSON', 'ORGANISATION'] as const;
export type VotingUnit = (typeof VOTING_UNITS)[number];

/** An organisation's designated voter in a body, and the one who votes in their absence. */
export const REPRESENTATIONS = ['PRINCIPAL', 'DEPUTY'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

export const BALLOT_ACTIONS = ['UPDATE', 'OPEN', 'CLOSE', 'CANCEL'] as const;
export type BallotAction = (typeof BALLOT_ACTIONS)[number];

/** The body roles whose members vote; the secretariat and observers do not. */
export const VOTING_ROLES = ['CHAIR', 'DEPUTY_CHAIR', 'MEMBER'] as const;

/** Why a step is refused; each maps to an error code of the api (see the BallotService). */
export type BallotRefusalReason =
  | 'WRONG_STATE'
  | 'INVALID_SETTINGS'
  | 'NOT_ELIGIBLE'
  | 'UNKNOWN_OPTION'
  | 'ALREADY_VOTED'
  | 'DELEGATED'
  | 'SELF_DELEGATION'
  | 'DELEGATION_CHAIN'
  | 'TOO_MANY_DELEGATIONS'
  | 'DISSENT_NOT_ALLOWED';

export interface BallotRefusal {
  reason: BallotRefusalReason;
  /** A message per field of the input or the ballot that stands in the way. */
  fields: Record<string, string>;
}

export type BallotCheck = { ok: true } | { ok: false; refusal: BallotRefusal };

const OK: BallotCheck = { ok: true };
const refuse = (reason: BallotRefusalReason, fields: Record<string, string>): BallotCheck => ({ ok: false, refusal: { reason, fields } });

const NEXT: Record<BallotAction, { from: readonly BallotStatus[]; to: BallotStatus }> = {
  UPDATE: { from: ['DRAFT'], to: 'DRAFT' },
  OPEN: { from: ['DRAFT'], to: 'OPEN' },
  CLOSE: { from: ['OPEN'], to: 'CLOSED' },
  CANCEL: { from: ['DRAFT', 'OPEN'], to: 'CANCELLED' },
};

const STATE_MESSAGES: Record<BallotStatus, string> = {
  DRAFT: 'This ballot has not been opened yet.',
  OPEN: 'This ballot is open: it can only be closed or cancelled now.',
  CLOSED: 'This ballot is closed and is never reopened: start a new ballot instead.',
  CANCELLED: 'This ballot was cancelled.',
};

/** The state a ballot moves to, or a WRONG_STATE refusal. */
export function ballotTransition(status: BallotStatus, action: BallotAction): { ok: true; status: BallotStatus } | { ok: false; refusal: BallotRefusal } {
  const step = NEXT[action];
  if (!step.from.includes(status)) return { ok: false, refusal: { reason: 'WRONG_STATE', fields: { status: STATE_MESSAGES[status] } } };
  return { ok: true, status: step.to };
}

export interface BallotSettings extends BallotRules {
  votingUnit: VotingUnit;
  secret: boolean;
  voteChangesAllowed: boolean;
  /** How many delegated votes one voter may hold; 0 turns delegation off. */
  maxDelegations: number;
  /** Vote weights per voter id; voters not named weigh 1. */
  weights: ReadonlyArray<{ voterId: string; weight: number }>;
}

export const MAX_OPTIONS = 20;
export const MAX_OPTION_LENGTH = 100;
export const MAX_DELEGATIONS = 10;
export const MAX_WEIGHT = 1000;
export const MAX_DISSENT_LENGTH = 1000;

/** What makes the settings impossible, per field; empty when they can be met. */
export function ballotSettingsProblems(settings: BallotSettings): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!Number.isInteger(settings.quorumPercent) || settings.quorumPercent < 0 || settings.quorumPercent > 100) {
    problems.quorumPercent = 'The quorum is a share of the eligible voters between 0 and 100 %.';
  }
  const options = settings.options.map((option) => option.trim());
  if (options.length === 1) problems.options = 'Name at least two options, or none for a yes/no ballot.';
  else if (options.length > MAX_OPTIONS) problems.options = `At most ${MAX_OPTIONS} options.`;
  else if (options.some((option) => option === '' || option.length > MAX_OPTION_LENGTH)) {
    problems.options = `Every option needs a name of 1–${MAX_OPTION_LENGTH} characters.`;
  } else if (new Set(options).size !== options.length) problems.options = 'Every option needs a name of its own.';
  else if (options.some((option) => option === ABSTAIN || option === YES || option === NO)) {
    problems.options = 'YES, NO and ABSTAIN are offered by every yes/no ballot; name the options differently.';
  }
  if (settings.secret && settings.voteChangesAllowed) {
    problems.voteChangesAllowed = 'A secret ballot does not know who voted what, so a vote in it cannot be changed.';
  }
  if (!Number.isInteger(settings.maxDelegations) || settings.maxDelegations < 0 || settings.maxDelegations > MAX_DELEGATIONS) {
    problems.maxDelegations = `Between 0 (no delegation) and ${MAX_DELEGATIONS} delegated votes per voter.`;
  } else if (settings.maxDelegations > 0 && settings.votingUnit === 'ORGANISATION') {
    problems.maxDelegations = "Organisations do not delegate: their deputy votes in their representative's absence.";
  }
  if (settings.doubleMajority && settings.votingUnit !== 'ORGANISATION') {
    problems.doubleMajority = 'A majority within every camp needs organisations as the voting unit.';
  }
  if (settings.weights.some((entry) => !Number.isInteger(entry.weight) || entry.weight < 1 || entry.weight > MAX_WEIGHT)) {
    problems.weights = `Every weight is a whole number from 1 to ${MAX_WEIGHT}.`;
  } else if (new Set(settings.weights.map((entry) => entry.voterId)).size !== settings.weights.length) {
    problems.weights = 'Each voter has one weight.';
  }
  return problems;
}

/** Weights that name no eligible voter: refused when the ballot opens. */
export function unknownWeightedVoters(weights: BallotSettings['weights'], eligibleIds: readonly string[]): string[] {
  const eligible = new Set(eligibleIds);
  return weights.map((entry) => entry.voterId).filter((voterId) => !eligible.has(voterId));
}

export interface VoteFacts {
  status: BallotStatus;
  rules: Pick<BallotRules, 'options'>;
  secret: boolean;
  voteChangesAllowed: boolean;
  /** The voter is in the eligibility snapshot and the person casting may cast for them. */
  eligible: boolean;
  alreadyVoted: boolean;
  /** The voter handed their vote to someone else, who is not the one casting. */
  delegatedAway: boolean;
}

export interface VoteInput {
  choice: string;
  dissent: string | null;
}

/** Whether this vote may be cast (or, where the ballot allows it, changed) now. */
export function checkVote(facts: VoteFacts, vote: VoteInput): BallotCheck {
  if (facts.status !== 'OPEN') {
    return refuse('WRONG_STATE', { ballotId: facts.status === 'DRAFT' ? 'This ballot has not been opened yet.' : STATE_MESSAGES[facts.status] });
  }
  if (!facts.eligible) return refuse('NOT_ELIGIBLE', { ballotId: 'You are not eligible to vote in this ballot.' });
  if (facts.delegatedAway) return refuse('DELEGATED', { ballotId: 'This vote has been delegated: only the delegate casts it.' });
  if (!isValidChoice(facts.rules, vote.choice)) {
    return refuse('UNKNOWN_OPTION', { choice: `"${vote.choice}" is not an option of this ballot.` });
  }
  if (facts.alreadyVoted && !facts.voteChangesAllowed) {
    return refuse('ALREADY_VOTED', { ballotId: 'This vote has already been cast and this ballot does not allow changing it.' });
  }
  if (vote.dissent !== null && vote.dissent.trim() !== '') {
    if (facts.secret) return refuse('DISSENT_NOT_ALLOWED', { dissent: 'A secret ballot records no statements: they would tell how you voted.' });
    if (vote.choice !== NO && vote.choice !== ABSTAIN) {
      return refuse('DISSENT_NOT_ALLOWED', { dissent: 'A dissent statement goes with a NO or an abstention.' });
    }
    if (vote.dissent.length > MAX_DISSENT_LENGTH) return refuse('DISSENT_NOT_ALLOWED', { dissent: `At most ${MAX_DISSENT_LENGTH} characters.` });
  }
  return OK;
}

export interface DelegationFacts {
  status: BallotStatus;
  maxDelegations: number;
  delegatorId: string;
  delegateId: string;
  /** Voter ids that may vote in this ballot (the snapshot once open; the body's voters before). */
  eligibleIds: readonly string[];
  /** Delegations in force for this ballot (its own and its meeting's). */
  delegations: ReadonlyArray<{ delegatorId: string; delegateId: string }>;
  /** The delegator has voted already. */
  delegatorVoted: boolean;
}

/**
 * A voter hands their vote to another eligible voter: never to themselves, never along a chain
 * (a delegate does not pass votes on, and who has handed their vote away holds none), at most
 * maxDelegations per delegate, and not after having voted.
 */
export function checkDelegation(facts: DelegationFacts): BallotCheck {
  if (facts.status !== 'DRAFT' && facts.status !== 'OPEN') return refuse('WRONG_STATE', { ballotId: STATE_MESSAGES[facts.status] });
  if (facts.maxDelegations === 0) return refuse('TOO_MANY_DELEGATIONS', { delegateId: 'This ballot does not allow delegating votes.' });
  if (facts.delegatorId === facts.delegateId) return refuse('SELF_DELEGATION', { delegateId: 'You cannot delegate your vote to yourself.' });
  const eligible = new Set(facts.eligibleIds);
  if (!eligible.has(facts.delegatorId)) return refuse('NOT_ELIGIBLE', { ballotId: 'You are not eligible to vote in this ballot.' });
  if (!eligible.has(facts.delegateId)) return refuse('NOT_ELIGIBLE', { delegateId: 'The delegate is not eligible to vote in this ballot.' });
  if (facts.delegatorVoted) return refuse('ALREADY_VOTED', { ballotId: 'You have voted already: your vote can no longer be delegated.' });
  if (facts.delegations.some((delegation) => delegation.delegatorId === facts.delegatorId)) {
    return refuse('DELEGATED', { ballotId: 'You have delegated your vote already: revoke that delegation first.' });
  }
  if (facts.delegations.some((delegation) => delegation.delegatorId === facts.delegateId)) {
    return refuse('DELEGATION_CHAIN', { delegateId: 'The delegate has delegated their own vote: votes are not passed on along a chain.' });
  }
  if (facts.delegations.some((delegation) => delegation.delegateId === facts.delegatorId)) {
    return refuse('DELEGATION_CHAIN', { ballotId: 'You hold delegated votes: you cannot pass them on along a chain.' });
  }
  const held = facts.delegations.filter((delegation) => delegation.delegateId === facts.delegateId).length;
  if (held >= facts.maxDelegations) {
    return refuse('TOO_MANY_DELEGATIONS', { delegateId: `The delegate holds ${held} delegated votes already, the most this ballot allows.` });
  }
  return OK;
}

/** A current seat in the body with a voting role, as the eligibility snapshot reads it. */
export interface VotingSeat {
  personId: string;
  personName: string;
  organisationId: string | null;
  organisationName: string | null;
  representation: Representation | null;
  /** The organisation's camp, if it has one. */
  camp: string | null;
}

export interface SnapshotVoter {
  voterId: string;
  name: string;
  camp: string | null;
  /** The people who may cast this vote. */
  casterIds: string[];
}

/**
 * Who votes, fixed when a ballot opens. PERSON: each person with a voting seat, once. ORGANISATION:
 * each organisation represented by a voting seat, once; its vote is cast by its PRINCIPAL or, in
 * their absence, its DEPUTY — or, where the organisation designated neither, by any of its people
 * in the body. Seats on behalf of no organisation do not vote in ORGANISATION ballots.
 */
export function eligibilitySnapshot(unit: VotingUnit, seats: readonly VotingSeat[]): SnapshotVoter[] {
  const voters = new Map<string, SnapshotVoter & { designated: string[] }>();
  for (const seat of seats) {
    const voterId = unit === 'PERSON' ? seat.personId : seat.organisationId;
    if (voterId === null) continue;
    const voter = voters.get(voterId) ?? {
      voterId,
      name: unit === 'PERSON' ? seat.personName : (seat.organisationName ?? seat.personName),
      camp: unit === 'PERSON' ? null : seat.camp,
      casterIds: [],
      designated: [],
    };
    if (!voter.casterIds.includes(seat.personId)) voter.casterIds.push(seat.personId);
    if (seat.representation !== null && !voter.designated.includes(seat.personId)) voter.designated.push(seat.personId);
    voters.set(voterId, voter);
  }
  return [...voters.values()]
    .map(({ designated, ...voter }) => ({ ...voter, casterIds: (designated.length > 0 ? designated : voter.casterIds).sort() }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de') || (a.voterId < b.voterId ? -1 : 1));
}
