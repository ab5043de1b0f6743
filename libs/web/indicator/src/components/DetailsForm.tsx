import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ErrorSummary, type FieldProblem, StatusNotice, TextAreaField, TextField } from '@pakt/web-ui';
import { useIndicatorMessages } from '../messages';
import { writeProblem, type WriteProblem } from './write-problem';
import { WriteProblemNotice } from './WriteProblemNotice';

export interface DetailsValues {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  readonly source: string;
}

type FieldName = keyof DetailsValues;
const FIELDS: readonly FieldName[] = ['name', 'unit', 'description', 'source'];

interface DetailsFormProps {
  readonly initial: DetailsValues;
  readonly submitLabel: string;
  /** Shown politely after a save; none when the page moves on (creating). */
  readonly successMessage?: string;
  /** Sends the values; resolves with the api's error, if there was one. */
  readonly onSubmit: (values: DetailsValues) => Promise<CombinedError | undefined>;
  /** Reloads the indicator after a conflict; the typed values stay. */
  readonly onReload?: () => void;
}

/**
 * Name, unit, description and source of an indicator, for creating and editing. A refused save
 * shows an error summary that takes focus and links into the fields; a stale version keeps what
 * was typed and offers to load the current state.
 */
export function DetailsForm({ initial, submitLabel, successMessage, onSubmit, onReload }: DetailsFormProps) {
  const { t } = useIndicatorMessages();
  const baseId = useId();
  const [values, setValues] = useState<DetailsValues>(initial);
  const [problem, setProblem] = useState<WriteProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = (name: FieldName) => `${baseId}-${name}`;

  // When the stored state changes (loaded after a conflict), fields the person has not touched take
  // the new values; what they typed stays.
  const shown = useRef(initial);
  useEffect(() => {
    const before = shown.current;
    if (FIELDS.every((name) => before[name] === initial[name])) return;
    shown.current = initial;
    setValues((current) => {
      const merged = { ...current };
      for (const name of FIELDS) if (current[name] === before[name]) merged[name] = initial[name];
      return merged;
    });
  }, [initial]);

  const labels: Record<FieldName, string> = {
    name: t('form.name'),
    unit: t('form.unit'),
    description: t('form.description'),
    source: t('form.source'),
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setNotice(null);
    const error = await onSubmit(values);
    setBusy(false);
    if (!error) {
      setProblem(null);
      if (successMessage) setNotice(successMessage);
      return;
    }
    setProblem(writeProblem(error));
    setAttempt((count) => count + 1);
  };

  const fieldError = (name: FieldName): string | null => {
    if (problem?.kind !== 'invalid') return null;
    const detail = problem.fields[name];
    if (detail === undefined) return null;
    const label = labels[name];
    if (values[name].trim() === '') return t('form.required', { label });
    if (detail.startsWith('At most')) return t('form.tooLong', { label });
    if (name === 'name' && detail.includes('already has this name')) return t('form.nameTaken');
    return t('form.invalid', { label });
  };
  const summaryFields: FieldProblem[] = FIELDS.flatMap((name) => {
    const message = fieldError(name);
    return message ? [{ fieldId: fieldId(name), message }] : [];
  });
  const set = (name: FieldName) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <ErrorSummary title={t('form.errorSummary')} fields={summaryFields} attempt={attempt}>
          <WriteProblemNotice
            problem={problem}
            listsFields={summaryFields.length > 0}
            onReload={
              onReload &&
              (() => {
                onReload();
                setProblem(null);
                setNotice(t('form.reloaded'));
              })
            }
          />
        </ErrorSummary>
      )}
      <TextField
        id={fieldId('name')}
        name="name"
        label={labels.name}
        hint={t('form.nameHint')}
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={fieldError('name')}
      />
      <TextField
        id={fieldId('unit')}
        name="unit"
        label={labels.unit}
        hint={t('form.unitHint')}
        autoComplete="off"
        value={values.unit}
        onChange={set('unit')}
        error={fieldError('unit')}
      />
      <TextAreaField id={fieldId('description')} label={labels.description} value={values.description} onChange={set('description')} error={fieldError('description')} />
      <TextAreaField
        id={fieldId('source')}
        label={labels.source}
        hint={t('form.sourceHint')}
        rows={2}
        value={values.source}
        onChange={set('source')}
        error={fieldError('source')}
      />
      <div className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {busy && <span className="status">{t('form.saving')}</span>}
      </div>
      <StatusNotice message={notice} />
    </form>
  );
}
