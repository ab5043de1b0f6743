import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { INDICATOR_CSV_MAX_BYTES } from '@pakt/domain';
import { ErrorSummary, TextAreaField } from '@pakt/web-ui';
import { ImportIndicatorCsvMutation } from '../graphql/mutations';
import { problemKey, useIndicatorMessages } from '../messages';
import { type ReportRow, writeProblem } from './write-problem';

export interface ImportedValues {
  readonly version: number;
  readonly observations: ReadonlyArray<{ readonly series: string; readonly period: number; readonly value: number }>;
}

interface CsvImportProps {
  readonly indicator: { readonly id: string; readonly version: number };
  readonly onReload: () => void;
  /** After values were imported (not after a dry run), with the indicator as stored now. */
  readonly onImported: (indicator: ImportedValues) => void;
}

type Outcome =
  | { readonly kind: 'report'; readonly rows: readonly ReportRow[] }
  | { readonly kind: 'message'; readonly text: string; readonly conflict?: boolean }
  | { readonly kind: 'done'; readonly text: string };

/**
 * Import from CSV: choose a file (or paste its content), check it (a dry run on the api) and see
 * every bad row in a report, then import. Nothing is saved while any row is bad. The content stays
 * in the field whatever happens, so it can be corrected and checked again.
 */
export function CsvImport({ indicator, onReload, onImported }: CsvImportProps) {
  const { t } = useIndicatorMessages();
  const baseId = useId();
  const [csv, setCsv] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [, run] = useMutation(ImportIndicatorCsvMutation);
  const result = useRef<HTMLParagraphElement>(null);

  // A success or a message takes focus, so keyboard and screen reader users learn the outcome; the error summary focuses itself.
  useEffect(() => {
    if (outcome && outcome.kind !== 'report') result.current?.focus();
  }, [outcome, attempt]);

  const fail = (next: Outcome) => {
    setOutcome(next);
    setAttempt((count) => count + 1);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > INDICATOR_CSV_MAX_BYTES) return fail({ kind: 'message', text: t('csv.tooLarge') });
    try {
      setCsv(await file.text());
      setOutcome(null);
    } catch {
      fail({ kind: 'message', text: t('csv.unreadable') });
    }
  };

  const send = async (dryRun: boolean) => {
    if (busy) return;
    if (csv.trim() === '') return fail({ kind: 'message', text: t('csv.empty') });
    if (new TextEncoder().encode(csv).length > INDICATOR_CSV_MAX_BYTES) return fail({ kind: 'message', text: t('csv.tooLarge') });
    setBusy(true);
    const answer = await run({ input: { id: indicator.id, version: indicator.version, csv, dryRun } });
    setBusy(false);
    const report = answer.data?.importIndicatorCsv;
    if (report) {
      const values = { count: report.rowCount, series: report.series.join(', ') };
      fail({ kind: 'done', text: report.saved ? t('csv.imported', values) : t('csv.valid', values) });
      if (report.saved) onImported(report.indicator);
      return;
    }
    const problem = answer.error ? writeProblem(answer.error) : ({ kind: 'failed' } as const);
    if (problem.kind === 'invalid' && problem.rows.length > 0) fail({ kind: 'report', rows: problem.rows });
    else if (problem.kind === 'invalid' && problem.fields['csv']) fail({ kind: 'message', text: t('csv.tooLarge') });
    else if (problem.kind === 'conflict') fail({ kind: 'message', text: t('form.conflict'), conflict: true });
    else if (problem.kind === 'not-found') fail({ kind: 'message', text: t('form.notFound') });
    else fail({ kind: 'message', text: t('form.failed') });
  };

  const describe = (row: ReportRow): string => {
    const key = problemKey(row.code);
    if (!key) return row.message;
    const values: Record<string, string | number> = { ...row.values };
    if (typeof values['column'] === 'string' && ['series', 'year', 'value'].includes(values['column'])) {
      values['column'] = t(`columns.${values['column'] as 'series' | 'year' | 'value'}`);
    }
    return t(key, values);
  };
  const badRows = outcome?.kind === 'report' ? new Set(outcome.rows.map((row) => row.row)).size : 0;

  return (
    <div className="form">
      <p>{t('csv.intro')}</p>
      <div className="field">
        <label htmlFor={`${baseId}-file`} className="field__label">
          {t('csv.file')}
        </label>
        <p id={`${baseId}-file-hint`} className="field__hint">
          {t('csv.fileHint')}
        </p>
        <input
          id={`${baseId}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={`${baseId}-file-hint`}
          onChange={(event) => void choose(event)}
        />
      </div>
      <TextAreaField id={`${baseId}-text`} label={t('csv.text')} hint={t('csv.textHint')} rows={8} value={csv} onChange={setCsv} error={null} />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void send(true)}>
          {t('csv.validate')}
        </button>
        <button type="button" className="button" onClick={() => void send(false)}>
          {t('csv.import')}
        </button>
        {busy && <span className="status">{t('csv.working')}</span>}
      </div>
      {outcome?.kind === 'report' && (
        <div className="csv-report">
          <ErrorSummary title={t('csv.errorSummary', { count: badRows })} attempt={attempt}>
            <p>{t('csv.reportFix')}</p>
          </ErrorSummary>
          <div className="indicator-table">
            <table className="admin-table">
              <caption>{t('csv.reportCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('csv.reportRow')}</th>
                  <th scope="col">{t('csv.reportColumn')}</th>
                  <th scope="col">{t('csv.reportProblem')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.rows.map((row, index) => (
                  <tr key={`${row.row}-${row.column ?? ''}-${index}`}>
                    <th scope="row">{row.row}</th>
                    <td>{row.column ?? t('csv.wholeRow')}</td>
                    <td>{describe(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p
        ref={result}
        tabIndex={-1}
        role="status"
        className={outcome && outcome.kind !== 'report' ? (outcome.kind === 'done' ? 'notice' : 'alert') : 'notice notice--empty'}
      >
        {outcome && outcome.kind !== 'report' ? outcome.text : null}
      </p>
      {outcome?.kind === 'message' && outcome.conflict && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onReload();
            setOutcome({ kind: 'done', text: t('form.reloaded') });
          }}
        >
          {t('form.reload')}
        </button>
      )}
    </div>
  );
}
