import type { CombinedError } from 'urql';
import { errorWithCode } from '@pakt/web-data';

/** How the api answered a write, in the terms a form shows it. */
export type WriteProblem =
  | { readonly kind: 'invalid'; readonly fields: Readonly<Record<string, string>> }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed' };

export function writeProblem(error: CombinedError): WriteProblem {
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    const named =
      typeof fields === 'object' && fields !== null
        ? Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, String(message)]))
        : {};
    return { kind: 'invalid', fields: named };
  }
  if (errorWithCode(error, 'CONFLICT')) return { kind: 'conflict' };
  if (errorWithCode(error, 'NOT_FOUND') || errorWithCode(error, 'FORBIDDEN')) return { kind: 'not-found' };
  return { kind: 'failed' };
}

/** A refusal that means "this is not yours to see": the page answers as for an unknown address. */
export function isRefused(error: CombinedError | undefined): boolean {
  return errorWithCode(error, 'FORBIDDEN') !== undefined || errorWithCode(error, 'NOT_FOUND') !== undefined;
}
