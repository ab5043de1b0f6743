import { fieldDescription } from './field-description';
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
  const { hintId, errorId, describedBy } = fieldDescription(id, hint, error);
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset className={error ? 'field field--error checkboxes' : 'field checkboxes'} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
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
    </fieldset>
  );
}
