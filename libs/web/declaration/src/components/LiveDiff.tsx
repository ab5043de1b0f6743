import { useId } from 'react';
import { hasChanges, wordDiff } from '@pakt/domain';
import { WordDiff } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

/**
 * The word-level difference between the current text and what is being typed, updated with every
 * keystroke; not a live region (it would read the whole paragraph on every key), a labelled
 * region that the person reaches after the text field.
 */
export function LiveDiff({ before, after, title }: { before: string; after: string; title: string }) {
  const { t } = useDeclarationMessages();
  const headingId = useId();
  const segments = wordDiff(before, after);
  return (
    <section aria-labelledby={headingId} className="declaration-diff">
      <h3 id={headingId}>{title}</h3>
      <p className="muted">{t('diff.legend')}</p>
      {hasChanges(segments) ? <WordDiff segments={segments} /> : <p>{t('diff.unchanged')}</p>}
    </section>
  );
}
