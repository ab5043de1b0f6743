import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import {
  CheckboxGroup,
  DateField,
  ErrorSummary,
  SelectField,
  StatusNotice,
  TextAreaField,
  TextField,
  type FieldProblem,
  type SelectOption,
} from '@pakt/web-ui';
import { useAdminMessages } from '../messages';
import { writeProblem, type WriteProblem } from './outcome';

export type FieldKind = 'text' | 'email' | 'textarea' | 'date' | 'select' | 'checkboxes';

export interface FieldSpec {
  /** The input field of the api it fills: BAD_USER_INPUT names it in `extensions.fields`. */
  readonly name: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly options?: readonly SelectOption[];
  /** For selects that may stay empty. */
  readonly emptyOption?: string;
  readonly hint?: string;
  readonly required?: boolean;
}

export type FormValues = Readonly<Record<string, string | readonly string[]>>;

export function text(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? [...(value as readonly string[])] : [];
}

/** The optional text as the api takes it: empty means "none". */
export function optional(values: FormValues, name: string): string | null {
  return text(values, name) || null;
}

interface RecordFormProps {
  readonly fields: readonly FieldSpec[];
  readonly initial: FormValues;
  readonly submitLabel: string;
  readonly successMessage: string;
  /** Sends the values; resolves with the api's error, if there was one. */
  readonly onSubmit: (values: FormValues) => Promise<CombinedError | undefined>;
  /** Reloads the record after a conflict; the typed values stay. */
  readonly onReload?: () => void;
  /** Empties the form after success (creating), instead of keeping what was saved (editing). */
  readonly resetOnSuccess?: boolean;
}

/**
 * A form for one record: labelled fields, an error summary that takes focus with links into the
 * fields the api refused, "changed meanwhile — reload" on a stale version (keeping what was typed),
 * and a polite success notice.
 */
export function RecordForm({ fields, initial, submitLabel, successMessage, onSubmit, onReload, resetOnSuccess }: RecordFormProps) {
  const { t } = useAdminMessages();
  const baseId = useId();
  const [values, setValues] = useState<FormValues>(initial);
  const [problem, setProblem] = useState<WriteProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = (name: string) => `${baseId}-${name}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setNotice(null);
    const error = await onSubmit(values);
    setBusy(false);
    if (!error) {
      setProblem(null);
      if (resetOnSuccess) setValues(initial);
      setNotice(successMessage);
      return;
    }
    setProblem(writeProblem(error));
    setAttempt((count) => count + 1);
  };

  const fieldError = (field: FieldSpec): string | null => {
    if (problem?.kind !== 'invalid') return null;
    const detail = problem.fields[field.name];
    if (detail === undefined) return null;
    const value = values[field.name];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      return t('form.required', { label: field.label });
    }
    return detail ? t('form.invalidDetail', { label: field.label, detail }) : t('form.invalid', { label: field.label });
  };
  const summaryFields: FieldProblem[] = fields.flatMap((field) => {
    const message = fieldError(field);
    return message ? [{ fieldId: fieldId(field.name), message }] : [];
  });
  const set = (name: string) => (value: string | readonly string[]) => setValues((current) => ({ ...current, [name]: value }));

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <ErrorSummary title={t('form.errorSummary')} fields={summaryFields} attempt={attempt}>
          {problem.kind === 'conflict' ? (
            <>
              <p>{t('form.conflict')}</p>
              {onReload && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    onReload();
                    setProblem(null);
                    setNotice(t('form.reloaded'));
                  }}
                >
                  {t('form.reload')}
                </button>
              )}
            </>
          ) : problem.kind === 'not-found' ? (
            <p>{t('form.notFound')}</p>
          ) : problem.kind === 'failed' || summaryFields.length === 0 ? (
            <p>{t('form.failed')}</p>
          ) : null}
        </ErrorSummary>
      )}
      {fields.map((field) => (
        <Field key={field.name} id={fieldId(field.name)} field={field} value={values[field.name]} onChange={set(field.name)} error={fieldError(field)} />
      ))}
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

interface FieldProps {
  readonly id: string;
  readonly field: FieldSpec;
  readonly value: string | readonly string[] | undefined;
  readonly onChange: (value: string | readonly string[]) => void;
  readonly error: string | null;
}

function Field({ id, field, value, onChange, error }: FieldProps) {
  const single = typeof value === 'string' ? value : '';
  const common = { id, label: field.label, hint: field.hint, error };
  switch (field.kind) {
    case 'text':
    case 'email':
      return (
        <TextField
          {...common}
          type={field.kind}
          name={field.name}
          autoComplete="off"
          required={field.required ?? false}
          value={single}
          onChange={onChange}
        />
      );
    case 'textarea':
      return <TextAreaField {...common} value={single} onChange={onChange} />;
    case 'date':
      return <DateField {...common} value={single} onChange={onChange} />;
    case 'select':
      return (
        <SelectField {...common} value={single} options={field.options ?? []} emptyOption={field.emptyOption} onChange={onChange} />
      );
    case 'checkboxes':
      return (
        <CheckboxGroup
          id={id}
          legend={field.label}
          hint={field.hint}
          error={error}
          options={field.options ?? []}
          selected={Array.isArray(value) ? (value as readonly string[]) : []}
          onChange={onChange}
        />
      );
  }
}
