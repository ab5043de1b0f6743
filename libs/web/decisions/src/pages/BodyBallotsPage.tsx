import { useCallback, useId } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { BallotSummaryFragment } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import { managesBallots } from '../access';
import { StatusBadge } from '../components/StatusBadge';
import { useBallotEvents } from '../components/use-ballot-events';
import { BodyBallotsQuery } from '../graphql/queries';
import { useDecisionsMessages } from '../messages';
import { ballotPath, ballotsPath, newBallotPath } from '../paths';

/** /alliances/:slug/bodies/:bodyId/ballots — a body's running and prepared ballots and the history of its results. */
export function BodyBallotsPage() {
  const { slug = '', bodyId = '' } = useParams();
  const { t } = useDecisionsMessages();
  const [{ data, error }, reexecute] = useQuery({ query: BodyBallotsQuery, variables: { slug, bodyId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // A ballot opened, closed or cancelled elsewhere moves between the lists at once.
  useBallotEvents(
    data?.alliance ? bodyId : null,
    null,
    (event) => {
      if (event.kind !== 'VOTE_CAST') refresh();
    },
    refresh,
  );

  if (error && !data) return <ErrorAlert onRetry={refresh} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const body = alliance?.bodies.find((candidate) => candidate.id === bodyId);
  if (!alliance || !body) return <NotFound />;
  const title = t('list.title', { name: body.name });
  const running = data.ballots.filter((ballot) => ballot.status === 'OPEN');
  const drafts = data.ballots.filter((ballot) => ballot.status === 'DRAFT');
  const history = data.ballots.filter((ballot) => ballot.status === 'CLOSED' || ballot.status === 'CANCELLED');
  const manages = managesBallots(data.viewer, body.id, alliance.viewerPermissions);

  return (
    <>
      <PageTitle title={title} />
      <Link to={ballotsPath(alliance.slug)} className="back-link">
        {t('bodies.title', { name: alliance.name })}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('list.intro')}</p>
      {manages && (
        <p>
          <Link to={newBallotPath(alliance.slug, body.id)} className="button">
            {t('list.create')}
          </Link>
        </p>
      )}
      <BallotList heading={t('list.running')} ballots={running} empty={t('list.noneRunning')} slug={alliance.slug} />
      {drafts.length > 0 && <BallotList heading={t('list.drafts')} ballots={drafts} empty="" slug={alliance.slug} />}
      <ResultsHistory ballots={history} slug={alliance.slug} />
    </>
  );
}

function BallotList({ heading, ballots, empty, slug }: { heading: string; ballots: readonly BallotSummaryFragment[]; empty: string; slug: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {ballots.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="plain-list">
          {ballots.map((ballot) => (
            <li key={ballot.id}>
              <Link to={ballotPath(slug, ballot.id)}>{ballot.title}</Link> <StatusBadge status={ballot.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The results of the body's earlier ballots, latest first. */
function ResultsHistory({ ballots, slug }: { ballots: readonly BallotSummaryFragment[]; slug: string }) {
  const { t } = useDecisionsMessages();
  const format = useFormat();
  const headingId = useId();
  const sorted = [...ballots].sort((a, b) => (b.closedAt ?? b.cancelledAt ?? '').localeCompare(a.closedAt ?? a.cancelledAt ?? ''));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('list.history')}</h2>
      {sorted.length === 0 ? (
        <p>{t('list.noHistory')}</p>
      ) : (
        <div className="ballot-table">
          <table className="admin-table">
            <caption className="visually-hidden">{t('list.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.ballot')}</th>
                <th scope="col">{t('list.closedAt')}</th>
                <th scope="col">{t('list.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((ballot) => {
                const ended = ballot.closedAt ?? ballot.cancelledAt;
                return (
                  <tr key={ballot.id}>
                    <th scope="row">
                      <Link to={ballotPath(slug, ballot.id)}>{ballot.title}</Link>
                    </th>
                    <td>{ended ? format.dateTime(ended) : '–'}</td>
                    <td>
                      {ballot.status === 'CANCELLED' ? (
                        <StatusBadge status={ballot.status} />
                      ) : ballot.result ? (
                        ballot.result.accepted ? (
                          t('result.accepted')
                        ) : (
                          t('result.rejected')
                        )
                      ) : (
                        '–'
                      )}
                    </td>
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
