import type { ReactNode } from 'react';
import { fieldDescription } from './field-description';

interface FieldFrameProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error: string | null;
  readonly children: ReactNode;
}

/** Label, hint and error above a control, as TextField lays them out. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const { hintId, errorId } = fieldDescription(id, hint, error);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
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
    </div>
  );
}
