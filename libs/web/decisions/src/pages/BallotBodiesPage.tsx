import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle } from '@pakt/web-ui';
import { BallotBodiesQuery } from '../graphql/queries';
import { useDecisionsMessages } from '../messages';
import { bodyBallotsPath } from '../paths';

/** /alliances/:slug/ballots — the alliance's bodies, each leading to its ballots and results. */
export function BallotBodiesPage() {
  const { slug = '' } = useParams();
  const { t } = useDecisionsMessages();
  const [{ data, error }, reexecute] = useQuery({ query: BallotBodiesQuery, variables: { slug } });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  if (!alliance) return <NotFound />;
  const title = t('bodies.title', { name: alliance.name });
  // The steering board first, then the focus groups by name.
  const bodies = [...alliance.bodies].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'de') : a.kind === 'STEERING_BOARD' ? -1 : 1));
  return (
    <>
      <PageTitle title={title} />
      <Link to={`/alliances/${encodeURIComponent(alliance.slug)}`} className="back-link">
        {t('common.toOverview')}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('bodies.intro')}</p>
      {bodies.length === 0 ? (
        <p>{t('bodies.none')}</p>
      ) : (
        <ul>
          {bodies.map((body) => (
            <li key={body.id}>
              <Link to={bodyBallotsPath(alliance.slug, body.id)}>{body.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
