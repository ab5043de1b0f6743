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
export function RadioGroup({ value, onChange, ...group }: RadioGroupProps) {
  return <ChoiceFieldset {...group} type="radio" isChecked={(option) => option === value} onToggle={(option) => onChange(option)} />;
}
