import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { hasChanges } from '@pakt/domain';
import type { PlanRecommendationFieldsFragment } from '@pakt/web-data';
import { ErrorAlert, ErrorSummary, LoadingStatus, NotFound, PageTitle, SelectField, WordDiff, type WordDiffSegment } from '@pakt/web-ui';
import { PlanCompareQuery, PlanOverviewQuery } from '../graphql/queries';
import { usePlanMessages } from '../messages';
import { planComparePath, planPath, planVersionPath } from '../paths';

/** /alliances/:slug/plan/compare?from=&to= — two versions side by side: word changes per text, lists added and removed. */
export function PlanComparePage() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = usePlanMessages();
  const [{ data, error }, reexecute] = useQuery({ query: PlanOverviewQuery, variables: { slug } });
  const fromId = search.get('from') ?? '';
  const toId = search.get('to') ?? '';

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  if (!alliance) return <NotFound />;
  const versions = alliance.plan?.versions ?? [];
  const known = (id: string) => versions.some((version) => version.id === id);
  const ready = fromId !== '' && toId !== '' && fromId !== toId && known(fromId) && known(toId);

  return (
    <>
      <PageTitle title={t('compare.titleOf', { name: alliance.name })} />
      <Link to={planPath(alliance.slug)} className="back-link">
        {t('common.toPlan')}
      </Link>
      <h1>{t('compare.titleOf', { name: alliance.name })}</h1>
      {versions.length < 2 ? (
        <p className="lead">{t('compare.needTwo')}</p>
      ) : (
        <ChooseVersions
          key={`${fromId}:${toId}`}
          slug={alliance.slug}
          options={versions.map((version) => ({
            value: version.id,
            label: `${t('common.versionNameWithState', { number: version.number, state: t(`states.${version.state}`) })}: ${version.title}`,
          }))}
          fromId={known(fromId) ? fromId : (versions[1]?.id ?? '')}
          toId={known(toId) ? toId : (versions[0]?.id ?? '')}
        />
      )}
      {ready && <Comparison slug={alliance.slug} fromId={fromId} toId={toId} />}
    </>
  );
}

function ChooseVersions({ slug, options, fromId, toId }: { slug: string; options: { value: string; label: string }[]; fromId: string; toId: string }) {
  const { t } = usePlanMessages();
  const navigate = useNavigate();
  const baseId = useId();
  const [from, setFrom] = useState(fromId);
  const [to, setTo] = useState(toId);
  const [invalid, setInvalid] = useState(0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (from === to) {
      setInvalid((count) => count + 1);
      return;
    }
    void navigate(planComparePath(slug, from, to));
  };
  const sameError = invalid > 0 && from === to ? t('compare.chooseTwo') : null;
  return (
    <form className="form plan-compare-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={submit}>
      <h2 id={`${baseId}-heading`}>{t('compare.choose')}</h2>
      {sameError && <ErrorSummary title={t('compare.chooseTwo')} attempt={invalid} fields={[{ fieldId: `${baseId}-to`, message: sameError }]} />}
      <SelectField id={`${baseId}-from`} label={t('compare.from')} value={from} options={options} onChange={setFrom} error={null} />
      <SelectField id={`${baseId}-to`} label={t('compare.to')} value={to} options={options} onChange={setTo} error={sameError} />
      <div className="actions">
        <button type="submit" className="button">
          {t('compare.show')}
        </button>
      </div>
    </form>
  );
}

function Comparison({ slug, fromId, toId }: { slug: string; fromId: string; toId: string }) {
  const { t } = usePlanMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  const [{ data, error }, reexecute] = useQuery({ query: PlanCompareQuery, variables: { fromId, toId } });
  const loaded = data !== undefined;
  // A new comparison is announced by moving focus to its heading.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded, fromId, toId]);

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const comparison = data.comparePlanVersions;
  const texts: { key: string; label: string; segments: readonly WordDiffSegment[] }[] = [
    { key: 'title', label: t('compare.fieldTitle'), segments: comparison.title },
    { key: 'situationAssessment', label: t('version.situation'), segments: comparison.situationAssessment },
    { key: 'initiativesText', label: t('version.initiatives'), segments: comparison.initiativesText },
    { key: 'commitments', label: t('version.commitments'), segments: comparison.commitments },
  ];

  return (
    <section aria-labelledby="comparison-heading" className="plan-comparison">
      <h2 id="comparison-heading" ref={heading} tabIndex={-1}>
        {t('compare.result', { from: comparison.from.number, to: comparison.to.number })}
      </h2>
      <p>
        <Link to={planVersionPath(slug, comparison.from.id)}>{t('common.versionName', { number: comparison.from.number })}</Link>
        {' · '}
        <Link to={planVersionPath(slug, comparison.to.id)}>{t('common.versionName', { number: comparison.to.number })}</Link>
      </p>
      <p className="muted">{t('compare.legend')}</p>
      {texts.map((text) => (
        <section key={text.key} aria-labelledby={`compare-${text.key}`}>
          <h3 id={`compare-${text.key}`}>{text.label}</h3>
          {hasChanges(text.segments) ? (
            <div className="plan-text">
              <WordDiff segments={text.segments} />
            </div>
          ) : (
            <p className="muted">{t('compare.unchanged')}</p>
          )}
        </section>
      ))}
      <ChangedList id="added-recommendations" title={t('compare.addedRecommendations')} names={comparison.addedRecommendations.map(describe)} />
      <ChangedList id="removed-recommendations" title={t('compare.removedRecommendations')} names={comparison.removedRecommendations.map(describe)} />
      <ChangedList id="added-indicators" title={t('compare.addedIndicators')} names={comparison.addedIndicators.map((indicator) => indicator.name)} />
      <ChangedList id="removed-indicators" title={t('compare.removedIndicators')} names={comparison.removedIndicators.map((indicator) => indicator.name)} />
    </section>
  );
}

function describe(recommendation: PlanRecommendationFieldsFragment): string {
  return `${recommendation.title} (${recommendation.actionField.title})`;
}

function ChangedList({ id, title, names }: { id: string; title: string; names: readonly string[] }) {
  const { t } = usePlanMessages();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {names.length === 0 ? (
        <p className="muted">{t('compare.noneChanged')}</p>
      ) : (
        <ul>
          {names.map((name, index) => (
            <li key={index}>{name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
