import { useId, useState } from 'react';
import type { BallotStatus } from '@pakt/domain';
import type { CombinedError } from 'urql';
import { ConfirmDialog, ErrorSummary } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';
import { ballotProblem, type BallotProblem, problemText } from './problem';

type Step = 'open' | 'close' | 'cancel';

export interface ControlPanelProps {
  readonly status: BallotStatus;
  readonly cast: number;
  readonly eligible: number;
  /** Runs a step; resolves with the api's error, if there was one. */
  readonly run: (step: Step) => Promise<CombinedError | undefined>;
}

const STEPS: Record<BallotStatus, readonly Step[]> = {
  DRAFT: ['open', 'cancel'],
  OPEN: ['close', 'cancel'],
  CLOSED: [],
  CANCELLED: [],
};

/** For the body's chair, deputy and secretariat: open, close or cancel the ballot, each after a question. */
export function ControlPanel({ status, cast, eligible, run }: ControlPanelProps) {
  const { t } = useDecisionsMessages();
  const headingId = useId();
  const [asking, setAsking] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<BallotProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const steps = STEPS[status];
  if (steps.length === 0) return null;

  const confirm = async (step: Step) => {
    setAsking(null);
    if (busy) return;
    setBusy(true);
    const error = await run(step);
    setBusy(false);
    if (error) {
      setProblem(ballotProblem(error));
      setAttempt((count) => count + 1);
    } else {
      setProblem(null);
    }
  };

  const texts: Record<Step, { label: string; title: string; text: string }> = {
    open: { label: t('control.open'), title: t('control.openTitle'), text: t('control.openText') },
    close: { label: t('control.close'), title: t('control.closeTitle'), text: t('control.closeText', { cast, eligible }) },
    cancel: { label: t('control.cancel'), title: t('control.cancelTitle'), text: t('control.cancelText') },
  };
  const current = asking ? texts[asking] : null;

  return (
    <section aria-labelledby={headingId} className="ballot-control">
      <h2 id={headingId}>{t('control.title')}</h2>
      {problem && (
        <ErrorSummary title={t('control.failed')} attempt={attempt}>
          <p>{problemText(t, problem)}</p>
        </ErrorSummary>
      )}
      <div className="actions">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            className={step === 'cancel' ? 'button button--secondary' : 'button'}
            aria-disabled={busy || undefined}
            onClick={() => !busy && setAsking(step)}
          >
            {texts[step].label}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={current !== null}
        title={current?.title ?? ''}
        confirmLabel={current?.label ?? ''}
        cancelLabel={t('common.cancel')}
        onConfirm={() => asking && void confirm(asking)}
        onCancel={() => setAsking(null)}
      >
        <p>{current?.text}</p>
      </ConfirmDialog>
    </section>
  );
}
