import type { CombinedError } from 'urql';
import { errorWithCode } from '@pakt/web-data';

/** What went wrong with a submitted identity form, in the terms the page shows it. */
export type FormProblem<Field extends string> =
  | { readonly kind: 'invalid'; readonly fields: readonly Field[] }
  | { readonly kind: 'wrong-credentials' }
  | { readonly kind: 'rate-limited'; readonly minutes: number }
  /** The mailed link is unknown, has expired or was used already. */
  | { readonly kind: 'invalid-link' }
  | { readonly kind: 'failed' };

/**
 * Reads the api's answer: per-field input errors (of the form's own fields, or its link's
 * token), a refusal, a throttle with its waiting time.
 */
export function formProblem<Field extends string>(
  error: CombinedError,
  formFields: readonly Field[],
): FormProblem<Field> {
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    const named = typeof fields === 'object' && fields !== null ? fields : {};
    if ('token' in named) return { kind: 'invalid-link' };
    const known = formFields.filter((field) => field in named);
    // The api's own texts are English; the page says it in the visitor's language per field.
    return { kind: 'invalid', fields: known.length > 0 ? known : formFields };
  }
  if (errorWithCode(error, 'UNAUTHENTICATED')) return { kind: 'wrong-credentials' };
  const limited = errorWithCode(error, 'RATE_LIMITED');
  if (limited) {
    const seconds = Number(limited.extensions['retryAfterSeconds']);
    // Round up: "in 0 Minuten" would invite a retry that is refused again.
    return { kind: 'rate-limited', minutes: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1 };
  }
  return { kind: 'failed' };
}

/** The fields a problem names, for the error summary and the fields themselves. */
export function invalidFields<Field extends string>(problem: FormProblem<Field> | null): readonly Field[] {
  return problem?.kind === 'invalid' ? problem.fields : [];
}
