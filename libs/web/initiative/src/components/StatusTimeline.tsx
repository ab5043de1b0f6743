import { useId } from 'react';
import type { InitiativeStatus } from '@pakt/domain';
import { useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';

export interface TimelineEntry {
  readonly id: string;
  readonly fromStatus: InitiativeStatus | null;
  readonly toStatus: InitiativeStatus;
  readonly effectiveOn: string;
  readonly note: string | null;
  readonly actorName: string | null;
}

/** Every change of the status, oldest first, with its date, who made it and the note. */
export function StatusTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="initiative-section">
      <h3 id={headingId}>{t('detail.timeline')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('detail.noTimeline')}</p>
      ) : (
        <ol className="initiative-timeline">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p>
                <time dateTime={entry.effectiveOn}>{format.date(entry.effectiveOn)}</time>:{' '}
                <strong>
                  {entry.fromStatus
                    ? t('detail.transition', { from: t(`statuses.${entry.fromStatus}`), to: t(`statuses.${entry.toStatus}`) })
                    : t('detail.created', { to: t(`statuses.${entry.toStatus}`) })}
                </strong>{' '}
                {t('detail.by', { name: entry.actorName ?? t('common.system') })}
              </p>
              {entry.note && (
                <blockquote className="prose">
                  <span className="visually-hidden">{`${t('detail.note')}: `}</span>
                  {entry.note}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
