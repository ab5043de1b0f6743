import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { alliancePath } from '@pakt/web-alliance';
import { ErrorAlert, ErrorSummary, LoadingStatus, NotFound, PageTitle, TextField, useFormat } from '@pakt/web-ui';
import { ExportLinks } from '../components/ExportLinks';
import { planProblem, type PlanProblem } from '../components/outcome';
import { VersionTable } from '../components/VersionTable';
import { StartPlanVersionMutation } from '../graphql/mutations';
import { PlanOverviewQuery } from '../graphql/queries';
import { usePlanMessages } from '../messages';
import { planComparePath, planVersionEditPath, planVersionPath } from '../paths';

/**
 * /alliances/:slug/plan — the published plan at a glance, every version the viewer may see, and
 * for the steering board's chair and the secretariat the start of a new version.
 */
export function PlanPage() {
  const { slug = '' } = useParams();
  const { t } = usePlanMessages();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({ query: PlanOverviewQuery, variables: { slug } });

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  if (!alliance) return <NotFound />;
  const plan = alliance.plan;
  const current = plan?.currentVersion ?? null;
  const versions = plan?.versions ?? [];
  const mayAssemble = plan ? plan.viewerMayAssemble : alliance.viewerPermissions.includes('plan.assemble');
  const open = versions.find((version) => version.state !== 'APPROVED');

  return (
    <>
      <PageTitle title={t('plan.titleOf', { name: alliance.name })} />
      <Link to={alliancePath(alliance.slug)} className="back-link">
        {t('common.toOverview')}
      </Link>
      <h1>{t('plan.titleOf', { name: alliance.name })}</h1>
      {!plan && <p className="lead">{t('plan.noPlan')}</p>}

      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t('plan.current')}</h2>
        {current ? (
          <>
            <p className="lead">{t('plan.currentIntro', { title: current.title })}</p>
            {current.approvedAt && <p>{t('plan.approvedAt', { date: format.dateTime(current.approvedAt) })}</p>}
            <p>
              <Link to={planVersionPath(alliance.slug, current.id)}>{t('plan.openCurrent', { number: current.number })}</Link>
            </p>
            <ExportLinks pdfUrl={current.pdfUrl} docxUrl={current.docxUrl} />
          </>
        ) : (
          <p>{t('plan.noCurrent')}</p>
        )}
      </section>

      {versions.length > 0 && (
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">{t('plan.versions')}</h2>
          <VersionTable slug={alliance.slug} versions={versions} />
          {versions.length > 1 && (
            <p>
              <Link to={planComparePath(alliance.slug, versions[1]?.id, versions[0]?.id)}>{t('plan.compare')}</Link>
            </p>
          )}
        </section>
      )}

      {mayAssemble && (
        <section aria-labelledby="start-heading">
          <h2 id="start-heading">{t('plan.start')}</h2>
          {open ? (
            <p>
              {t('plan.openDraft', { name: t('common.versionNameWithState', { number: open.number, state: t(`states.${open.state}`) }) })}{' '}
              <Link to={open.state === 'DRAFT' ? planVersionEditPath(alliance.slug, open.id) : planVersionPath(alliance.slug, open.id)}>
                {open.state === 'DRAFT' ? t('version.edit') : t('common.versionName', { number: open.number })}
              </Link>
            </p>
          ) : (
            <StartVersionForm allianceId={alliance.id} slug={alliance.slug} />
          )}
        </section>
      )}
    </>
  );
}

/** Starts a new draft from the latest version and opens it in the builder. */
function StartVersionForm({ allianceId, slug }: { allianceId: string; slug: string }) {
  const { t } = usePlanMessages();
  const navigate = useNavigate();
  const titleId = useId();
  const [, start] = useMutation(StartPlanVersionMutation);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await start({ input: { allianceId, title: title.trim() || null } });
    setBusy(false);
    const started = result.data?.startPlanVersion;
    if (started) {
      void navigate(planVersionEditPath(slug, started.id));
      return;
    }
    if (result.error) {
      setProblem(planProblem(result.error));
      setAttempt((count) => count + 1);
    }
  };
  const titleError = problem?.kind === 'invalid' && problem.fields['title'] ? problem.fields['title'] : null;

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <ErrorSummary title={t('plan.startFailed')} attempt={attempt} fields={titleError ? [{ fieldId: titleId, message: titleError }] : []}>
          {!titleError && <p>{problem.kind === 'invalid' ? t('plan.startRefused') : t('action.retry')}</p>}
        </ErrorSummary>
      )}
      <p>{t('plan.startIntro')}</p>
      <TextField
        id={titleId}
        label={t('plan.startTitle')}
        hint={t('plan.startTitleHint')}
        autoComplete="off"
        error={titleError}
        value={title}
        onChange={setTitle}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('plan.start')}
        </button>
        {busy && <span className="status">{t('plan.starting')}</span>}
      </div>
    </form>
  );
}
