import { FieldFrame } from './FieldFrame';
import { fieldDescription } from './field-description';

export interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  /** "YYYY-MM-DD" or "" */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error: string | null;
}

/** The browser's own date input: typed with the keyboard, in the page's language. */
export function DateField({ id, label, value, onChange, hint, error }: DateFieldProps) {
  const { describedBy } = fieldDescription(id, hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="field__input field__input--date"
      />
    </FieldFrame>
  );
}
