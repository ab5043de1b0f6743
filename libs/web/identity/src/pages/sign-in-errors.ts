import type { CombinedError } from 'urql';
import { errorWithCode } from '@pakt/web-data';

export type SignInField = 'email' | 'password';

/** What went wrong with a sign-in, in the terms the page shows it. */
export type SignInProblem =
  | { readonly kind: 'invalid'; readonly fields: readonly SignInField[] }
  | { readonly kind: 'wrong-credentials' }
  | { readonly kind: 'rate-limited'; readonly minutes: number }
  | { readonly kind: 'failed' };

const FIELDS: readonly SignInField[] = ['email', 'password'];

/** Reads the api's answer: per-field input errors, a refusal, a throttle with its waiting time. */
export function signInProblem(error: CombinedError): SignInProblem {
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    const named =
      typeof fields === 'object' && fields !== null ? FIELDS.filter((field) => field in fields) : [];
    // The api's own texts are English; the page says it in the visitor's language per field.
    return { kind: 'invalid', fields: named.length > 0 ? named : FIELDS };
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
