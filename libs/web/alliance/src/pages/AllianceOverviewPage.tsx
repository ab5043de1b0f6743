import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Fact, Facts, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
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
  // The state itself is shown as "Bundesland"; people count its districts and cities.
  const districts = alliance.regions.filter((region) => region.kind === 'DISTRICT').length;
  const cities = alliance.regions.filter((region) => region.kind === 'INDEPENDENT_CITY').length;
  const regionCounts = [
    ...(districts > 0 ? [t('overview.districtCount', { count: districts })] : []),
    ...(cities > 0 ? [t('overview.cityCount', { count: cities })] : []),
  ];

  return (
    <>
      <PageTitle title={alliance.name} />
      <Link to="/" className="back-link">
        {t('overview.allAlliances')}
      </Link>
      <h1>{alliance.name}</h1>
      {alliance.description && <p className="lead">{alliance.description}</p>}
      <Facts>
        {alliance.state && <Fact term={t('overview.state')}>{alliance.state}</Fact>}
        {alliance.constitutedOn && (
          <Fact term={t('overview.constitutedOn')}>{format.date(alliance.constitutedOn)}</Fact>
        )}
        <Fact term={t('overview.regions')}>
          {regionCounts.length > 0 ? regionCounts.join(', ') : t('overview.noRegions')}
        </Fact>
      </Facts>

      <SteeringBoardSection board={alliance.steeringBoard} slug={alliance.slug} />
      <FocusGroupsSection groups={focusGroups} slug={alliance.slug} />
      <OrganisationsSection organisations={alliance.organisations} />
    </>
  );
}
