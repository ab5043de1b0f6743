import { FieldFrame } from './FieldFrame';
import { fieldDescription } from './field-description';

export interface TextAreaFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error: string | null;
  readonly rows?: number;
}

/** A labelled multi-line text, laid out like TextField. */
export function TextAreaField({ id, label, value, onChange, hint, error, rows = 4 }: TextAreaFieldProps) {
  const { describedBy } = fieldDescription(id, hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="field__input"
      />
    </FieldFrame>
  );
}
