import { ChoiceFieldset } from './ChoiceFieldset';
import type { SelectOption } from './SelectField';

export interface CheckboxGroupProps {
  /** The group's id; the first checkbox gets it too, so an error summary can lead there. */
  readonly id: string;
  readonly legend: string;
  readonly options: readonly SelectOption[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly hint?: string;
  readonly error: string | null;
}

/** Several choices in a fieldset whose legend names them. */
export function CheckboxGroup({ id, legend, options, selected, onChange, hint, error }: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error} className="checkboxes">
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div key={option.value} className="checkbox">
            <input
              id={optionId}
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}
