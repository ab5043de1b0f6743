import { useId } from 'react';
import { useAllianceMessages } from '../messages';
import { FocusGroupCard, type FocusGroup } from './FocusGroupCard';

export function FocusGroupsSection({ groups, slug }: { groups: readonly FocusGroup[]; slug: string }) {
  const { t } = useAllianceMessages();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.focusGroups')}</h2>
      {groups.length === 0 ? (
        <p className="muted">{t('overview.noFocusGroups')}</p>
      ) : (
        <ul className="card-grid">
          {groups.map((group) => (
            <li key={group.id}>
              <FocusGroupCard group={group} slug={slug} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
