import { describe, expect, it } from 'vitest';
import {
  BALLOT_STATUSES,
  ballotSettingsProblems,
  ballotTransition,
  checkDelegation,
  checkVote,
  eligibilitySnapshot,
  unknownWeightedVoters,
  type BallotSettings,
  type DelegationFacts,
  type VoteFacts,
} from '../src';

const settings: BallotSettings = {
  options: [],
  majority: 'SIMPLE',
  quorumPercent: 50,
  doubleMajority: false,
  votingUnit: 'PERSON',
  secret: false,
  voteChangesAllowed: false,
  maxDelegations: 1,
  weights: [],
};

describe('lifecycle', () => {
  it('goes DRAFT → OPEN → CLOSED, and DRAFT or OPEN → CANCELLED', () => {
    expect(ballotTransition('DRAFT', 'OPEN')).toEqual({ ok: true, status: 'OPEN' });
    expect(ballotTransition('OPEN', 'CLOSE')).toEqual({ ok: true, status: 'CLOSED' });
    expect(ballotTransition('DRAFT', 'CANCEL')).toEqual({ ok: true, status: 'CANCELLED' });
    expect(ballotTransition('OPEN', 'CANCEL')).toEqual({ ok: true, status: 'CANCELLED' });
  });

  it('never reopens a closed or cancelled ballot, nor changes anything but a draft', () => {
    for (const status of ['CLOSED', 'CANCELLED'] as const) {
      for (const action of ['UPDATE', 'OPEN', 'CLOSE', 'CANCEL'] as const) {
        expect(ballotTransition(status, action)).toMatchObject({ ok: false, refusal: { reason: 'WRONG_STATE' } });
      }
    }
    expect(ballotTransition('OPEN', 'UPDATE').ok).toBe(false);
    expect(ballotTransition('DRAFT', 'CLOSE').ok).toBe(false);
    expect(BALLOT_STATUSES).toEqual(['DRAFT', 'OPEN', 'CLOSED', 'CANCELLED']);
  });
});

describe('settings', () => {
  it('accepts sensible settings', () => {
    expect(ballotSettingsProblems(settings)).toEqual({});
    expect(ballotSettingsProblems({ ...settings, options: ['Kassel', 'Fulda'], quorumPercent: 100 })).toEqual({});
  });

  it('names every rule that cannot be met', () => {
    expect(
      ballotSettingsProblems({
        ...settings,
        quorumPercent: 120,
        options: ['Kassel'],
        secret: true,
        voteChangesAllowed: true,
        maxDelegations: 11,
        doubleMajority: true,
        weights: [{ voterId: 'a', weight: 0 }],
      }),
    ).toEqual({
      quorumPercent: 'The quorum is a share of the eligible voters between 0 and 100 %.',
      options: 'Name at least two options, or none for a yes/no ballot.',
      voteChangesAllowed: 'A secret ballot does not know who voted what, so a vote in it cannot be changed.',
      maxDelegations: 'Between 0 (no delegation) and 10 delegated votes per voter.',
      doubleMajority: 'A majority within every camp needs organisations as the voting unit.',
      weights: 'Every weight is a whole number from 1 to 1000.',
    });
  });

  it('refuses duplicate and reserved option names, delegation by organisations and double weights', () => {
    expect(ballotSettingsProblems({ ...settings, options: ['A', 'A'] }).options).toBe('Every option needs a name of its own.');
    expect(ballotSettingsProblems({ ...settings, options: ['A', 'ABSTAIN'] }).options).toMatch(/name the options differently/);
    expect(ballotSettingsProblems({ ...settings, votingUnit: 'ORGANISATION' }).maxDelegations).toMatch(/deputy/);
    expect(ballotSettingsProblems({ ...settings, weights: [{ voterId: 'a', weight: 2 }, { voterId: 'a', weight: 3 }] }).weights).toBe('Each voter has one weight.');
  });

  it('names weighted voters who are not eligible', () => {
    expect(unknownWeightedVoters([{ voterId: 'a', weight: 2 }, { voterId: 'x', weight: 2 }], ['a', 'b'])).toEqual(['x']);
  });
});

describe('votes', () => {
  const open: VoteFacts = { status: 'OPEN', rules: { options: [] }, secret: false, voteChangesAllowed: false, eligible: true, alreadyVoted: false, delegatedAway: false };
  const yes = { choice: 'YES', dissent: null };

  it('accepts an eligible first vote in an open ballot', () => {
    expect(checkVote(open, yes)).toEqual({ ok: true });
    expect(checkVote(open, { choice: 'NO', dissent: 'Zu teuer.' })).toEqual({ ok: true });
  });

  it('refuses votes outside an open ballot, from the ineligible, for unknown options and twice', () => {
    expect(checkVote({ ...open, status: 'CLOSED' }, yes)).toMatchObject({ ok: false, refusal: { reason: 'WRONG_STATE' } });
    expect(checkVote({ ...open, status: 'CANCELLED' }, yes)).toMatchObject({ ok: false, refusal: { reason: 'WRONG_STATE' } });
    expect(checkVote({ ...open, eligible: false }, yes)).toMatchObject({ ok: false, refusal: { reason: 'NOT_ELIGIBLE' } });
    expect(checkVote(open, { choice: 'MAYBE', dissent: null })).toMatchObject({
      ok: false,
      refusal: { reason: 'UNKNOWN_OPTION', fields: { choice: '"MAYBE" is not an option of this ballot.' } },
    });
    expect(checkVote({ ...open, alreadyVoted: true }, yes)).toMatchObject({ ok: false, refusal: { reason: 'ALREADY_VOTED' } });
    expect(checkVote({ ...open, alreadyVoted: true, voteChangesAllowed: true }, yes)).toEqual({ ok: true });
    expect(checkVote({ ...open, delegatedAway: true }, yes)).toMatchObject({ ok: false, refusal: { reason: 'DELEGATED' } });
  });

  it('takes a dissent statement only with NO or ABSTAIN in an open ballot', () => {
    expect(checkVote(open, { choice: 'YES', dissent: 'Aber…' })).toMatchObject({ ok: false, refusal: { reason: 'DISSENT_NOT_ALLOWED' } });
    expect(checkVote({ ...open, secret: true }, { choice: 'NO', dissent: 'Nein.' })).toMatchObject({ ok: false, refusal: { reason: 'DISSENT_NOT_ALLOWED' } });
  });
});

describe('delegation', () => {
  const facts: DelegationFacts = {
    status: 'OPEN',
    maxDelegations: 1,
    delegatorId: 'anna',
    delegateId: 'ben',
    eligibleIds: ['anna', 'ben', 'cem', 'dora'],
    delegations: [],
    delegatorVoted: false,
  };

  it('hands a vote to another eligible voter', () => {
    expect(checkDelegation(facts)).toEqual({ ok: true });
  });

  it('refuses self-delegation, chains both ways, too many delegations and delegating after voting', () => {
    expect(checkDelegation({ ...facts, delegateId: 'anna' })).toMatchObject({ ok: false, refusal: { reason: 'SELF_DELEGATION' } });
    expect(checkDelegation({ ...facts, delegations: [{ delegatorId: 'ben', delegateId: 'cem' }] })).toMatchObject({
      ok: false,
      refusal: { reason: 'DELEGATION_CHAIN' },
    });
    expect(checkDelegation({ ...facts, delegations: [{ delegatorId: 'cem', delegateId: 'anna' }] })).toMatchObject({
      ok: false,
      refusal: { reason: 'DELEGATION_CHAIN' },
    });
    expect(checkDelegation({ ...facts, delegations: [{ delegatorId: 'cem', delegateId: 'ben' }] })).toMatchObject({
      ok: false,
      refusal: { reason: 'TOO_MANY_DELEGATIONS' },
    });
    expect(checkDelegation({ ...facts, maxDelegations: 2, delegations: [{ delegatorId: 'cem', delegateId: 'ben' }] })).toEqual({ ok: true });
    expect(checkDelegation({ ...facts, delegatorVoted: true })).toMatchObject({ ok: false, refusal: { reason: 'ALREADY_VOTED' } });
    expect(checkDelegation({ ...facts, delegations: [{ delegatorId: 'anna', delegateId: 'dora' }] })).toMatchObject({
      ok: false,
      refusal: { reason: 'DELEGATED' },
    });
  });

  it('refuses the ineligible, closed ballots and ballots without delegation', () => {
    expect(checkDelegation({ ...facts, delegateId: 'eve' })).toMatchObject({ ok: false, refusal: { reason: 'NOT_ELIGIBLE' } });
    expect(checkDelegation({ ...facts, status: 'CLOSED' })).toMatchObject({ ok: false, refusal: { reason: 'WRONG_STATE' } });
    expect(checkDelegation({ ...facts, maxDelegations: 0 })).toMatchObject({ ok: false, refusal: { reason: 'TOO_MANY_DELEGATIONS' } });
  });
});

describe('eligibility snapshot', () => {
  const seat = (personId: string, organisationId: string | null, representation: 'PRINCIPAL' | 'DEPUTY' | null = null) => ({
    personId,
    personName: `Person ${personId}`,
    organisationId,
    organisationName: organisationId && `Org ${organisationId}`,
    representation,
    camp: organisationId === 'dgb' ? 'employees' : null,
  });

  it('gives each person one vote in PERSON ballots', () => {
    const voters = eligibilitySnapshot('PERSON', [seat('a', 'dgb'), seat('a', 'dgb'), seat('b', null)]);
    expect(voters).toEqual([
      { voterId: 'a', name: 'Person a', camp: null, casterIds: ['a'] },
      { voterId: 'b', name: 'Person b', camp: null, casterIds: ['b'] },
    ]);
  });

  it('gives each organisation one vote, cast by its principal or deputy when it named them', () => {
    const voters = eligibilitySnapshot('ORGANISATION', [
      seat('a', 'dgb', 'PRINCIPAL'),
      seat('b', 'dgb', 'DEPUTY'),
      seat('c', 'dgb'),
      seat('d', 'vhu'),
      seat('e', 'vhu'),
      seat('f', null),
    ]);
    expect(voters).toEqual([
      { voterId: 'dgb', name: 'Org dgb', camp: 'employees', casterIds: ['a', 'b'] },
      { voterId: 'vhu', name: 'Org vhu', camp: null, casterIds: ['d', 'e'] },
    ]);
  });
});
