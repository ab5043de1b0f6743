import { fieldDescription } from './field-description';

/** A field's hint and error, with the ids its control's aria-describedby names (see fieldDescription). */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string | undefined; error: string | null }) {
  const { hintId, errorId } = fieldDescription(id, hint, error);
  return (
    <>
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
    </>
  );
}
