import { useId } from 'react';
import { useFormat } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';
import { useChoiceLabel } from './choice-label';

export interface VotersTableProps {
  /** The eligibility snapshot; empty before the ballot opens. */
  readonly voters: readonly { readonly voterId: string; readonly name: string; readonly camp: string | null; readonly weight: number; readonly hasVoted: boolean }[];
  /** Who voted what: open ballots once closed, otherwise null. */
  readonly votes: readonly { readonly voterId: string; readonly choice: string; readonly dissent: string | null }[] | null;
  readonly secret: boolean;
  readonly opened: boolean;
}

/** The eligible voters with their weights, whether they voted, and — in an open ballot after closing — what. */
export function VotersTable({ voters, votes, secret, opened }: VotersTableProps) {
  const { t } = useDecisionsMessages();
  const format = useFormat();
  const choiceLabel = useChoiceLabel();
  const headingId = useId();
  const byVoter = new Map((votes ?? []).map((vote) => [vote.voterId, vote]));
  const camps = voters.some((voter) => voter.camp !== null);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('voters.title')}</h2>
      <p className="muted">
        {!opened ? t('voters.introDraft') : t('voters.intro')}{' '}
        {secret ? t('voters.secretNote') : votes === null && opened ? t('voters.hiddenUntilClosed') : null}
      </p>
      {voters.length > 0 && (
        <div className="ballot-table">
          <table className="admin-table">
            <caption className="visually-hidden">{t('voters.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('voters.name')}</th>
                {camps && <th scope="col">{t('result.camp')}</th>}
                <th scope="col" className="ballot-number">
                  {t('voters.weight')}
                </th>
                <th scope="col">{t('voters.voted')}</th>
                {votes !== null && <th scope="col">{t('voters.choice')}</th>}
                {votes !== null && <th scope="col">{t('voters.dissent')}</th>}
              </tr>
            </thead>
            <tbody>
              {voters.map((voter) => {
                const vote = byVoter.get(voter.voterId);
                return (
                  <tr key={voter.voterId}>
                    <th scope="row">{voter.name}</th>
                    {camps && <td>{voter.camp ?? '–'}</td>}
                    <td className="ballot-number">{format.number(voter.weight)}</td>
                    <td>{voter.hasVoted ? t('voters.yes') : t('voters.no')}</td>
                    {votes !== null && <td>{vote ? choiceLabel(vote.choice) : '–'}</td>}
                    {votes !== null && <td>{vote?.dissent ?? ''}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
