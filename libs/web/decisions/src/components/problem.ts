import type { CombinedError } from 'urql';
import type { BallotRefusalReason } from '@pakt/domain';
import { errorWithCode } from '@pakt/web-data';
import type { useDecisionsMessages } from '../messages';

/** How the api refused a step of a ballot, in the terms the page shows it. */
export type BallotProblem =
  | {
      readonly kind: 'refused';
      /** The engine's reason (libs/domain's checks), when it named one. */
      readonly reason: BallotRefusalReason | null;
      /** The api's message per input field. */
      readonly fields: Readonly<Record<string, string>>;
      readonly message: string;
    }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'failed' };

const REASONS: readonly BallotRefusalReason[] = [
  'WRONG_STATE',
  'INVALID_SETTINGS',
  'NOT_ELIGIBLE',
  'UNKNOWN_OPTION',
  'ALREADY_VOTED',
  'DELEGATED',
  'SELF_DELEGATION',
  'DELEGATION_CHAIN',
  'TOO_MANY_DELEGATIONS',
  'DISSENT_NOT_ALLOWED',
];

export function ballotProblem(error: CombinedError): BallotProblem {
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    const reason = invalid.extensions['reason'];
    return {
      kind: 'refused',
      reason: REASONS.find((known) => known === reason) ?? null,
      fields: typeof fields === 'object' && fields !== null ? Object.fromEntries(Object.entries(fields).map(([name, text]) => [name, String(text)])) : {},
      message: error.graphQLErrors[0]?.message ?? '',
    };
  }
  if (errorWithCode(error, 'CONFLICT')) return { kind: 'conflict' };
  const forbidden = errorWithCode(error, 'FORBIDDEN') ?? errorWithCode(error, 'NOT_FOUND');
  if (forbidden) return { kind: 'forbidden', message: error.graphQLErrors[0]?.message ?? '' };
  return { kind: 'failed' };
}

type Translate = ReturnType<typeof useDecisionsMessages>['t'];

/** One sentence for a refusal in the reader's language: the engine's reason where it gave one. */
export function problemText(t: Translate, problem: BallotProblem): string {
  switch (problem.kind) {
    case 'refused':
      return problem.reason ? t(`refusal.${problem.reason}`) : problem.message;
    case 'forbidden':
      return t('refusal.NOT_ELIGIBLE');
    case 'conflict':
      return t('control.conflict');
    case 'failed':
      return t('control.retry');
  }
}
