import { FieldFrame } from './FieldFrame';
import { fieldDescription } from './field-description';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly type?: 'text' | 'email' | 'password';
  readonly name?: string;
  readonly autoComplete: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What the person should know before typing ("at least 10 characters"). */
  readonly hint?: string;
  readonly error: string | null;
  readonly required?: boolean;
}

/**
 * A labelled input; its error sits between label and input, and error and hint are its
 * description, so a screen reader reads them with the field.
 */
export function TextField({
  id,
  label,
  type = 'text',
  name,
  autoComplete,
  value,
  onChange,
  hint,
  error,
  required = true,
}: TextFieldProps) {
  const { describedBy } = fieldDescription(id, hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name ?? type}
        type={type}
        autoComplete={autoComplete}
        required={required}
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="field__input"
      />
    </FieldFrame>
  );
}
