import { useIndicatorMessages } from '../messages';
import type { WriteProblem } from './write-problem';

interface WriteProblemNoticeProps {
  readonly problem: WriteProblem;
  /** Whether the summary already lists the refused fields (then no general message is needed). */
  readonly listsFields: boolean;
  /** After a conflict: loads the current state; the form keeps what was typed. */
  readonly onReload?: () => void;
}

/** The part of an error summary that speaks of the whole write: changed meanwhile, gone, or failed. */
export function WriteProblemNotice({ problem, listsFields, onReload }: WriteProblemNoticeProps) {
  const { t } = useIndicatorMessages();
  if (problem.kind === 'conflict') {
    return (
      <>
        <p>{t('form.conflict')}</p>
        {onReload && (
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('form.reload')}
          </button>
        )}
      </>
    );
  }
  if (problem.kind === 'not-found') return <p>{t('form.notFound')}</p>;
  if (problem.kind === 'failed' || !listsFields) return <p>{t('form.failed')}</p>;
  return null;
}
