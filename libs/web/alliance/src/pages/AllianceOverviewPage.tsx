import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import { FocusGroupsSection } from '../components/FocusGroupsSection';
import { OrganisationsSection } from '../components/OrganisationsSection';
import { SteeringBoardSection } from '../components/SteeringBoardSection';
import { AllianceOverviewQuery } from '../graphql/queries';
import { useAllianceMessages } from '../messages';

/** One alliance at a glance: steering board, focus groups, partners by kind. One query. */
export function AllianceOverviewPage() {
  const { slug = '' } = useParams();
  const { t } = useAllianceMessages();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({ query: AllianceOverviewQuery, variables: { slug } });

  if (error) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  if (!alliance) return <NotFound />;

  const focusGroups = alliance.bodies.filter((body) => body.kind === 'FOCUS_GROUP');

  return (
    <>
      <PageTitle title={alliance.name} />
      <Link to="/" className="back-link">
        {t('overview.allAlliances')}
      </Link>
      <h1>{alliance.name}</h1>
      <dl className="facts">
        {alliance.state && (
          <>
            <dt>{t('overview.state')}</dt>
            <dd>{alliance.state}</dd>
          </>
        )}
        {alliance.constitutedOn && (
          <>
            <dt>{t('overview.constitutedOn')}</dt>
            <dd>{format.date(alliance.constitutedOn)}</dd>
          </>
        )}
        <dt>{t('overview.regions')}</dt>
        <dd>{format.number(alliance.regions.length)}</dd>
      </dl>

      <SteeringBoardSection board={alliance.steeringBoard} />

      <FocusGroupsSection groups={focusGroups} />

      <OrganisationsSection organisations={alliance.organisations} />
    </>
  );
}
