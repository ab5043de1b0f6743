import { useId, useState } from 'react';
import type { CombinedError } from 'urql';
import { toLocalDate, type InitiativeStatus } from '@pakt/domain';
import { writeProblem } from '@pakt/web-indicator';
import { ConfirmDialog, DateField, ErrorSummary, TextAreaField } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { DoneNotice } from './DoneNotice';

export interface StatusChange {
  readonly to: InitiativeStatus;
  readonly note: string;
  readonly effectiveOn: string;
}

interface StatusActionsProps {
  /** The statuses the viewer may move the initiative to now, as the api says. */
  readonly available: readonly InitiativeStatus[];
  /** Sends the change; resolves with the api's error, if there was one. */
  readonly onChange: (change: StatusChange) => Promise<CombinedError | undefined>;
}

type Outcome = { readonly kind: 'done'; readonly message: string } | { readonly kind: 'problem'; readonly messages: readonly string[]; readonly attempt: number };

/**
 * One button per status the initiative may move to. Each asks in a dialog for the day it takes
 * effect and a note (for CANCELLED: the reason); the change then appears in the timeline.
 */
export function StatusActions({ available, onChange }: StatusActionsProps) {
  const { t } = useInitiativeMessages();
  const ids = { note: useId(), date: useId() };
  const [asking, setAsking] = useState<InitiativeStatus | null>(null);
  const [note, setNote] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(() => toLocalDate(new Date()));
  const [noteError, setNoteError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const start = (to: InitiativeStatus) => {
    setOutcome(null);
    setNote('');
    setNoteError(null);
    setEffectiveOn(toLocalDate(new Date()));
    setAsking(to);
  };

  const confirm = async () => {
    if (!asking || busy) return;
    if (note.trim() === '') {
      setNoteError(asking === 'CANCELLED' ? t('detail.reasonRequired') : t('form.required', { label: t('detail.note') }));
      document.getElementById(ids.note)?.focus();
      return;
    }
    const to = asking;
    setAsking(null);
    setBusy(true);
    const error = await onChange({ to, note: note.trim(), effectiveOn });
    setBusy(false);
    if (!error) {
      setOutcome({ kind: 'done', message: t('detail.statusChanged', { status: t(`statuses.${to}`) }) });
      return;
    }
    const problem = writeProblem(error);
    const messages =
      problem.kind === 'invalid' && Object.keys(problem.fields).length > 0
        ? Object.values(problem.fields)
        : [problem.kind === 'not-found' ? t('form.notFound') : problem.kind === 'invalid' || problem.kind === 'conflict' ? t('detail.statusRefused') : t('form.failed')];
    setOutcome({ kind: 'problem', messages, attempt: Date.now() });
  };

  const cancelling = asking === 'CANCELLED';
  return (
    <>
      {outcome?.kind === 'problem' && (
        <ErrorSummary title={t('form.errorSummary')} attempt={outcome.attempt}>
          {outcome.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </ErrorSummary>
      )}
      <DoneNotice message={outcome?.kind === 'done' ? outcome.message : null} />
      {available.length > 0 && (
        <div className="actions">
          {available.map((to) => (
            <button key={to} type="button" className={to === 'CANCELLED' ? 'button button--secondary' : 'button'} disabled={busy} onClick={() => start(to)}>
              {t('detail.changeTo', { status: t(`statuses.${to}`) })}
            </button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t('detail.statusTitle', { status: t(`statuses.${asking}`) }) : ''}
        confirmLabel={asking ? t('detail.changeTo', { status: t(`statuses.${asking}`) }) : ''}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        <p>{t('detail.statusText')}</p>
        <DateField id={ids.date} label={t('detail.effectiveOn')} value={effectiveOn} onChange={setEffectiveOn} error={null} />
        <TextAreaField
          id={ids.note}
          label={cancelling ? t('detail.reason') : t('detail.note')}
          hint={cancelling ? t('detail.reasonHint') : undefined}
          value={note}
          onChange={setNote}
          error={noteError}
          rows={3}
        />
      </ConfirmDialog>
    </>
  );
}
