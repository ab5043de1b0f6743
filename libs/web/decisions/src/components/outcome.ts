import type { DecidingRule, MajorityRule } from '@pakt/domain';
import type { useDecisionsMessages } from '../messages';

/** A frozen result as the pages show it: what the api computed with libs/domain's decideBallot. */
export interface Outcome {
  readonly accepted: boolean;
  readonly decidedBy: DecidingRule;
  /** YES, or the named option with the most support; null when no vote counts. */
  readonly leadingChoice: string | null;
  readonly counts: readonly ChoiceCount[];
  readonly votesCast: number;
  readonly weightCast: number;
  readonly eligibleVoters: number;
  readonly eligibleWeight: number;
  readonly quorumNeeded: number;
  readonly camps: readonly CampOutcome[];
}

export interface ChoiceCount {
  readonly choice: string;
  readonly votes: number;
  readonly weight: number;
}

export interface CampOutcome {
  readonly camp: string;
  readonly accepted: boolean;
  readonly support: number;
  readonly against: number;
  readonly abstain: number;
}

type Translate = ReturnType<typeof useDecisionsMessages>['t'];

/**
 * The sentence that says which rule decided and why ("Beschlussfähigkeit nicht erreicht: 9 von 20
 * haben teilgenommen, 10 wären nötig."), in the reader's language, from the structured result —
 * the same facts as the api's English `reason`, worded for the page.
 */
export function reasonText(t: Translate, majority: MajorityRule, outcome: Outcome, number: (value: number) => string): string {
  const weightOf = (choice: string | null) => outcome.counts.find((count) => count.choice === choice)?.weight ?? 0;
  const abstain = weightOf('ABSTAIN');
  const support = weightOf(outcome.leadingChoice);
  const against = outcome.weightCast - support - abstain;
  const counts =
    outcome.leadingChoice === 'YES'
      ? t('reason.countsYesNo', { yes: number(support), no: number(against), abstain: number(abstain) })
      : t('reason.countsOptions', { support: number(support), against: number(against), abstain: number(abstain), leading: outcome.leadingChoice ?? '–' });
  const rule = t(`majority.${majority}`);
  switch (outcome.decidedBy) {
    case 'QUORUM':
      return t('reason.QUORUM', {
        cast: number(outcome.weightCast),
        eligible: number(outcome.eligibleWeight),
        needed: number(Math.max(outcome.quorumNeeded, 1)),
      });
    case 'TIE':
      return t('reason.TIE', { counts });
    case 'MAJORITY':
      return outcome.accepted
        ? t('reason.MAJORITY_REACHED', { rule, counts })
        : t('reason.MAJORITY_MISSED', { rule, counts, requirement: t(`reason.${majority}`, { eligible: number(outcome.eligibleWeight) }) });
    case 'CAMP_MAJORITY': {
      const failed = outcome.camps.find((camp) => !camp.accepted);
      return failed
        ? t('reason.CAMP_MISSED', {
            rule,
            camp: failed.camp,
            support: number(failed.support),
            against: number(failed.against),
            abstain: number(failed.abstain),
          })
        : t('reason.CAMPS_REACHED', { rule, counts, camps: number(outcome.camps.length) });
    }
  }
}
