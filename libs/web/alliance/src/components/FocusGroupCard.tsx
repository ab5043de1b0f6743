import { useId } from 'react';
import { Fact, Facts, useFormat } from '@pakt/web-ui';
import { useAllianceMessages } from '../messages';
import { BallotsLink } from './BallotsLink';
import { PersonInOffice, type Office } from './PersonInOffice';

export interface FocusGroup {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly memberCount: number;
  readonly actionFields: readonly { readonly id: string; readonly title: string }[];
  readonly chair: Office | null;
}

export function FocusGroupCard({ group, slug }: { group: FocusGroup; slug: string }) {
  const { t } = useAllianceMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{group.name}</h3>
      {group.description && <p>{group.description}</p>}
      <h4>{t('overview.actionFields')}</h4>
      {group.actionFields.length > 0 ? (
        <ul>
          {group.actionFields.map((field) => (
            <li key={field.id}>{field.title}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('overview.noActionFields')}</p>
      )}
      <Facts>
        <Fact term={t('overview.chair')}>
          <PersonInOffice office={group.chair} />
        </Fact>
        <Fact term={t('overview.members')}>{format.number(group.memberCount)}</Fact>
      </Facts>
      <BallotsLink slug={slug} body={group} />
    </article>
  );
}
