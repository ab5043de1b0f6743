import type { CombinedError } from 'urql';
import { WorkflowStepButton } from '@pakt/web-ui';
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
  return (
    <WorkflowStepButton
      label={label}
      confirm={{ title: confirmTitle, text: confirmText, label: confirmLabel }}
      cancelLabel={t('common.cancel')}
      failedTitle={t('action.failed')}
      run={async () => {
        const error = await run();
        if (!error) return null;
        const refused = planProblem(error);
        onRefused?.(refused);
        return refused.kind === 'conflict'
          ? t('action.conflict')
          : refused.kind === 'invalid' || refused.kind === 'not-found'
            ? t('action.refused')
            : t('action.retry');
      }}
      onDone={onDone}
    />
  );
}
