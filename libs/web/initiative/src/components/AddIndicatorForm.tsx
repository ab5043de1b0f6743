import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { writeProblem } from '@pakt/web-indicator';
import { ErrorSummary, type FieldProblem, TextField } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { DoneNotice } from './DoneNotice';
import { useNumberReader } from './number-input';

export interface NewIndicator {
  readonly name: string;
  readonly unit: string;
  readonly baseline: number;
  readonly target: number;
}

type Field = 'name' | 'unit' | 'baseline' | 'target';
const FIELDS: readonly Field[] = ['name', 'unit', 'baseline', 'target'];

/** Adds an indicator to the initiative: name, unit, where it starts and where it should get to. */
export function AddIndicatorForm({ onAdd }: { onAdd: (indicator: NewIndicator) => Promise<CombinedError | undefined> }) {
  const { t } = useInitiativeMessages();
  const readNumber = useNumberReader();
  const baseId = useId();
  const headingId = useId();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', unit: '', baseline: '', target: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels: Record<Field, string> = {
    name: t('indicators.nameField'),
    unit: t('indicators.unitField'),
    baseline: t('indicators.baselineField'),
    target: t('indicators.targetField'),
  };

  const fail = (found: Partial<Record<Field, string>>, message: string | null) => {
    setErrors(found);
    setOther(message);
    setDone(null);
    setAttempt((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) if (values[field].trim() === '') found[field] = t('form.required', { label: labels[field] });
    const baseline = readNumber(values.baseline);
    const target = readNumber(values.target);
    if (!found.baseline && baseline === null) found.baseline = t('reportForm.notNumber');
    if (!found.target && target === null) found.target = t('reportForm.notNumber');
    if (Object.keys(found).length > 0 || baseline === null || target === null) return fail(found, null);
    setBusy(true);
    const error = await onAdd({ name: values.name.trim(), unit: values.unit.trim(), baseline, target });
    setBusy(false);
    if (!error) {
      setErrors({});
      setOther(null);
      setDone(t('indicators.added', { name: values.name.trim() }));
      setValues({ name: '', unit: '', baseline: '', target: '' });
      return;
    }
    const problem = writeProblem(error);
    if (problem.kind === 'invalid') {
      const named: Partial<Record<Field, string>> = {};
      for (const field of FIELDS) {
        const detail = problem.fields[field];
        if (detail !== undefined) named[field] = t('form.invalidDetail', { label: labels[field], detail });
      }
      return fail(named, Object.keys(named).length === 0 ? t('form.failed') : null);
    }
    fail({}, problem.kind === 'not-found' ? t('form.notFound') : t('form.failed'));
  };

  const summary: FieldProblem[] = FIELDS.flatMap((field) => (errors[field] ? [{ fieldId: `${baseId}-${field}`, message: errors[field] }] : []));
  return (
    <form className="form initiative-inline-form" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>{t('indicators.addTitle')}</h3>
      {(summary.length > 0 || other) && (
        <ErrorSummary title={t('form.errorSummary')} fields={summary} attempt={attempt}>
          {other && <p>{other}</p>}
        </ErrorSummary>
      )}
      <DoneNotice message={done} />
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`${baseId}-${field}`}
          label={labels[field]}
          hint={field === 'unit' ? t('indicators.unitHint') : undefined}
          autoComplete="off"
          value={values[field]}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          error={errors[field] ?? null}
        />
      ))}
      <div className="actions">
        <button type="submit" className="button">
          {t('indicators.add')}
        </button>
      </div>
    </form>
  );
}
