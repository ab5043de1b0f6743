import { useId } from 'react';
import { useFormat } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';

export interface ParticipationProps {
  readonly cast: number;
  readonly eligible: number;
  /** How many must take part for a quorum; 0 when there is no minimum. */
  readonly quorumNeeded: number;
}

/**
 * How many of the eligible have voted, as a sentence and a bar. The sentence is a polite live
 * region, so a screen reader hears the count rise while the ballot runs.
 */
export function Participation({ cast, eligible, quorumNeeded }: ParticipationProps) {
  const { t } = useDecisionsMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="ballot-participation">
      <h2 id={headingId}>{t('participation.title')}</h2>
      <p role="status" aria-atomic="true" data-testid="participation">
        {t('participation.text', { cast: format.number(cast), eligible: format.number(eligible) })}
      </p>
      <progress className="ballot-participation__bar" aria-label={t('participation.bar')} max={Math.max(eligible, 1)} value={cast} />
      {quorumNeeded > 0 && <p className="muted">{t('participation.quorumNeeded', { needed: format.number(quorumNeeded) })}</p>}
    </section>
  );
}
