import { fieldDescription } from './field-description';
import { FieldNotes } from './FieldNotes';
import type { SelectOption } from './SelectField';

interface ChoiceFieldsetProps {
  /** The group's id (and the radio buttons' name); the first input gets it too, so an error summary can lead there. */
  readonly id: string;
  readonly type: 'checkbox' | 'radio';
  readonly legend: string;
  readonly options: readonly SelectOption[];
  readonly isChecked: (value: string) => boolean;
  readonly onToggle: (value: string, checked: boolean) => void;
  readonly hint?: string | undefined;
  readonly error: string | null;
}

/** Checkboxes or radio buttons in a fieldset whose legend names them, with hint and error: what CheckboxGroup and RadioGroup share. */
export function ChoiceFieldset({ id, type, legend, options, isChecked, onToggle, hint, error }: ChoiceFieldsetProps) {
  const { describedBy } = fieldDescription(id, hint, error);
  return (
    <fieldset className={error ? 'field field--error checkboxes' : 'field checkboxes'} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div key={option.value} className="checkbox">
            <input
              id={optionId}
              type={type}
              name={type === 'radio' ? id : undefined}
              value={option.value}
              checked={isChecked(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
