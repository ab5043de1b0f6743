import { ChoiceFieldset } from './ChoiceFieldset';
import type { SelectOption } from './SelectField';

export interface RadioGroupProps {
  /** The group's id and the radio buttons' name; the first button gets it too, so an error summary can lead there. */
  readonly id: string;
  readonly legend: string;
  readonly options: readonly SelectOption[];
  /** The chosen value; "" when none is chosen yet. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error: string | null;
}

/**
 * One choice out of several: native radio buttons in a fieldset whose legend names them, so the
 * arrow keys move between them and a screen reader says "2 of 3".
 */
export function RadioGroup({ id, legend, options, value, onChange, hint, error }: RadioGroupProps) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error} className="checkboxes">
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div key={option.value} className="checkbox">
            <input
              id={optionId}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}
