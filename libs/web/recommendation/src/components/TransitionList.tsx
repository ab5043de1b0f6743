import { useId } from 'react';
import { useFormat } from '@pakt/web-ui';
import type { Recommendation } from '../content';
import { useRecommendationMessages } from '../messages';

/** Who took which step when, and why, oldest first. */
export function TransitionList({ transitions }: { transitions: Recommendation['transitions'] }) {
  const { t } = useRecommendationMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('detail.history')}</h2>
      {transitions.length === 0 ? (
        <p className="muted">{t('detail.noHistory')}</p>
      ) : (
        <ol className="transitions">
          {transitions.map((transition) => (
            <li key={transition.id}>
              <p>
                <strong>
                  {t('detail.transition', {
                    action: t(`actions.${transition.action}`),
                    from: t(`states.${transition.fromState}`),
                    to: t(`states.${transition.toState}`),
                  })}
                </strong>{' '}
                {t('detail.by', { name: transition.actor?.displayName ?? t('common.system') })},{' '}
                <time dateTime={transition.at}>{format.dateTime(transition.at)}</time>
              </p>
              {transition.comment && (
                <blockquote className="prose">
                  <span className="visually-hidden">{`${t('detail.reason')}: `}</span>
                  {transition.comment}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
