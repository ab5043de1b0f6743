import { FieldFrame } from './FieldFrame';
import { fieldDescription } from './field-description';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  /** Offered first with the value "" when the choice may stay empty ("keine Angabe"). */
  readonly emptyOption?: string;
  readonly hint?: string;
  readonly error: string | null;
}

/** A labelled native select: keyboard and screen readers know it without help. */
export function SelectField({ id, label, value, options, onChange, emptyOption, hint, error }: SelectFieldProps) {
  const { describedBy } = fieldDescription(id, hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="field__input"
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
