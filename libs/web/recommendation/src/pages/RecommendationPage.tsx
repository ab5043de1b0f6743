import { useCallback, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert, Fact, Facts, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import type { RecommendationContext } from '../access';
import { Comments } from '../components/Comments';
import type { FieldErrors } from '../components/ContentFields';
import { Editor } from '../components/Editor';
import { ReadView } from '../components/ReadView';
import { WithRecommendationContext } from '../components/RecommendationGate';
import { TransitionList } from '../components/TransitionList';
import { useAutosave, type Autosave } from '../components/use-autosave';
import { WorkflowActions } from '../components/WorkflowActions';
import { contentOf, type ContentValues, type Recommendation } from '../content';
import { SetRecommendationSupportMutation } from '../graphql/mutations';
import { RecommendationQuery } from '../graphql/queries';
import { useRecommendationMessages } from '../messages';
import { recommendationHistoryPath, recommendationsPath } from '../paths';

/** /alliances/:slug/recommendations/:id — read, edit (saved as you type), take workflow steps, discuss. */
export function RecommendationPage() {
  return <WithRecommendationContext>{(context) => <LoadedRecommendation context={context} />}</WithRecommendationContext>;
}

function LoadedRecommendation({ context }: { context: RecommendationContext }) {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: RecommendationQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const recommendation = data.recommendation;
  // Another alliance's recommendation under this alliance's address is as unknown as a wrong id.
  if (!recommendation || !context.alliance.bodies.some((body) => body.id === recommendation.focusGroup.id)) return <NotFound />;
  return <RecommendationDetail key={recommendation.id} context={context} recommendation={recommendation} />;
}

function RecommendationDetail({ context, recommendation }: { context: RecommendationContext; recommendation: Recommendation }) {
  const { t } = useRecommendationMessages();
  const format = useFormat();
  const { alliance } = context;
  const workflowId = useId();
  const autosave = useAutosave(recommendation);
  const [stepErrors, setStepErrors] = useState<FieldErrors>({});
  const group = alliance.bodies.find((body) => body.id === recommendation.focusGroup.id);
  const actionFields = group && group.actionFields.length > 0 ? group.actionFields : [recommendation.actionField];
  const editing = recommendation.viewerMayEdit;

  // Editing a field clears what a workflow step said about it.
  const change = useCallback(
    (patch: Partial<ContentValues>) => {
      autosave.change(patch);
      setStepErrors((errors) => {
        const keys = Object.keys(patch);
        return keys.some((key) => key in errors) ? Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key))) : errors;
      });
    },
    [autosave],
  );
  const editor: Autosave = { ...autosave, change };

  const prepare = async () => {
    if (!editing) return { ok: true, version: recommendation.version, values: contentOf(recommendation) };
    const ok = await autosave.flush();
    return { ok, version: Math.max(autosave.version(), recommendation.version), values: autosave.values };
  };

  const lastReturn = recommendation.state === 'RETURNED' ? recommendation.transitions.filter((step) => step.action === 'RETURN').at(-1) : undefined;

  return (
    <>
      <PageTitle title={recommendation.title} />
      <Link to={recommendationsPath(alliance.slug, recommendation.focusGroup.id)} className="back-link">
        {t('common.toWorkspace')}
      </Link>
      <h1>{recommendation.title}</h1>
      <Facts>
        <Fact term={t('fields.state')}>
          <span className={`state-badge state-badge--${recommendation.state.toLowerCase()}`}>{t(`states.${recommendation.state}`)}</span>
        </Fact>
        <Fact term={t('fields.focusGroup')}>{recommendation.focusGroup.name}</Fact>
        <Fact term={t('fields.actionField')}>{recommendation.actionField.title}</Fact>
        <Fact term={t('fields.authors')}>{recommendation.authors.map((author) => author.displayName).join(', ') || t('common.none')}</Fact>
        <Fact term={t('fields.revision')}>{format.number(recommendation.revision)}</Fact>
        <Fact term={t('fields.updatedAt')}>{format.dateTime(recommendation.updatedAt)}</Fact>
      </Facts>
      {lastReturn?.comment && (
        <div className="notice returned-reason">
          <p className="alert__title">{t('detail.returnedBecause')}</p>
          <p className="prose">{lastReturn.comment}</p>
        </div>
      )}
      <p>
        <Link to={recommendationHistoryPath(alliance.slug, recommendation.id)}>{t('detail.showHistory')}</Link>
      </p>
      <Support recommendation={recommendation} />

      <section aria-labelledby={workflowId}>
        <h2 id={workflowId}>{t('detail.workflow')}</h2>
        <WorkflowActions recommendation={recommendation} prepare={prepare} onFieldErrors={setStepErrors} />
      </section>

      {editing ? (
        <Editor alliance={alliance} actionFields={actionFields} autosave={editor} stepErrors={stepErrors} />
      ) : (
        <ReadView recommendation={recommendation} />
      )}
      <TransitionList transitions={recommendation.transitions} />
      <Comments recommendationId={recommendation.id} mayDiscuss={recommendation.viewerMayDiscuss} />
    </>
  );
}

/** "Unterstützen" as a toggle button (aria-pressed), with how many support it. */
function Support({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useRecommendationMessages();
  const [{ fetching }, setSupport] = useMutation(SetRecommendationSupportMutation);
  const [failed, setFailed] = useState(false);
  const count = t('detail.supportCount', { count: recommendation.supportCount });
  if (!recommendation.viewerMayDiscuss) return <p className="muted">{count}</p>;
  return (
    <div className="support">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={recommendation.viewerSupports}
        disabled={fetching}
        onClick={async () => {
          const result = await setSupport({ input: { recommendationId: recommendation.id, support: !recommendation.viewerSupports } });
          setFailed(result.error !== undefined);
        }}
      >
        {t('detail.support')}
      </button>{' '}
      <span role="status">{count}</span>
      {failed && <ErrorAlert message={t('form.failed')} />}
    </div>
  );
}
