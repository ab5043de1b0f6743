import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorSummary } from './ErrorSummary';

export interface WorkflowStepButtonProps {
  readonly label: string;
  /** When given, the step asks first: the question's title, text and confirming label. */
  readonly confirm?: { readonly title: string; readonly text: string; readonly label: string };
  readonly cancelLabel: string;
  /** The title above a refusal ("Das hat nicht geklappt"). */
  readonly failedTitle: string;
  readonly secondary?: boolean;
  /** Sends the step; resolves with null on success, otherwise with why not, in words. */
  readonly run: () => Promise<string | null>;
  /** After success (the page reloads and says what happened). */
  readonly onDone?: () => void;
}

/**
 * One workflow step (submit, sign off, open a phase, withdraw): a button, maybe a question in a
 * modal dialog, then either onDone or the reason why not above the button. A second press while
 * the step is under way does nothing.
 */
export function WorkflowStepButton({ label, confirm, cancelLabel, failedTitle, secondary, run, onDone }: WorkflowStepButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const send = async () => {
    setAsking(false);
    if (busy) return;
    setBusy(true);
    const refusal = await run();
    setBusy(false);
    setProblem(refusal);
    if (refusal === null) onDone?.();
    else setAttempt((count) => count + 1);
  };

  return (
    <div className="workflow-step">
      {problem !== null && (
        <ErrorSummary title={failedTitle} attempt={attempt}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <button
        type="button"
        className={secondary ? 'button button--secondary' : 'button'}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (busy) return;
          if (confirm) setAsking(true);
          else void send();
        }}
      >
        {label}
      </button>
      {confirm && (
        <ConfirmDialog
          open={asking}
          title={confirm.title}
          confirmLabel={confirm.label}
          cancelLabel={cancelLabel}
          onConfirm={() => void send()}
          onCancel={() => setAsking(false)}
        >
          <p>{confirm.text}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
