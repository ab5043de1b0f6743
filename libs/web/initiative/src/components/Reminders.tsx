import { useId } from 'react';
import { Link } from 'react-router';
import { toLocalDate } from '@pakt/domain';
import { useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { newProgressReportPath } from '../paths';

export interface ReminderItem {
  readonly id: string;
  readonly initiativeId: string;
  readonly initiativeName: string;
  readonly dueOn: string;
  readonly roundTitle: string | null;
}

/** The reports the viewer's organisations owe, each with a link to write it; nothing when none is due. */
export function Reminders({ slug, reminders }: { slug: string; reminders: readonly ReminderItem[] }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const headingId = useId();
  if (reminders.length === 0) return null;
  const today = toLocalDate(new Date());
  return (
    <section aria-labelledby={headingId} className="initiative-reminders">
      <h2 id={headingId}>{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      <ul>
        {reminders.map((reminder) => (
          <li key={reminder.id}>
            {reminder.dueOn < today
              ? t('reminders.overdue', { name: reminder.initiativeName, date: format.date(reminder.dueOn) })
              : t('reminders.due', { name: reminder.initiativeName, date: format.date(reminder.dueOn) })}
            {reminder.roundTitle && ` ${t('reminders.round', { title: reminder.roundTitle })}`}{' '}
            <Link to={newProgressReportPath(slug, reminder.initiativeId)}>{t('reminders.write', { name: reminder.initiativeName })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
