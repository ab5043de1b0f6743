import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABSTAIN,
  ballotChoices,
  decideBallot,
  MAJORITY_RULES,
  quorumNeeded,
  tallyVotes,
  type BallotRules,
  type CastVote,
  type EligibleVoter,
} from '../src';

const yesNo = (majority: BallotRules['majority'], quorumPercent = 0, doubleMajority = false): BallotRules => ({
  options: [],
  majority,
  quorumPercent,
  doubleMajority,
});

function voters(count: number, camp: (index: number) => string | null = () => null): EligibleVoter[] {
  return Array.from({ length: count }, (_, index) => ({ voterId: `v${index}`, weight: 1, camp: camp(index) }));
}

/** Votes in order: the first `yes` voters vote YES, the next `no` NO, the next `abstain` ABSTAIN. */
function votes(yes: number, no: number, abstain = 0): CastVote[] {
  const choices = [...Array(yes).fill('YES'), ...Array(no).fill('NO'), ...Array(abstain).fill(ABSTAIN)] as string[];
  return choices.map((choice, index) => ({ voterId: `v${index}`, choice }));
}

describe('tallying', () => {
  it('counts votes and weights per choice, ABSTAIN last', () => {
    const eligible = [
      { voterId: 'a', weight: 3, camp: null },
      { voterId: 'b', weight: 1, camp: null },
      { voterId: 'c', weight: 2, camp: null },
    ];
    const tally = tallyVotes({ options: [] }, eligible, [
      { voterId: 'a', choice: 'YES' },
      { voterId: 'b', choice: 'NO' },
    ]);
    expect(tally).toEqual({
      choices: [
        { choice: 'YES', votes: 1, weight: 3 },
        { choice: 'NO', votes: 1, weight: 1 },
        { choice: 'ABSTAIN', votes: 0, weight: 0 },
      ],
      votesCast: 2,
      weightCast: 4,
      eligibleVoters: 3,
      eligibleWeight: 6,
    });
  });

  it('ignores the ineligible, unknown choices and a second vote of the same voter', () => {
    const tally = tallyVotes({ options: [] }, voters(2), [
      { voterId: 'v0', choice: 'YES' },
      { voterId: 'v0', choice: 'NO' },
      { voterId: 'stranger', choice: 'YES' },
      { voterId: 'v1', choice: 'MAYBE' },
    ]);
    expect(tally.votesCast).toBe(1);
  });

  it('offers named options instead of YES and NO', () => {
    expect(ballotChoices({ options: ['Alpha', 'Beta'] })).toEqual(['Alpha', 'Beta']);
    expect(ballotChoices({ options: [] })).toEqual(['YES', 'NO']);
  });

  it('needs the quorum share rounded up', () => {
    expect(quorumNeeded(50, 20)).toBe(10);
    expect(quorumNeeded(50, 21)).toBe(11);
    expect(quorumNeeded(0, 21)).toBe(0);
    expect(quorumNeeded(100, 7)).toBe(7);
  });
});

describe('deciding', () => {
  it('says why the quorum failed', () => {
    const outcome = decideBallot(yesNo('SIMPLE', 50), voters(20), votes(9, 0));
    expect(outcome).toMatchObject({ accepted: false, decidedBy: 'QUORUM', reason: 'quorum not reached: 9 of 20 took part, 10 needed' });
  });

  it('counts abstentions for the quorum but not for the majority', () => {
    const outcome = decideBallot(yesNo('SIMPLE', 50), voters(20), votes(3, 2, 6));
    expect(outcome).toMatchObject({ accepted: true, decidedBy: 'MAJORITY', reason: 'simple majority reached: 3 yes, 2 no, 6 abstaining' });
  });

  it('rejects a tie', () => {
    expect(decideBallot(yesNo('SIMPLE'), voters(10), votes(4, 4, 1))).toMatchObject({ accepted: false, decidedBy: 'TIE' });
  });

  it('needs more than half of all eligible for an absolute majority', () => {
    expect(decideBallot(yesNo('ABSOLUTE'), voters(20), votes(10, 0)).accepted).toBe(false);
    expect(decideBallot(yesNo('ABSOLUTE'), voters(20), votes(11, 0)).accepted).toBe(true);
    expect(decideBallot(yesNo('ABSOLUTE'), voters(20), votes(10, 0)).reason).toBe(
      'absolute majority not reached: 10 yes, 0 no, 0 abstaining; needed more than half of all 20 eligible',
    );
  });

  it('needs two thirds of yes and no for a two-thirds majority', () => {
    expect(decideBallot(yesNo('TWO_THIRDS'), voters(20), votes(10, 5, 5)).accepted).toBe(true);
    expect(decideBallot(yesNo('TWO_THIRDS'), voters(20), votes(9, 5, 5)).accepted).toBe(false);
  });

  it('fails a consensus on a single NO, and with no YES at all', () => {
    expect(decideBallot(yesNo('CONSENSUS'), voters(10), votes(9, 1)).accepted).toBe(false);
    expect(decideBallot(yesNo('CONSENSUS'), voters(10), votes(5, 0, 5)).accepted).toBe(true);
    expect(decideBallot(yesNo('CONSENSUS'), voters(10), votes(0, 0, 5)).accepted).toBe(false);
  });

  it('rejects a ballot nobody voted in', () => {
    expect(decideBallot(yesNo('SIMPLE'), voters(3), [])).toMatchObject({ accepted: false, decidedBy: 'QUORUM' });
  });

  it('weighs votes', () => {
    const eligible = [
      { voterId: 'big', weight: 5, camp: null },
      { voterId: 'a', weight: 1, camp: null },
      { voterId: 'b', weight: 1, camp: null },
    ];
    const outcome = decideBallot(yesNo('SIMPLE'), eligible, [
      { voterId: 'big', choice: 'YES' },
      { voterId: 'a', choice: 'NO' },
      { voterId: 'b', choice: 'NO' },
    ]);
    expect(outcome).toMatchObject({ accepted: true, reason: 'simple majority reached: 5 yes, 2 no, 0 abstaining' });
  });

  it('decides named options on the leading option, and a tie between the first two fails', () => {
    const rules: BallotRules = { options: ['Alpha', 'Beta', 'Gamma'], majority: 'SIMPLE', quorumPercent: 0, doubleMajority: false };
    const cast = (choices: string[]) => choices.map((choice, index) => ({ voterId: `v${index}`, choice }));
    expect(decideBallot(rules, voters(5), cast(['Alpha', 'Alpha', 'Alpha', 'Beta', 'Gamma']))).toMatchObject({ accepted: true, leadingChoice: 'Alpha' });
    expect(decideBallot(rules, voters(5), cast(['Alpha', 'Alpha', 'Beta', 'Gamma', ABSTAIN]))).toMatchObject({ accepted: false, decidedBy: 'MAJORITY' });
    expect(decideBallot(rules, voters(4), cast(['Alpha', 'Alpha', 'Beta', 'Beta']))).toMatchObject({ accepted: false, decidedBy: 'TIE' });
  });

  it('needs the majority within every camp for a double majority', () => {
    const camps = (index: number) => (index < 4 ? 'employers' : 'employees');
    const eligible = voters(8, camps);
    // Employers 4 yes; employees 1 yes 3 no: 5 to 3 overall, but not within the employees.
    const split = decideBallot(yesNo('SIMPLE', 0, true), eligible, votes(5, 3));
    expect(split).toMatchObject({ accepted: false, decidedBy: 'CAMP_MAJORITY' });
    expect(split.reason).toBe('simple majority not reached within the camp "employees": 1 for, 3 against, 0 abstaining');
    const both = decideBallot(yesNo('SIMPLE', 0, true), eligible, votes(7, 1));
    expect(both).toMatchObject({ accepted: true, decidedBy: 'CAMP_MAJORITY' });
    expect(both.camps.map((camp) => camp.camp)).toEqual(['employers', 'employees']);
  });
});

const rulesArb = fc.record({
  options: fc.constant([] as string[]),
  majority: fc.constantFrom(...MAJORITY_RULES),
  quorumPercent: fc.integer({ min: 0, max: 100 }),
  doubleMajority: fc.boolean(),
});

/** Eligible voters with weights and camps, and the votes of some of them; at least one voter has not voted. */
const ballotArb = fc
  .array(fc.record({ weight: fc.integer({ min: 1, max: 5 }), camp: fc.constantFrom<string | null>('state', 'employers', 'employees', null), choice: fc.constantFrom<string | null>('YES', 'NO', ABSTAIN, null) }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((rows) => ({
    eligible: [...rows.map((row, index) => ({ voterId: `v${index}`, weight: row.weight, camp: row.camp })), { voterId: 'late', weight: 1, camp: 'state' }],
    votes: rows.flatMap((row, index) => (row.choice === null ? [] : [{ voterId: `v${index}`, choice: row.choice }])),
  }));

describe('properties', () => {
  it('counts always add up to the votes cast', () => {
    fc.assert(
      fc.property(rulesArb, ballotArb, (rules, { eligible, votes: cast }) => {
        const { tally } = decideBallot(rules, eligible, cast);
        expect(tally.votesCast).toBe(cast.length);
        expect(tally.choices.reduce((sum, count) => sum + count.votes, 0)).toBe(cast.length);
        expect(tally.choices.reduce((sum, count) => sum + count.weight, 0)).toBe(tally.weightCast);
        expect(tally.weightCast).toBeLessThanOrEqual(tally.eligibleWeight);
      }),
    );
  });

  it('adding a YES never turns an accepted result into a rejected one', () => {
    fc.assert(
      fc.property(rulesArb, ballotArb, fc.constantFrom('state', 'employers', 'employees', null), (rules, { eligible, votes: cast }, camp) => {
        const withLate = eligible.map((voter) => (voter.voterId === 'late' ? { ...voter, camp } : voter));
        const before = decideBallot(rules, withLate, cast);
        const after = decideBallot(rules, withLate, [...cast, { voterId: 'late', choice: 'YES' }]);
        if (before.accepted) expect(after.accepted).toBe(true);
      }),
    );
  });

  it('gives the same result for the same ballot, whatever the order of the votes', () => {
    fc.assert(
      fc.property(rulesArb, ballotArb, (rules, { eligible, votes: cast }) => {
        const first = decideBallot(rules, eligible, cast);
        expect(decideBallot(rules, eligible, [...cast].reverse())).toEqual(first);
        expect(decideBallot(rules, eligible, cast)).toEqual(first);
      }),
    );
  });
});
