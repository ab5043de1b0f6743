import { useId, type ReactNode } from 'react';
import { wordDiff } from '@pakt/domain';
import { WordDiff } from './WordDiff';

/** One text both sides wrote: what is stored now ("theirs") and what this person typed ("mine"). */
export interface TextConflictPart {
  readonly key: string;
  readonly label: string;
  readonly theirs: string;
  readonly mine: string;
}

export interface TextConflictProps {
  readonly title: string;
  readonly intro: string;
  /** Only the parts that differ are shown. */
  readonly parts: readonly TextConflictPart[];
  readonly labels: { readonly theirs: string; readonly difference: string; readonly empty: string };
  /** What else differs (lists, choices), shown after the texts. */
  readonly children?: ReactNode;
  /** The ways out: keep one's own input, take over the stored one. */
  readonly actions: ReactNode;
}

/**
 * After a stale save: what someone else stored meanwhile beside what this person typed, text by
 * text, with the word-level difference (own input inserted, stored text struck through), so
 * nothing typed is lost and the person decides.
 */
export function TextConflict({ title, intro, parts, labels, children, actions }: TextConflictProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="text-conflict">
      <h2 id={headingId}>{title}</h2>
      <p>{intro}</p>
      {parts
        .filter((part) => part.mine !== part.theirs)
        .map((part) => (
          <div key={part.key} className="text-conflict__part">
            <h3>{part.label}</h3>
            <p className="text-conflict__label">{labels.theirs}</p>
            <blockquote>{part.theirs || labels.empty}</blockquote>
            <p className="text-conflict__label">{labels.difference}</p>
            <WordDiff segments={wordDiff(part.theirs, part.mine)} />
          </div>
        ))}
      {children}
      <div className="actions">{actions}</div>
    </section>
  );
}
