import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { type ReportRow, writeProblem } from '@pakt/web-indicator';
import { ErrorSummary } from '@pakt/web-ui';
import { importProblemText, useInitiativeMessages } from '../messages';

/** The largest file the page sends (the api refuses larger ones too). */
const MAX_BYTES = 2 * 1024 * 1024;

export interface ChosenFile {
  readonly fileName: string;
  /** The file's bytes, base64-encoded: CSV and XLSX travel alike. */
  readonly content: string;
}

export type ImportAnswer = { readonly count: number; readonly saved: boolean } | { readonly error: CombinedError };

interface ImportFormProps {
  readonly onSend: (file: ChosenFile, dryRun: boolean) => Promise<ImportAnswer>;
}

type Outcome =
  | { readonly kind: 'report'; readonly rows: readonly ReportRow[] }
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'done'; readonly text: string };

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * Import of a register from CSV or XLSX: choose a file, check it (a dry run) or import it. When
 * any row is bad nothing is imported, and a report lists every bad row with its column and why.
 */
export function ImportForm({ onSend }: ImportFormProps) {
  const { t } = useInitiativeMessages();
  const fileId = useId();
  const hintId = useId();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLParagraphElement>(null);

  // A success or a message takes focus so keyboard and screen reader users learn the outcome; the error summary focuses itself.
  useEffect(() => {
    if (outcome && outcome.kind !== 'report') result.current?.focus();
  }, [outcome, attempt]);

  const show = (next: Outcome) => {
    setOutcome(next);
    setAttempt((count) => count + 1);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setOutcome(null);
    if (!chosen) return;
    if (!/\.(csv|xlsx)$/i.test(chosen.name)) return show({ kind: 'message', text: t('importPage.wrongType') });
    if (chosen.size > MAX_BYTES) return show({ kind: 'message', text: t('importPage.tooLarge') });
    try {
      setFile({ fileName: chosen.name, content: base64(new Uint8Array(await chosen.arrayBuffer())) });
    } catch {
      show({ kind: 'message', text: t('importPage.unreadable') });
    }
  };

  const send = async (dryRun: boolean) => {
    if (busy) return;
    if (!file) return show({ kind: 'message', text: t('importPage.empty') });
    setBusy(true);
    const answer = await onSend(file, dryRun);
    setBusy(false);
    if (!('error' in answer)) {
      show({ kind: 'done', text: answer.saved ? t('importPage.imported', { count: answer.count }) : t('importPage.valid', { count: answer.count }) });
      return;
    }
    const problem = writeProblem(answer.error);
    if (problem.kind === 'invalid' && problem.rows.length > 0) show({ kind: 'report', rows: problem.rows });
    else if (problem.kind === 'invalid') show({ kind: 'message', text: Object.values(problem.fields).join(' ') || t('importPage.unreadable') });
    else show({ kind: 'message', text: problem.kind === 'not-found' ? t('form.notFound') : t('form.failed') });
  };

  const badRows = outcome?.kind === 'report' ? new Set(outcome.rows.map((row) => row.row)).size : 0;
  return (
    <div className="initiative-import">
      <div className="field">
        <label htmlFor={fileId} className="field__label">
          {t('importPage.file')}
        </label>
        <p id={hintId} className="field__hint">
          {t('importPage.fileHint')}
        </p>
        <input
          id={fileId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          onChange={(event) => void choose(event)}
        />
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void send(true)}>
          {t('importPage.check')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void send(false)}>
          {t('importPage.import')}
        </button>
        {busy && <span className="status">{t('importPage.working')}</span>}
      </div>
      {outcome?.kind === 'report' && (
        <ErrorSummary title={t('importPage.errorSummary', { count: badRows })} attempt={attempt}>
          <table className="admin-table initiative-report">
            <caption>{t('importPage.reportCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importPage.row')}</th>
                <th scope="col">{t('importPage.column')}</th>
                <th scope="col">{t('importPage.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.rows.map((row, index) => (
                <tr key={`${row.row}-${row.column ?? ''}-${index}`}>
                  <th scope="row">{row.row}</th>
                  <td>{row.column ?? t('importPage.wholeRow')}</td>
                  <td>{importProblemText(t, row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('importPage.fix')}</p>
        </ErrorSummary>
      )}
      <p
        ref={result}
        tabIndex={-1}
        role="status"
        className={outcome && outcome.kind !== 'report' ? 'notice' : 'notice notice--empty'}
      >
        {outcome && outcome.kind !== 'report' ? outcome.text : null}
      </p>
    </div>
  );
}
