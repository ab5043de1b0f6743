import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useClient, useMutation } from 'urql';
import type { PlanBuilderQuery as PlanBuilderData, PlanRecommendationFieldsFragment } from '@pakt/web-data';
import { CheckboxGroup, ConfirmDialog, ErrorSummary, StatusNotice, TextAreaField, TextField, type FieldProblem } from '@pakt/web-ui';
import { SubmitPlanVersionMutation, UpdatePlanVersionMutation } from '../graphql/mutations';
import { PlanBuilderQuery } from '../graphql/queries';
import { usePlanMessages } from '../messages';
import { planVersionPath } from '../paths';
import { ConflictPanel } from './ConflictPanel';
import { useFocusAfterRender } from './focus-later';
import { planProblem, type PlanProblem } from './outcome';
import { draftOf, moveBy, moveWithinGroup, sameDraft, type DraftText, type PlanDraft } from './plan-draft';
import { RecommendationChooser } from './RecommendationChooser';
import { ReorderList } from './ReorderList';

type Alliance = NonNullable<PlanBuilderData['alliance']>;
type Version = NonNullable<PlanBuilderData['planVersion']>;

interface BuilderFormProps {
  readonly alliance: Alliance;
  readonly version: Version;
  readonly candidates: readonly PlanRecommendationFieldsFragment[];
}

/** The navigation state the reader shows as a notice after the builder sent it there. */
export interface ReaderNotice {
  readonly notice: string;
}

/**
 * The plan builder: texts, indicators and recommendations of a draft version, saved explicitly
 * with optimistic locking (a stale save keeps the input and offers the comparison), then
 * submitted for sign-off.
 */
export function BuilderForm({ alliance, version, candidates }: BuilderFormProps) {
  const { t } = usePlanMessages();
  const client = useClient();
  const navigate = useNavigate();
  const baseId = useId();
  const [, update] = useMutation(UpdatePlanVersionMutation);
  const [, submitVersion] = useMutation(SubmitPlanVersionMutation);
  const { register, focusLater } = useFocusAfterRender();

  const [saved, setSaved] = useState<{ draft: PlanDraft; version: number }>(() => ({ draft: draftOf(version), version: version.version }));
  const [draft, setDraft] = useState<PlanDraft>(saved.draft);
  // After a CONFLICT: the version as stored now, to compare with what was typed.
  const [theirs, setTheirs] = useState<{ draft: PlanDraft; version: number } | null>(null);
  const [problem, setProblem] = useState<{ title: string; problem: PlanProblem } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const dirty = !sameDraft(draft, saved.draft);
  const fieldId = (name: string) => `${baseId}-${name}`;
  const labels: Record<string, string> = {
    title: t('builder.fieldTitle'),
    situationAssessment: t('builder.situation'),
    initiativesText: t('builder.initiatives'),
    commitments: t('builder.commitments'),
    indicatorIds: t('builder.indicators'),
    recommendationIds: t('builder.recommendations'),
  };
  // The api names the input field; a submit may name the list without "Ids".
  const fieldOf = (name: string) => (name === 'recommendations' || name === 'indicators' ? `${name.slice(0, -1)}Ids` : name);
  const fieldErrors: Record<string, string> = {};
  if (problem?.problem.kind === 'invalid') {
    for (const [name, detail] of Object.entries(problem.problem.fields)) {
      const field = fieldOf(name);
      const label = labels[field];
      if (!label) continue;
      const value = draft[field as keyof PlanDraft];
      const empty = typeof value === 'string' ? value.trim() === '' : value.length === 0;
      fieldErrors[field] = empty
        ? t('builder.required', { label })
        : detail
          ? t('builder.invalidDetail', { label, detail })
          : t('builder.invalid', { label });
    }
  }
  const summaryFields: FieldProblem[] = Object.entries(fieldErrors).map(([field, message]) => ({ fieldId: fieldId(field), message }));
  const errorOf = (field: string) => fieldErrors[field] ?? null;

  const fail = (title: string, refused: PlanProblem) => {
    setProblem({ title, problem: refused });
    setAttempt((count) => count + 1);
  };

  /** Saves the draft; resolves with the version number to go on with, or null when refused. */
  const save = async (): Promise<number | null> => {
    const result = await update({
      input: {
        id: version.id,
        version: saved.version,
        title: draft.title.trim(),
        situationAssessment: draft.situationAssessment,
        initiativesText: draft.initiativesText,
        commitments: draft.commitments,
        indicatorIds: [...draft.indicatorIds],
        recommendationIds: [...draft.recommendationIds],
      },
    });
    const stored = result.data?.updatePlanVersion;
    if (stored) {
      setSaved({ draft: { ...draft, title: draft.title.trim() }, version: stored.version });
      setDraft((current) => ({ ...current, title: current.title.trim() }));
      setProblem(null);
      setTheirs(null);
      return stored.version;
    }
    const refused = result.error ? planProblem(result.error) : ({ kind: 'failed' } as const);
    fail(t('builder.errorSummary'), refused);
    if (refused.kind === 'conflict') await loadTheirs();
    return null;
  };

  const loadTheirs = async () => {
    const current = await client
      .query(PlanBuilderQuery, { slug: alliance.slug, id: version.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const stored = current.data?.planVersion;
    if (stored) setTheirs({ draft: draftOf(stored), version: stored.version });
  };

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setNotice(null);
    const ok = await save();
    setBusy(false);
    if (ok !== null) setNotice(t('builder.saved'));
  };

  const onSubmit = async () => {
    setConfirming(false);
    if (busy) return;
    setBusy(true);
    setNotice(null);
    const current = dirty ? await save() : saved.version;
    if (current === null) {
      setBusy(false);
      return;
    }
    const result = await submitVersion({ input: { id: version.id, version: current } });
    setBusy(false);
    if (result.data?.submitPlanVersion) {
      const state: ReaderNotice = { notice: t('builder.submitted') };
      void navigate(planVersionPath(alliance.slug, version.id), { state });
      return;
    }
    const refused = result.error ? planProblem(result.error) : ({ kind: 'failed' } as const);
    fail(t('builder.submitFailed'), refused);
    if (refused.kind === 'conflict') await loadTheirs();
  };

  const setText = (field: DraftText) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  // Indicators: chosen by checkbox (appended at the end), ordered below.
  const indicatorById = new Map([...alliance.indicators, ...version.indicators].map((indicator) => [indicator.id, indicator]));
  const chooseIndicators = (selected: readonly string[]) =>
    setDraft((current) => ({
      ...current,
      indicatorIds: [...current.indicatorIds.filter((id) => selected.includes(id)), ...selected.filter((id) => !current.indicatorIds.includes(id))],
    }));
  const moveIndicator = (id: string, delta: -1 | 1) => {
    const indicatorIds = moveBy(draft.indicatorIds, id, delta);
    setDraft((current) => ({ ...current, indicatorIds }));
    announceMove(indicatorById.get(id)?.name ?? '', indicatorIds.indexOf(id), indicatorIds.length);
    focusLater(`${delta < 0 ? 'up' : 'down'}:${id}`);
  };

  // Recommendations: by action field, ordered within it.
  const recommendationById = new Map<string, PlanRecommendationFieldsFragment>(
    [...version.recommendations.map((entry) => entry.recommendation), ...candidates].map((recommendation) => [recommendation.id, recommendation]),
  );
  const groupOf = (id: string) => recommendationById.get(id)?.actionField.id ?? '';
  const moveRecommendation = (id: string, delta: -1 | 1) => {
    const recommendationIds = moveWithinGroup(draft.recommendationIds, id, delta, groupOf);
    setDraft((current) => ({ ...current, recommendationIds }));
    const group = recommendationIds.filter((other) => groupOf(other) === groupOf(id));
    announceMove(recommendationById.get(id)?.title ?? '', group.indexOf(id), group.length);
    focusLater(`${delta < 0 ? 'up' : 'down'}:${id}`);
  };
  const addRecommendation = (id: string) => {
    setDraft((current) => ({ ...current, recommendationIds: [...current.recommendationIds, id] }));
    setAnnouncement(t('builder.added', { title: recommendationById.get(id)?.title ?? '' }));
    focusLater(`remove:${id}`);
  };
  const removeRecommendation = (id: string) => {
    setDraft((current) => ({ ...current, recommendationIds: current.recommendationIds.filter((other) => other !== id) }));
    setAnnouncement(t('builder.removed', { title: recommendationById.get(id)?.title ?? '' }));
    focusLater(`add:${id}`);
  };
  const announceMove = (title: string, index: number, count: number) =>
    setAnnouncement(t('builder.moved', { title, position: index + 1, count }));

  return (
    <form className="form plan-builder" noValidate onSubmit={(event) => void onSave(event)}>
      {problem && (
        <ErrorSummary title={problem.title} fields={summaryFields} attempt={attempt}>
          {problem.problem.kind === 'conflict' ? (
            <p>{t('builder.conflict')}</p>
          ) : problem.problem.kind === 'not-found' ? (
            <p>{t('builder.notFound')}</p>
          ) : summaryFields.length === 0 ? (
            <p>
              {problem.problem.kind === 'invalid' && Object.values(problem.problem.fields).length > 0
                ? Object.values(problem.problem.fields).join(' ')
                : t('builder.failed')}
            </p>
          ) : null}
        </ErrorSummary>
      )}
      {theirs && (
        <ConflictPanel
          mine={draft}
          theirs={theirs.draft}
          describeIndicators={(ids) => ids.map((id) => indicatorById.get(id)?.name ?? id)}
          describeRecommendations={(ids) => ids.map((id) => recommendationById.get(id)?.title ?? id)}
          onKeepMine={() => {
            setSaved(theirs);
            setTheirs(null);
            setProblem(null);
            setNotice(t('builder.keptMine'));
          }}
          onTakeTheirs={() => {
            setSaved(theirs);
            setDraft(theirs.draft);
            setTheirs(null);
            setProblem(null);
            setNotice(t('builder.tookTheirs'));
          }}
        />
      )}

      <section aria-labelledby={`${baseId}-texts`}>
        <h2 id={`${baseId}-texts`}>{t('builder.texts')}</h2>
        <TextField
          id={fieldId('title')}
          label={t('builder.fieldTitle')}
          autoComplete="off"
          required
          value={draft.title}
          onChange={setText('title')}
          error={errorOf('title')}
        />
        <TextAreaField
          id={fieldId('situationAssessment')}
          label={t('builder.situation')}
          hint={t('builder.situationHint')}
          rows={10}
          value={draft.situationAssessment}
          onChange={setText('situationAssessment')}
          error={errorOf('situationAssessment')}
        />
        <TextAreaField
          id={fieldId('initiativesText')}
          label={t('builder.initiatives')}
          rows={5}
          value={draft.initiativesText}
          onChange={setText('initiativesText')}
          error={errorOf('initiativesText')}
        />
        <TextAreaField
          id={fieldId('commitments')}
          label={t('builder.commitments')}
          rows={5}
          value={draft.commitments}
          onChange={setText('commitments')}
          error={errorOf('commitments')}
        />
      </section>

      <section aria-labelledby={`${baseId}-indicators`}>
        <h2 id={`${baseId}-indicators`}>{t('builder.indicators')}</h2>
        {alliance.indicators.length === 0 ? (
          <p className="muted">{t('builder.noIndicators')}</p>
        ) : (
          <CheckboxGroup
            id={fieldId('indicatorIds')}
            legend={t('builder.indicatorsChoice')}
            hint={t('builder.indicatorsHint')}
            error={errorOf('indicatorIds')}
            options={alliance.indicators.map((indicator) => ({ value: indicator.id, label: `${indicator.name} (${indicator.unit})` }))}
            selected={draft.indicatorIds}
            onChange={chooseIndicators}
          />
        )}
        {draft.indicatorIds.length > 1 && (
          <>
            <h3>{t('builder.indicatorOrder')}</h3>
            <ReorderList
              label={t('builder.indicatorOrder')}
              items={draft.indicatorIds.map((id) => ({ id, title: indicatorById.get(id)?.name ?? id }))}
              onMove={moveIndicator}
              register={register}
            />
          </>
        )}
      </section>

      <section aria-labelledby={`${baseId}-recommendations`}>
        <h2 id={`${baseId}-recommendations`}>{t('builder.recommendations')}</h2>
        <p>{t('builder.recommendationsIntro')}</p>
        {errorOf('recommendationIds') && (
          <p id={fieldId('recommendationIds')} tabIndex={-1} className="field__error">
            {errorOf('recommendationIds')}
          </p>
        )}
        <RecommendationChooser
          actionFields={alliance.actionFields}
          chosenIds={draft.recommendationIds}
          candidates={candidates}
          byId={recommendationById}
          onAdd={addRecommendation}
          onRemove={removeRecommendation}
          onMove={moveRecommendation}
          register={register}
        />
      </section>
      <StatusNotice message={announcement} />

      <div className="actions plan-builder__actions">
        <button type="submit" className="button">
          {t('builder.save')}
        </button>
        {version.viewerMaySubmit && (
          <button type="button" className="button button--secondary" onClick={() => !busy && setConfirming(true)}>
            {t('builder.submit')}
          </button>
        )}
        {busy && <span className="status">{t('builder.saving')}</span>}
        {!busy && dirty && <span className="status">{t('builder.unsaved')}</span>}
      </div>
      <StatusNotice message={notice} />
      <ConfirmDialog
        open={confirming}
        title={t('builder.submitTitle', { number: version.number })}
        confirmLabel={t('builder.submitConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void onSubmit()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('builder.submitText')}</p>
      </ConfirmDialog>
    </form>
  );
}
