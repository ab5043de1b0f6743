import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { RecommendationAction } from '@pakt/domain';
import { errorWithCode } from '@pakt/web-data';
import { ConfirmDialog, ErrorSummary, TextAreaField, type FieldProblem } from '@pakt/web-ui';
import { EMPTY_CONTENT, type ContentValues, type Recommendation } from '../content';
import { TransitionRecommendationMutation } from '../graphql/mutations';
import { useRecommendationMessages } from '../messages';
import type { FieldErrors } from './ContentFields';
import { useFieldProblems } from './field-problems';

/** Actions that ask first; those needing a reason ask for it in the dialog. */
const ASKING: Partial<Record<RecommendationAction, { title: 'detail.confirmReturn' | 'detail.confirmReject' | 'detail.confirmWithdraw'; text: 'detail.confirmReturnText' | 'detail.confirmRejectText' | 'detail.confirmWithdrawText'; reason: boolean }>> = {
  RETURN: { title: 'detail.confirmReturn', text: 'detail.confirmReturnText', reason: true },
  REJECT: { title: 'detail.confirmReject', text: 'detail.confirmRejectText', reason: true },
  WITHDRAW: { title: 'detail.confirmWithdraw', text: 'detail.confirmWithdrawText', reason: false },
};
const ORDER: readonly RecommendationAction[] = ['SUBMIT', 'APPROVE', 'RETURN', 'REJECT', 'WITHDRAW'];

interface WorkflowActionsProps {
  readonly recommendation: Recommendation;
  /** For editable recommendations: saves what is typed first and gives the version to act on. */
  readonly prepare: () => Promise<{ ok: boolean; version: number; values: ContentValues | null }>;
  readonly onFieldErrors: (errors: FieldErrors) => void;
}

type Outcome =
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'fields'; readonly summary: FieldProblem[]; readonly attempt: number }
  | { readonly kind: 'problem'; readonly message: string; readonly attempt: number };

/** The workflow steps the viewer may take now, each with its question, reason and outcome. */
export function WorkflowActions({ recommendation, prepare, onFieldErrors }: WorkflowActionsProps) {
  const { t } = useRecommendationMessages();
  const problems = useFieldProblems();
  const [, transition] = useMutation(TransitionRecommendationMutation);
  const [asking, setAsking] = useState<RecommendationAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  const reasonId = useId();
  const actions = ORDER.filter((action) => recommendation.viewerActions.includes(action));

  useEffect(() => {
    if (outcome?.kind === 'done') notice.current?.focus();
  }, [outcome]);

  const act = async (action: RecommendationAction, comment: string | null) => {
    setBusy(true);
    const prepared = await prepare();
    if (!prepared.ok) {
      setBusy(false);
      setOutcome({ kind: 'problem', message: t('detail.saveFirst'), attempt: Date.now() });
      return;
    }
    const result = await transition({ input: { id: recommendation.id, version: prepared.version, action, comment } });
    setBusy(false);
    const moved = result.data?.transitionRecommendation;
    if (moved) {
      onFieldErrors({});
      setOutcome({ kind: 'done', message: t('detail.done', { action: t(`actions.${action}`), state: t(`states.${moved.state}`) }) });
      return;
    }
    const invalid = errorWithCode(result.error, 'BAD_USER_INPUT');
    const fields = invalid?.extensions['fields'];
    if (invalid && typeof fields === 'object' && fields !== null) {
      const named = Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, String(message)]));
      const found = problems(named, prepared.values ?? EMPTY_CONTENT);
      onFieldErrors(found.errors);
      if (found.summary.length > 0) {
        setOutcome({ kind: 'fields', summary: found.summary, attempt: Date.now() });
        return;
      }
      if ('comment' in named) {
        setOutcome({ kind: 'problem', message: t('detail.reasonRequired'), attempt: Date.now() });
        return;
      }
      setOutcome({ kind: 'problem', message: t('form.wrongState'), attempt: Date.now() });
      return;
    }
    const message = errorWithCode(result.error, 'CONFLICT')
      ? t('autosave.conflict')
      : errorWithCode(result.error, 'NOT_FOUND') || errorWithCode(result.error, 'FORBIDDEN')
        ? t('form.notFound')
        : t('form.failed');
    setOutcome({ kind: 'problem', message, attempt: Date.now() });
  };

  const start = (action: RecommendationAction) => {
    setOutcome(null);
    if (ASKING[action]) {
      setReason('');
      setReasonError(null);
      setAsking(action);
    } else {
      void act(action, null);
    }
  };

  const confirm = () => {
    if (!asking) return;
    const needsReason = ASKING[asking]?.reason ?? false;
    if (needsReason && reason.trim() === '') {
      setReasonError(t('detail.reasonRequired'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    const action = asking;
    setAsking(null);
    void act(action, needsReason ? reason.trim() : null);
  };

  const question = asking ? ASKING[asking] : undefined;
  return (
    <>
      {outcome?.kind === 'fields' && <ErrorSummary title={t('detail.submitProblems')} fields={outcome.summary} attempt={outcome.attempt} />}
      {outcome?.kind === 'problem' && (
        <ErrorSummary title={t('form.errorSummary')} attempt={outcome.attempt}>
          <p>{outcome.message}</p>
        </ErrorSummary>
      )}
      <p ref={notice} tabIndex={-1} role="status" className={outcome?.kind === 'done' ? 'notice' : 'notice notice--empty'}>
        {outcome?.kind === 'done' ? outcome.message : null}
      </p>
      {actions.length > 0 && (
        <div className="actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'REJECT' || action === 'WITHDRAW' ? 'button button--secondary' : 'button'}
              disabled={busy}
              onClick={() => start(action)}
            >
              {t(`actions.${action}`)}
            </button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={question !== undefined}
        title={question ? t(question.title) : ''}
        confirmLabel={asking ? t(`actions.${asking}`) : ''}
        cancelLabel={t('detail.cancel')}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        {question && <p>{t(question.text)}</p>}
        {question?.reason && (
          <TextAreaField id={reasonId} label={t('detail.reason')} value={reason} onChange={setReason} error={reasonError} rows={4} />
        )}
      </ConfirmDialog>
    </>
  );
}
