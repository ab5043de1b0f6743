import type { CombinedError } from 'urql';
import { refusalOf, type RefusalOf } from '@pakt/web-data';
import { WorkflowStepButton } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

export interface ActionButtonProps {
  readonly label: string;
  /** When given, the step asks first (phase transitions, withdrawing): title, text and confirming label. */
  readonly confirm?: { readonly title: string; readonly text: string; readonly label: string };
  readonly secondary?: boolean;
  /** Sends the step; resolves with the api's error, if there was one. */
  readonly run: () => Promise<CombinedError | undefined>;
  readonly onDone: () => void;
  /** After a refusal: the page loads the current state. */
  readonly onRefused?: (problem: RefusalOf) => void;
}

/** One step on a declaration or an amendment, with the api's refusal in the reader's words. */
export function ActionButton({ label, confirm, secondary, run, onDone, onRefused }: ActionButtonProps) {
  const { t } = useDeclarationMessages();
  return (
    <WorkflowStepButton
      label={label}
      confirm={confirm}
      secondary={secondary}
      cancelLabel={t('common.cancel')}
      failedTitle={t('common.failed')}
      run={async () => {
        const error = await run();
        if (!error) return null;
        const problem = refusalOf(error);
        onRefused?.(problem);
        return problemText(problem, t);
      }}
      onDone={onDone}
    />
  );
}

/** A refusal in words, in the reader's language: what happened and what to do now. */
export function problemText(problem: RefusalOf, t: ReturnType<typeof useDeclarationMessages>['t']): string {
  switch (problem.kind) {
    case 'invalid':
    case 'not-found':
      return t('common.refused');
    case 'conflict':
      return t('common.conflict');
    case 'failed':
      return t('common.retry');
  }
}
