import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';

export interface FieldProblem {
  /** The id of the input the message is about. */
  readonly fieldId: string;
  readonly message: string;
}

export interface ErrorSummaryProps {
  readonly title: string;
  /** One link per field with an error, leading into the field. */
  readonly fields?: readonly FieldProblem[];
  /** A problem of the whole form (wrong password, link expired, try later). */
  readonly children?: ReactNode;
  /**
   * Changes with every failed submit: the summary takes focus again each time, even when the
   * same problem comes twice, so keyboard and screen reader users hear it.
   */
  readonly attempt: number;
}

/** The alert above a form after a failed submit; it takes focus. */
export function ErrorSummary({ title, fields = [], children, attempt }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    summary.current?.focus();
  }, [attempt]);
  return (
    <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={titleId} className="alert error-summary">
      <p id={titleId} className="alert__title">
        {title}
      </p>
      {fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={field.fieldId}>
              <a href={`#${field.fieldId}`} onClick={(event) => focusField(event, field.fieldId)}>
                {field.message}
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

/** The summary's links lead into the field itself, ready to type (a bare #id only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  document.getElementById(id)?.focus();
}
