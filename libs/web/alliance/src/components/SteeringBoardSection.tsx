import { useId } from 'react';
import { useFormat } from '@pakt/web-ui';
import { useAllianceMessages } from '../messages';
import { PersonInOffice, type Office } from './PersonInOffice';

export interface SteeringBoard {
  readonly memberCount: number;
  readonly chair: Office | null;
  readonly deputyChair: Office | null;
}

export function SteeringBoardSection({ board }: { board: SteeringBoard | null }) {
  const { t } = useAllianceMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.steeringBoard')}</h2>
      {board ? (
        <dl className="facts">
          <dt>{t('overview.chair')}</dt>
          <dd>
            <PersonInOffice office={board.chair} />
          </dd>
          <dt>{t('overview.deputyChair')}</dt>
          <dd>
            <PersonInOffice office={board.deputyChair} />
          </dd>
          <dt>{t('overview.members')}</dt>
          <dd>{format.number(board.memberCount)}</dd>
        </dl>
      ) : (
        <p className="muted">{t('overview.noSteeringBoard')}</p>
      )}
    </section>
  );
}
