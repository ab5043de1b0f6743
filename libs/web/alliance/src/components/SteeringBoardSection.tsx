import { useId } from 'react';
import { Fact, Facts, useFormat } from '@pakt/web-ui';
import { useAllianceMessages } from '../messages';
import { BallotsLink } from './BallotsLink';
import { PersonInOffice, type Office } from './PersonInOffice';

export interface SteeringBoard {
  readonly id: string;
  readonly name: string;
  readonly memberCount: number;
  readonly chair: Office | null;
  readonly deputyChair: Office | null;
}

export function SteeringBoardSection({ board, slug }: { board: SteeringBoard | null; slug: string }) {
  const { t } = useAllianceMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.steeringBoard')}</h2>
      {board ? (
        <>
          <Facts>
            <Fact term={t('overview.chair')}>
              <PersonInOffice office={board.chair} />
            </Fact>
            <Fact term={t('overview.deputyChair')}>
              <PersonInOffice office={board.deputyChair} />
            </Fact>
            <Fact term={t('overview.members')}>{format.number(board.memberCount)}</Fact>
          </Facts>
          <BallotsLink slug={slug} body={board} />
        </>
      ) : (
        <p className="muted">{t('overview.noSteeringBoard')}</p>
      )}
    </section>
  );
}
