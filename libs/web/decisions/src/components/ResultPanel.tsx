import { useId } from 'react';
import type { MajorityRule } from '@pakt/domain';
import { useFormat } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';
import { useChoiceLabel } from './choice-label';
import { type Outcome, reasonText } from './outcome';
import { ResultChart } from './ResultChart';

export interface ResultPanelProps {
  readonly majority: MajorityRule;
  readonly outcome: Outcome;
  /** The stored votes no longer give the frozen result: someone changed them in the database. */
  readonly tampered: boolean;
}

/** The frozen result: accepted or rejected, the rule that decided it and why, and the votes as a chart and table. */
export function ResultPanel({ majority, outcome, tampered }: ResultPanelProps) {
  const { t } = useDecisionsMessages();
  const format = useFormat();
  const choiceLabel = useChoiceLabel();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="ballot-result">
      <h2 id={headingId}>{t('result.title')}</h2>
      {tampered && (
        <p role="alert" className="alert">
          {t('result.tampered')}
        </p>
      )}
      <p className={outcome.accepted ? 'ballot-verdict ballot-verdict--accepted' : 'ballot-verdict ballot-verdict--rejected'}>
        {outcome.accepted ? t('result.accepted') : t('result.rejected')}
      </p>
      <p data-testid="ballot-reason">
        <strong>{t('result.reason')}:</strong> {reasonText(t, majority, outcome, format.number)}
      </p>
      <p>{t('result.cast', { cast: format.number(outcome.votesCast), eligible: format.number(outcome.eligibleVoters) })}</p>
      <ResultChart bars={outcome.counts.map((count) => ({ label: choiceLabel(count.choice), value: count.weight }))} camps={outcome.camps} />
    </section>
  );
}
