/**
 * How a ballot is counted and decided. Pure functions: the api hands in the eligible voters (fixed
 * when the ballot opened, each with a weight and, for organisations, a camp) and the votes cast,
 * and writes down what comes back. The same input always gives the same result.
 *
 * A yes/no ballot offers YES, NO and ABSTAIN. A ballot with named options offers those options
 * and ABSTAIN; the option with the most support is the one the majority rule is applied to, the
 * other options count against it. Abstentions count for the quorum but never for the majority.
 */

export const MAJORITY_RULES = ['SIMPLE', 'ABSOLUTE', 'TWO_THIRDS', 'CONSENSUS'] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

/** The rule that decided a result. */
export const DECIDING_RULES = ['QUORUM', 'TIE', 'MAJORITY', 'CAMP_MAJORITY'] as const;
export type DecidingRule = (typeof DECIDING_RULES)[number];

export const YES = 'YES';
export const NO = 'NO';
export const ABSTAIN = 'ABSTAIN';
export const YES_NO_CHOICES = [YES, NO] as const;

export interface BallotRules {
  /** Named options; empty for a YES / NO ballot. */
  options: readonly string[];
  majority: MajorityRule;
  /** The minimum share (0–100) of the eligible weight that has to take part; 0 for none. */
  quorumPercent: number;
  /** The majority must also hold within every camp that has eligible voters. */
  doubleMajority: boolean;
}

export interface EligibleVoter {
  voterId: string;
  weight: number;
  /** The organisation's camp in ORGANISATION ballots; voters without one count only overall. */
  camp: string | null;
}

export interface CastVote {
  voterId: string;
  /** YES, NO, ABSTAIN or one of the named options. */
  choice: string;
}

export interface ChoiceCount {
  choice: string;
  /** How many voters chose it. */
  votes: number;
  /** Their summed weight. */
  weight: number;
}

export interface Tally {
  /** Every choice of the ballot in its order (options or YES, NO), then ABSTAIN. */
  choices: ChoiceCount[];
  votesCast: number;
  weightCast: number;
  eligibleVoters: number;
  eligibleWeight: number;
}

export interface CampResult {
  camp: string;
  accepted: boolean;
  support: number;
  against: number;
  abstain: number;
  eligibleWeight: number;
}

export interface BallotOutcome {
  accepted: boolean;
  decidedBy: DecidingRule;
  /** One sentence saying which rule decided and why, e.g. "quorum not reached: 9 of 20 took part, 10 needed". */
  reason: string;
  /** The choice the majority was tested on: YES, or the leading named option; null when no votes count. */
  leadingChoice: string | null;
  tally: Tally;
  /** The weight that had to take part for the quorum. */
  quorumNeeded: number;
  camps: CampResult[];
}

/** The choices a ballot offers besides ABSTAIN. */
export function ballotChoices(rules: Pick<BallotRules, 'options'>): string[] {
  return rules.options.length > 0 ? [...rules.options] : [...YES_NO_CHOICES];
}

/** Whether a choice may be cast on this ballot. */
export function isValidChoice(rules: Pick<BallotRules, 'options'>, choice: string): boolean {
  return choice === ABSTAIN || ballotChoices(rules).includes(choice);
}

/**
 * Counts votes per choice with the voters' weights. Votes of voters that are not eligible and
 * votes for choices the ballot does not offer are not counted (the api refuses them before).
 */
export function tallyVotes(rules: Pick<BallotRules, 'options'>, eligible: readonly EligibleVoter[], votes: readonly CastVote[]): Tally {
  const weights = new Map(eligible.map((voter) => [voter.voterId, voter.weight]));
  const counts = new Map<string, ChoiceCount>([...ballotChoices(rules), ABSTAIN].map((choice) => [choice, { choice, votes: 0, weight: 0 }]));
  const counted = new Set<string>();
  for (const vote of votes) {
    const weight = weights.get(vote.voterId);
    const count = counts.get(vote.choice);
    if (weight === undefined || count === undefined || counted.has(vote.voterId)) continue;
    counted.add(vote.voterId);
    count.votes += 1;
    count.weight += weight;
  }
  const choices = [...counts.values()];
  return {
    choices,
    votesCast: choices.reduce((sum, count) => sum + count.votes, 0),
    weightCast: choices.reduce((sum, count) => sum + count.weight, 0),
    eligibleVoters: eligible.length,
    eligibleWeight: eligible.reduce((sum, voter) => sum + voter.weight, 0),
  };
}

/** The weight that must take part: the quorum share of the eligible weight, rounded up. */
export function quorumNeeded(quorumPercent: number, eligibleWeight: number): number {
  // Integer arithmetic: 50 % of 20 is exactly 10, never 10.000000001.
  return Math.ceil((quorumPercent * eligibleWeight) / 100);
}

interface Sides {
  leading: string | null;
  support: number;
  against: number;
  abstain: number;
  /** Two choices share the most support. */
  tied: boolean;
}

/** Support for the leading choice (YES, or the strongest option) against everything else that is not an abstention. */
function sides(rules: Pick<BallotRules, 'options'>, choices: readonly ChoiceCount[]): Sides {
  const abstain = choices.find((count) => count.choice === ABSTAIN)?.weight ?? 0;
  const counted = choices.filter((count) => count.choice !== ABSTAIN);
  const total = counted.reduce((sum, count) => sum + count.weight, 0);
  if (rules.options.length === 0) {
    const support = counted.find((count) => count.choice === YES)?.weight ?? 0;
    return { leading: YES, support, against: total - support, abstain, tied: support === total - support };
  }
  const ranked = [...counted].sort((a, b) => b.weight - a.weight);
  const first = ranked[0];
  if (!first || first.weight === 0) return { leading: null, support: 0, against: 0, abstain, tied: true };
  const tied = ranked[1]?.weight === first.weight;
  return { leading: first.choice, support: first.weight, against: total - first.weight, abstain, tied };
}

/** Whether the majority rule holds for these sides; eligibleWeight is the group's (overall or camp). */
function majorityHolds(majority: MajorityRule, side: Sides, eligibleWeight: number): boolean {
  if (side.leading === null || side.support === 0) return false;
  switch (majority) {
    case 'SIMPLE':
      return side.support > side.against;
    case 'ABSOLUTE':
      return 2 * side.support > eligibleWeight;
    case 'TWO_THIRDS':
      return 3 * side.support >= 2 * (side.support + side.against);
    case 'CONSENSUS':
      return side.against === 0;
  }
}

const MAJORITY_WORDS: Record<MajorityRule, string> = {
  SIMPLE: 'simple majority',
  ABSOLUTE: 'absolute majority',
  TWO_THIRDS: 'two-thirds majority',
  CONSENSUS: 'consensus',
};

function describeSides(rules: Pick<BallotRules, 'options'>, side: Sides): string {
  if (rules.options.length === 0) return `${side.support} yes, ${side.against} no, ${side.abstain} abstaining`;
  return `${side.support} for "${side.leading ?? '–'}", ${side.against} for other options, ${side.abstain} abstaining`;
}

function requirement(majority: MajorityRule, eligibleWeight: number): string {
  switch (majority) {
    case 'SIMPLE':
      return 'more votes for than against';
    case 'ABSOLUTE':
      return `more than half of all ${eligibleWeight} eligible`;
    case 'TWO_THIRDS':
      return 'at least two thirds of the votes for and against';
    case 'CONSENSUS':
      return 'no vote against';
  }
}

/** The tally of the voters of one camp (null: voters without a camp). */
export interface GroupTally {
  camp: string | null;
  tally: Tally;
}

/** Tallies per camp, in order of the camps' first appearance among the eligible voters. */
export function tallyByCamp(rules: Pick<BallotRules, 'options'>, eligible: readonly EligibleVoter[], votes: readonly CastVote[]): GroupTally[] {
  const camps = [...new Set(eligible.map((voter) => voter.camp))];
  return camps.map((camp) => ({ camp, tally: tallyVotes(rules, eligible.filter((voter) => voter.camp === camp), votes) }));
}

/** The tallies of several groups added up. */
export function mergeTallies(rules: Pick<BallotRules, 'options'>, tallies: readonly Tally[]): Tally {
  const choices = [...ballotChoices(rules), ABSTAIN].map((choice) => {
    const counts = tallies.map((tally) => tally.choices.find((count) => count.choice === choice));
    return { choice, votes: counts.reduce((sum, count) => sum + (count?.votes ?? 0), 0), weight: counts.reduce((sum, count) => sum + (count?.weight ?? 0), 0) };
  });
  const sum = (pick: (tally: Tally) => number) => tallies.reduce((total, tally) => total + pick(tally), 0);
  return {
    choices,
    votesCast: sum((tally) => tally.votesCast),
    weightCast: sum((tally) => tally.weightCast),
    eligibleVoters: sum((tally) => tally.eligibleVoters),
    eligibleWeight: sum((tally) => tally.eligibleWeight),
  };
}

/** The result of a ballot from its votes. */
export function decideBallot(rules: BallotRules, eligible: readonly EligibleVoter[], votes: readonly CastVote[]): BallotOutcome {
  return decideTallies(rules, tallyByCamp(rules, eligible, votes));
}

/**
 * The result of a closed ballot from its tallies per camp (a secret ballot keeps nothing else):
 * first the quorum, then a tie (ties fail), then the majority overall, then — for a double
 * majority — the same majority within every camp.
 */
export function decideTallies(rules: BallotRules, groups: readonly GroupTally[]): BallotOutcome {
  const tally = mergeTallies(
    rules,
    groups.map((group) => group.tally),
  );
  const needed = quorumNeeded(rules.quorumPercent, tally.eligibleWeight);
  const overall = sides(rules, tally.choices);
  const camps = rules.doubleMajority ? campResults(rules, overall.leading, groups) : [];
  const base = { leadingChoice: overall.leading, tally, quorumNeeded: needed, camps };
  if (tally.weightCast < needed || tally.votesCast === 0) {
    return {
      ...base,
      accepted: false,
      decidedBy: 'QUORUM',
      reason: `quorum not reached: ${tally.weightCast} of ${tally.eligibleWeight} took part, ${Math.max(needed, 1)} needed`,
    };
  }
  const counts = describeSides(rules, overall);
  if (overall.tied && rules.majority !== 'CONSENSUS') {
    return { ...base, accepted: false, decidedBy: 'TIE', reason: `tie: ${counts}; a tie rejects` };
  }
  if (!majorityHolds(rules.majority, overall, tally.eligibleWeight)) {
    return {
      ...base,
      accepted: false,
      decidedBy: 'MAJORITY',
      reason: `${MAJORITY_WORDS[rules.majority]} not reached: ${counts}; needed ${requirement(rules.majority, tally.eligibleWeight)}`,
    };
  }
  const failedCamp = camps.find((camp) => !camp.accepted);
  if (failedCamp) {
    return {
      ...base,
      accepted: false,
      decidedBy: 'CAMP_MAJORITY',
      reason: `${MAJORITY_WORDS[rules.majority]} not reached within the camp "${failedCamp.camp}": ${failedCamp.support} for, ${failedCamp.against} against, ${failedCamp.abstain} abstaining`,
    };
  }
  const within = camps.length > 0 ? ` and within each of ${camps.length} camps` : '';
  return {
    ...base,
    accepted: true,
    decidedBy: camps.length > 0 ? 'CAMP_MAJORITY' : 'MAJORITY',
    reason: `${MAJORITY_WORDS[rules.majority]} reached${within}: ${counts}`,
  };
}

/** The majority within each camp, on the choice that leads overall. */
function campResults(rules: BallotRules, leading: string | null, groups: readonly GroupTally[]): CampResult[] {
  return groups.flatMap(({ camp, tally }) => {
    if (camp === null) return [];
    const abstain = tally.choices.find((count) => count.choice === ABSTAIN)?.weight ?? 0;
    const support = tally.choices.find((count) => count.choice === leading)?.weight ?? 0;
    const against = tally.weightCast - support - abstain;
    const side: Sides = { leading, support, against, abstain, tied: support === against };
    const holds = majorityHolds(rules.majority, side, tally.eligibleWeight) && (rules.majority === 'CONSENSUS' || !side.tied);
    return [{ camp, accepted: holds, support, against, abstain, eligibleWeight: tally.eligibleWeight }];
  });
}
