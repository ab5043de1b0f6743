import type { ReactNode } from 'react';
import { fieldDescription } from './field-description';

interface ChoiceFieldsetProps {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly error: string | null;
  readonly className: string;
  readonly children: ReactNode;
}

/** A group of choices (checkboxes, radio buttons) in a fieldset whose legend names them, with hint and error. */
export function ChoiceFieldset({ id, legend, hint, error, className, children }: ChoiceFieldsetProps) {
  const { hintId, errorId, describedBy } = fieldDescription(id, hint, error);
  return (
    <fieldset className={error ? `field field--error ${className}` : `field ${className}`} aria-describedby={describedBy}>
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
      {children}
    </fieldset>
  );
}
