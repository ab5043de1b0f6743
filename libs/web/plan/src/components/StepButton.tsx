import { useState } from 'react';
import type { CombinedError } from 'urql';
import { ConfirmDialog, ErrorSummary } from '@pakt/web-ui';
import { usePlanMessages } from '../messages';
import { planProblem, type PlanProblem } from './outcome';

export interface StepButtonProps {
  readonly label: string;
  readonly confirmTitle: string;
  readonly confirmText: string;
  readonly confirmLabel: string;
  /** Sends the step; resolves with the api's error, if there was one. */
  readonly run: () => Promise<CombinedError | undefined>;
  /** After success, when `run` has not handled it already (the page reloads the version and says what happened). */
  readonly onDone?: () => void;
  /** After a refusal; a CONFLICT means the page should load the current state. */
  readonly onRefused?: (problem: PlanProblem) => void;
}

/** One workflow step of a version (reopen, sign off): a button, a question, then the answer or the reason why not. */
export function StepButton({ label, confirmTitle, confirmText, confirmLabel, run, onDone, onRefused }: StepButtonProps) {
  const { t } = usePlanMessages();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  const confirm = async () => {
    setAsking(false);
    if (busy) return;
    setBusy(true);
    const error = await run();
    setBusy(false);
    if (!error) {
      setProblem(null);
      onDone?.();
      return;
    }
    const refused = planProblem(error);
    setProblem(refused);
    setAttempt((count) => count + 1);
    onRefused?.(refused);
  };

  return (
    <div className="plan-step">
      {problem && (
        <ErrorSummary title={t('action.failed')} attempt={attempt}>
          <p>
            {problem.kind === 'conflict'
              ? t('action.conflict')
              : problem.kind === 'invalid' || problem.kind === 'not-found'
                ? t('action.refused')
                : t('action.retry')}
          </p>
        </ErrorSummary>
      )}
      <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && setAsking(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={asking}
        title={confirmTitle}
        confirmLabel={confirmLabel}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{confirmText}</p>
      </ConfirmDialog>
    </div>
  );
}
