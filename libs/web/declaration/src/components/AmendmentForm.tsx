import { useId, useState, type FormEvent } from 'react';
import type { AmendmentKind } from '@pakt/domain';
import { ErrorSummary, RadioGroup, TextAreaField, type FieldProblem } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';
import { LiveDiff } from './LiveDiff';

export type AmendmentFormKind = AmendmentKind;

export interface AmendmentFormValues {
  readonly kind: AmendmentFormKind;
  readonly text: string;
  readonly reason: string;
}

interface AmendmentFormProps {
  /** The paragraph's current text; '' for a new paragraph. */
  readonly currentText: string;
  /** A paragraph can be replaced or deleted; a section gets a new paragraph (INSERT only). */
  readonly kinds: readonly AmendmentFormKind[];
  readonly initial?: AmendmentFormValues;
  readonly submitLabel: string;
  /** Problems the api found, by field ("text", "reason", …), already in words. */
  readonly problems: Readonly<Record<string, string>>;
  readonly attempt: number;
  readonly busy: boolean;
  readonly onSubmit: (values: AmendmentFormValues) => void;
}

/**
 * A proposal to one paragraph: its kind, the new wording with the word-level difference to the
 * current text as the person types, and the reason. Checks what it can before sending (a text
 * that changes something, a reason) and shows the api's refusals at the fields.
 */
export function AmendmentForm({ currentText, kinds, initial, submitLabel, problems, attempt, busy, onSubmit }: AmendmentFormProps) {
  const { t } = useDeclarationMessages();
  const id = useId();
  const [values, setValues] = useState<AmendmentFormValues>(initial ?? { kind: kinds[0] ?? 'REPLACE', text: currentText, reason: '' });
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({});
  const [tries, setTries] = useState(0);
  const errors = { ...problems, ...checked };
  const fieldIds = { text: `${id}-text`, reason: `${id}-reason`, kind: `${id}-kind` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (values.kind !== 'DELETE') {
      if (values.text.trim() === '') found['text'] = t('form.textEmpty');
      else if (values.text.trim() === currentText.trim()) found['text'] = t('form.textUnchanged');
    }
    if (values.reason.trim() === '') found['reason'] = t('form.reasonEmpty');
    setChecked(found);
    setTries((count) => count + 1);
    if (Object.keys(found).length === 0) onSubmit(values);
  };

  const summary: FieldProblem[] = Object.entries(errors).map(([field, message]) => ({
    fieldId: fieldIds[field as keyof typeof fieldIds] ?? fieldIds.text,
    message,
  }));
  const after = values.kind === 'DELETE' ? '' : values.text;

  return (
    <form className="form declaration-form" noValidate onSubmit={submit}>
      {summary.length > 0 && <ErrorSummary title={t('form.errorSummary')} fields={summary} attempt={attempt + tries} />}
      {kinds.length > 1 && (
        <RadioGroup
          id={`${id}-kind`}
          legend={t('amendment.kind')}
          options={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => setValues((all) => ({ ...all, kind: kinds.find((candidate) => candidate === kind) ?? all.kind }))}
          error={null}
        />
      )}
      {values.kind !== 'DELETE' && (
        <TextAreaField
          id={fieldIds.text}
          label={t('amendment.text')}
          hint={t('amendment.textHint')}
          value={values.text}
          onChange={(text) => setValues((all) => ({ ...all, text }))}
          error={errors['text'] ?? null}
          rows={6}
        />
      )}
      <LiveDiff before={currentText} after={after} title={t('amendment.diff')} />
      <TextAreaField
        id={fieldIds.reason}
        label={t('amendment.reason')}
        value={values.reason}
        onChange={(reason) => setValues((all) => ({ ...all, reason }))}
        error={errors['reason'] ?? null}
      />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
