import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { toLocalDate } from '@pakt/domain';
import { writeProblem, type WriteProblem } from '@pakt/web-indicator';
import { DateField, ErrorSummary, type FieldProblem, TextAreaField, TextField } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { useNumberReader } from './number-input';

export interface ReportIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
}

export interface ProgressReportValues {
  readonly reportedOn: string;
  readonly percent: number;
  readonly narrative: string;
  readonly indicatorValues: ReadonlyArray<{ readonly indicatorId: string; readonly value: number }>;
}

interface ProgressReportFormProps {
  readonly indicators: readonly ReportIndicator[];
  /** Sends the report; resolves with the api's error, if there was one (on success the page moves on). */
  readonly onSubmit: (values: ProgressReportValues) => Promise<CombinedError | undefined>;
}

/**
 * A progress report: reference date, percent complete, what happened, and the values of the
 * initiative's indicators that were measured. Numbers are checked here (so a typo is named at
 * once); the api checks the rest (0–100, dates) and its messages appear next to the fields.
 */
export function ProgressReportForm({ indicators, onSubmit }: ProgressReportFormProps) {
  const { t } = useInitiativeMessages();
  const readNumber = useNumberReader();
  const baseId = useId();
  const [reportedOn, setReportedOn] = useState(() => toLocalDate(new Date()));
  const [percent, setPercent] = useState('');
  const [narrative, setNarrative] = useState('');
  const [values, setValues] = useState<Readonly<Record<string, string>>>({});
  const [local, setLocal] = useState<Readonly<Record<string, string>>>({});
  const [problem, setProblem] = useState<WriteProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fieldId = (name: string) => `${baseId}-${name}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const typed = indicators.flatMap((indicator) => {
      const text = values[indicator.id] ?? '';
      return text.trim() === '' ? [] : [{ indicator, value: readNumber(text) }];
    });
    // A percentage is a whole number; the api says so when it is not.
    const percentValue = readNumber(percent);
    const found: Record<string, string> = {};
    if (percent.trim() === '') found['percent'] = t('form.required', { label: t('reportForm.percent') });
    else if (percentValue === null) found['percent'] = t('reportForm.notNumber');
    for (const entry of typed) if (entry.value === null) found[entry.indicator.id] = t('reportForm.notNumber');
    setLocal(found);
    if (Object.keys(found).length > 0 || percentValue === null) {
      setProblem(null);
      setAttempt((count) => count + 1);
      return;
    }
    setBusy(true);
    const error = await onSubmit({
      reportedOn,
      percent: percentValue,
      narrative: narrative.trim(),
      indicatorValues: typed.flatMap((entry) => (entry.value === null ? [] : [{ indicatorId: entry.indicator.id, value: entry.value }])),
    });
    setBusy(false);
    if (!error) return;
    setProblem(writeProblem(error));
    setAttempt((count) => count + 1);
  };

  const apiField = (name: string): string | null => {
    if (problem?.kind !== 'invalid') return null;
    const direct = problem.fields[name];
    if (direct !== undefined) return direct;
    const nested = Object.entries(problem.fields).find(([key]) => key.startsWith(`${name}.`));
    return nested ? nested[1] : null;
  };
  const message = (name: string, label: string, value: string): string | null => {
    if (local[name]) return local[name];
    const detail = apiField(name);
    if (detail === null) return null;
    return value.trim() === '' ? t('form.required', { label }) : t('form.invalidDetail', { label, detail });
  };
  const errors = {
    reportedOn: message('reportedOn', t('reportForm.reportedOn'), reportedOn),
    percent: message('percent', t('reportForm.percent'), percent),
    narrative: message('narrative', t('reportForm.narrative'), narrative),
  };
  const indicatorError = (indicator: ReportIndicator) =>
    local[indicator.id] ?? (apiField('indicatorValues') !== null ? message('indicatorValues', indicator.name, values[indicator.id] ?? '') : null);
  const summary: FieldProblem[] = [
    ...(['reportedOn', 'percent', 'narrative'] as const).flatMap((name) => (errors[name] ? [{ fieldId: fieldId(name), message: errors[name] }] : [])),
    ...indicators.flatMap((indicator) => {
      const text = indicatorError(indicator);
      return text ? [{ fieldId: fieldId(indicator.id), message: `${indicator.name}: ${text}` }] : [];
    }),
  ];
  const showSummary = summary.length > 0 || (problem !== null && problem.kind !== 'invalid');

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {showSummary && (
        <ErrorSummary title={t('reportForm.errorSummary')} fields={summary} attempt={attempt}>
          {problem?.kind === 'not-found' && <p>{t('reportForm.notAllowed')}</p>}
          {(problem?.kind === 'failed' || problem?.kind === 'conflict') && <p>{t('form.failed')}</p>}
        </ErrorSummary>
      )}
      <DateField id={fieldId('reportedOn')} label={t('reportForm.reportedOn')} value={reportedOn} onChange={setReportedOn} error={errors.reportedOn} />
      <TextField
        id={fieldId('percent')}
        name="percent"
        label={t('reportForm.percent')}
        hint={t('reportForm.percentHint')}
        autoComplete="off"
        value={percent}
        onChange={setPercent}
        error={errors.percent}
      />
      <TextAreaField
        id={fieldId('narrative')}
        label={t('reportForm.narrative')}
        hint={t('reportForm.narrativeHint')}
        rows={6}
        value={narrative}
        onChange={setNarrative}
        error={errors.narrative}
      />
      {indicators.length > 0 && (
        <fieldset className="field">
          <legend className="field__label">{t('reportForm.values')}</legend>
          {indicators.map((indicator) => (
            <TextField
              key={indicator.id}
              id={fieldId(indicator.id)}
              label={t('reportForm.valueOf', { name: indicator.name, unit: indicator.unit })}
              hint={t('reportForm.valueHint')}
              autoComplete="off"
              value={values[indicator.id] ?? ''}
              onChange={(value) => setValues((current) => ({ ...current, [indicator.id]: value }))}
              error={indicatorError(indicator)}
            />
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="button">
          {t('reportForm.submit')}
        </button>
        {busy && <span className="status">{t('common.saving')}</span>}
      </div>
    </form>
  );
}
