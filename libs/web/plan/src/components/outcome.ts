import type { CombinedError } from 'urql';
import { errorWithCode } from '@pakt/web-data';

/** How the api refused a change of a plan version, in the terms the page shows it. */
export type PlanProblem =
  | { readonly kind: 'invalid'; readonly fields: Readonly<Record<string, string>> }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed' };

export function planProblem(error: CombinedError): PlanProblem {
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    if (typeof fields !== 'object' || fields === null) return { kind: 'invalid', fields: {} };
    return { kind: 'invalid', fields: Object.fromEntries(Object.entries(fields).map(([name, message]) => [name, String(message)])) };
  }
  if (errorWithCode(error, 'CONFLICT')) return { kind: 'conflict' };
  const gone = errorWithCode(error, 'NOT_FOUND') ?? errorWithCode(error, 'FORBIDDEN');
  return gone ? { kind: 'not-found' } : { kind: 'failed' };
}

