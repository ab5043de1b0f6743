import { useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { IndicatorChart } from '@pakt/web-indicator';
import { ErrorAlert, Fact, Facts, LoadingStatus, NotFound, PageTitle, StatusNotice, useFormat } from '@pakt/web-ui';
import type { ReaderNotice } from '../components/BuilderForm';
import { ExportLinks } from '../components/ExportLinks';
import { Paragraphs } from '../components/Paragraphs';
import { RecommendationEntry } from '../components/RecommendationEntry';
import { SignOffPanel } from '../components/SignOffPanel';
import { StateBadge } from '../components/StateBadge';
import { StepButton } from '../components/StepButton';
import { ReopenPlanVersionMutation } from '../graphql/mutations';
import { PlanVersionQuery } from '../graphql/queries';
import { usePlanMessages } from '../messages';
import { planPath, planVersionEditPath } from '../paths';

/**
 * /alliances/:slug/plan/versions/:id — one version of the plan as it reads: title, state, sign-offs,
 * situation assessment with charts, recommendations by action field, initiatives, commitments,
 * downloads; and the workflow steps the viewer may take.
 */
export function PlanVersionPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = usePlanMessages();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({ query: PlanVersionQuery, variables: { slug, id } });
  const [, reopen] = useMutation(ReopenPlanVersionMutation);
  const location = useLocation();
  // The builder sends the reader here after submitting, with what happened.
  const [notice, setNotice] = useState<string | null>(() => (location.state as ReaderNotice | null)?.notice ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <ErrorAlert onRetry={reload} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const version = data.planVersion;
  // A version of another alliance, or one the viewer may not read, is as unknown as a wrong address.
  if (!alliance || !version || !alliance.plan?.versions.some((listed) => listed.id === version.id)) return <NotFound />;

  const after = (message: string) => {
    setNotice(message);
    reload();
    heading.current?.focus();
  };
  // In the order of the page.
  const contents = [
    { id: 'downloads', label: t('version.exports') },
    { id: 'sign-off', label: t('signOff.title') },
    { id: 'situation', label: t('version.situation') },
    { id: 'recommendations', label: t('version.recommendations') },
    { id: 'initiatives', label: t('version.initiatives') },
    { id: 'commitments', label: t('version.commitments') },
  ];
  const mayAct = version.viewerMayEdit || version.viewerMayReopen;

  return (
    <>
      <PageTitle title={`${version.title} – ${t('common.versionName', { number: version.number })}`} />
      <Link to={planPath(alliance.slug)} className="back-link">
        {t('common.toPlan')}
      </Link>
      <h1 ref={heading} tabIndex={-1} className="plan-heading">
        {version.title}
      </h1>
      <p className="plan-subtitle">
        {t('common.versionName', { number: version.number })} <StateBadge state={version.state} />
      </p>
      {version.state !== 'APPROVED' && (
        <p className="plan-banner">
          <strong>{version.state === 'DRAFT' ? t('version.draftBanner') : t('version.submittedBanner')}</strong>
        </p>
      )}
      <StatusNotice message={notice} />
      <Facts>
        <Fact term={t('version.stateLabel')}>{t(`states.${version.state}`)}</Fact>
        {version.approvedAt && <Fact term={t('version.approvedOn')}>{format.dateTime(version.approvedAt)}</Fact>}
        {version.submittedAt && <Fact term={t('version.submittedOn')}>{format.dateTime(version.submittedAt)}</Fact>}
        {version.state !== 'APPROVED' && <Fact term={t('version.updatedOn')}>{format.dateTime(version.updatedAt)}</Fact>}
      </Facts>

      <nav aria-label={t('version.contents')} className="section-nav plan-contents">
        <ul>
          {contents.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.label}</a>
              {entry.id === 'recommendations' && version.sections.length > 0 && (
                <ul>
                  {version.sections.map((section) => (
                    <li key={section.actionField.id}>
                      <a href={`#action-field-${section.actionField.id}`}>{section.actionField.title}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>

      {mayAct && (
        <section aria-labelledby="plan-actions" className="plan-actions">
          <h2 id="plan-actions">{t('version.actions')}</h2>
          <div className="actions">
            {version.viewerMayEdit && (
              <Link className="button" to={planVersionEditPath(alliance.slug, version.id)}>
                {t('version.edit')}
              </Link>
            )}
            {version.viewerMayReopen && (
              <StepButton
                label={t('reopen.button')}
                confirmTitle={t('reopen.confirmTitle', { number: version.number })}
                confirmText={t('reopen.confirmText')}
                confirmLabel={t('reopen.confirm')}
                run={async () => (await reopen({ input: { id: version.id, version: version.version } })).error}
                onDone={() => after(t('reopen.done'))}
                onRefused={reload}
              />
            )}
          </div>
        </section>
      )}

      <section id="downloads" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('version.exports')}</h2>
        <ExportLinks pdfUrl={version.pdfUrl} docxUrl={version.docxUrl} />
      </section>

      <section id="sign-off" aria-labelledby="sign-off-heading">
        <h2 id="sign-off-heading">{t('signOff.title')}</h2>
        <SignOffPanel
          alliance={alliance}
          version={version}
          viewerPersonIds={data.viewer?.people.map((person) => person.id) ?? []}
          onSigned={(published) => after(published ? t('signOff.published', { number: version.number }) : t('signOff.done'))}
          onRefused={reload}
        />
      </section>

      <section id="situation" aria-labelledby="situation-heading">
        <h2 id="situation-heading">{t('version.situation')}</h2>
        <Paragraphs text={version.situationAssessment} empty={t('version.emptyText')} />
        {version.indicators.length === 0 ? (
          <p className="muted">{t('version.noIndicators')}</p>
        ) : (
          version.indicators.map((indicator) => <IndicatorChart key={indicator.id} indicator={indicator} headingLevel={3} />)
        )}
      </section>

      <section id="recommendations" aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">{t('version.recommendations')}</h2>
        {version.sections.length === 0 && <p className="muted">{t('version.noRecommendations')}</p>}
        {version.sections.map((section) => (
          <section key={section.actionField.id} id={`action-field-${section.actionField.id}`} aria-labelledby={`action-field-${section.actionField.id}-heading`}>
            <h3 id={`action-field-${section.actionField.id}-heading`}>{section.actionField.title}</h3>
            {section.recommendations.map((recommendation) => (
              <RecommendationEntry key={recommendation.id} slug={alliance.slug} recommendation={recommendation} />
            ))}
          </section>
        ))}
      </section>

      <section id="initiatives" aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading">{t('version.initiatives')}</h2>
        <Paragraphs text={version.initiativesText} empty={t('version.emptyText')} />
      </section>

      <section id="commitments" aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{t('version.commitments')}</h2>
        <Paragraphs text={version.commitments} empty={t('version.emptyText')} />
      </section>
    </>
  );
}
