import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { errorWithCode } from '@pakt/web-data';
import { ErrorSummary, PageTitle, SelectField, type FieldProblem } from '@pakt/web-ui';
import type { RecommendationContext } from '../access';
import { ContentFields, type FieldErrors } from '../components/ContentFields';
import { useFieldProblems } from '../components/field-problems';
import { WithRecommendationContext } from '../components/RecommendationGate';
import { EMPTY_CONTENT, type ContentValues } from '../content';
import { CreateRecommendationMutation } from '../graphql/mutations';
import { useRecommendationMessages } from '../messages';
import { recommendationPath, recommendationsPath } from '../paths';

const GROUP_FIELD_ID = 'recommendation-focusGroupId';

/** /alliances/:slug/recommendations/new[?group=] — a new draft in one of the viewer's groups. */
export function NewRecommendationPage() {
  return <WithRecommendationContext>{(context) => <NewRecommendation context={context} />}</WithRecommendationContext>;
}

function NewRecommendation({ context }: { context: RecommendationContext }) {
  const { t } = useRecommendationMessages();
  const navigate = useNavigate();
  const problems = useFieldProblems();
  const [params] = useSearchParams();
  const { alliance, draftingGroups } = context;
  const [groupId, setGroupId] = useState(
    draftingGroups.find((group) => group.id === params.get('group'))?.id ?? draftingGroups[0]?.id ?? '',
  );
  const group = draftingGroups.find((item) => item.id === groupId);
  const [values, setValues] = useState<ContentValues>({ ...EMPTY_CONTENT, actionFieldId: group?.actionFields[0]?.id ?? '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<FieldProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, create] = useMutation(CreateRecommendationMutation);

  const title = t('create.title');
  const back = (
    <Link to={recommendationsPath(alliance.slug, group?.id)} className="back-link">
      {t('common.toWorkspace')}
    </Link>
  );
  if (draftingGroups.length === 0) {
    return (
      <>
        <PageTitle title={title} />
        {back}
        <h1>{title}</h1>
        <p>{t('create.noGroups')}</p>
      </>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const result = await create({
      input: {
        focusGroupId: groupId,
        actionFieldId: values.actionFieldId,
        title: values.title.trim(),
        problem: values.problem,
        measure: values.measure,
        addresseeOrganisationIds: [...values.addresseeOrganisationIds],
        addresseeKinds: [...values.addresseeKinds],
        expectedEffect: values.expectedEffect,
        timeFrame: values.timeFrame,
        costNotes: values.costNotes.trim() === '' ? null : values.costNotes,
        citedIndicatorIds: [...values.citedIndicatorIds],
      },
    });
    const created = result.data?.createRecommendation;
    if (created) {
      navigate(recommendationPath(alliance.slug, created.id));
      return;
    }
    setAttempt((count) => count + 1);
    const invalid = errorWithCode(result.error, 'BAD_USER_INPUT');
    const fields = invalid?.extensions['fields'];
    if (invalid && typeof fields === 'object' && fields !== null) {
      const named = Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, String(message)]));
      const found = problems(named, values);
      setErrors(found.errors);
      const groupProblem = 'focusGroupId' in named ? [{ fieldId: GROUP_FIELD_ID, message: t('form.invalid', { label: t('fields.focusGroup') }) }] : [];
      setSummary([...groupProblem, ...found.summary]);
      setFailure(groupProblem.length + found.summary.length === 0 ? t('form.failed') : null);
      return;
    }
    setErrors({});
    setSummary([]);
    setFailure(errorWithCode(result.error, 'FORBIDDEN') ? t('create.noGroups') : t('form.failed'));
  };

  return (
    <>
      <PageTitle title={title} />
      {back}
      <h1>{title}</h1>
      <p className="lead">{t('create.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {summary && (
          <ErrorSummary title={t('form.errorSummary')} fields={summary} attempt={attempt}>
            {failure && <p>{failure}</p>}
          </ErrorSummary>
        )}
        <SelectField
          id={GROUP_FIELD_ID}
          label={t('fields.focusGroup')}
          value={groupId}
          options={draftingGroups.map((item) => ({ value: item.id, label: item.name }))}
          onChange={(id) => {
            setGroupId(id);
            const next = draftingGroups.find((item) => item.id === id);
            setValues((current) => ({ ...current, actionFieldId: next?.actionFields[0]?.id ?? '' }));
          }}
          error={null}
        />
        {group && group.actionFields.length === 0 && <p className="muted">{t('create.noActionFields')}</p>}
        <ContentFields
          alliance={alliance}
          actionFields={group?.actionFields ?? []}
          values={values}
          onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
          errors={errors}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t('create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
