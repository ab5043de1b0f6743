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
export function CheckboxGroup({ selected, onChange, ...group }: CheckboxGroupProps) {
  return (
    <ChoiceFieldset
      {...group}
      type="checkbox"
      isChecked={(value) => selected.includes(value)}
      onToggle={(value, checked) => onChange(checked ? [...selected, value] : selected.filter((item) => item !== value))}
    />
  );
}
