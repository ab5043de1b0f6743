import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle } from '@pakt/web-ui';
import { BuilderForm } from '../components/BuilderForm';
import { StateBadge } from '../components/StateBadge';
import { PlanBuilderQuery, PlanCandidatesQuery } from '../graphql/queries';
import { usePlanMessages } from '../messages';
import { planPath, planVersionPath } from '../paths';

/** /alliances/:slug/plan/versions/:id/edit — the builder of a draft, for those who may assemble the plan. */
export function PlanBuilderPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = usePlanMessages();
  const [{ data, error }, reexecute] = useQuery({ query: PlanBuilderQuery, variables: { slug, id } });
  const allianceId = data?.alliance?.id ?? '';
  const mayEdit = data?.planVersion?.viewerMayEdit ?? false;
  const [candidates, reexecuteCandidates] = useQuery({ query: PlanCandidatesQuery, variables: { allianceId }, pause: !allianceId || !mayEdit });

  const retry = () => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteCandidates({ requestPolicy: 'network-only' });
  };
  if ((error && !data) || (candidates.error && !candidates.data)) return <ErrorAlert onRetry={retry} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const version = data.planVersion;
  // A draft is only for those who may assemble the plan; a submitted or adopted version says why it is closed.
  if (!alliance || !version || (!version.viewerMayEdit && version.state === 'DRAFT')) return <NotFound />;

  const title = t('builder.title', { number: version.number });
  if (!version.viewerMayEdit) {
    return (
      <>
        <PageTitle title={title} />
        <Link to={planPath(alliance.slug)} className="back-link">
          {t('common.toPlan')}
        </Link>
        <h1>{title}</h1>
        <p className="lead">
          {t('builder.notEditable')} <StateBadge state={version.state} />
        </p>
        <p>
          <Link to={planVersionPath(alliance.slug, version.id)}>{t('common.versionName', { number: version.number })}</Link>
        </p>
      </>
    );
  }
  if (!candidates.data) return <LoadingStatus />;

  return (
    <>
      <PageTitle title={`${title} – ${alliance.name}`} />
      <Link to={planPath(alliance.slug)} className="back-link">
        {t('common.toPlan')}
      </Link>
      <h1>{title}</h1>
      <p className="plan-subtitle">
        <StateBadge state={version.state} />
      </p>
      <p className="lead">{t('builder.intro')}</p>
      <p>
        <Link to={planVersionPath(alliance.slug, version.id)}>{t('builder.toReader')}</Link>
      </p>
      <BuilderForm key={version.id} alliance={alliance} version={version} candidates={candidates.data.planCandidates} />
    </>
  );
}
