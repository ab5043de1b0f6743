import { Fragment, type CSSProperties } from 'react';
import type { Language } from '../i18n/languages';
import { useCommonMessages } from '../i18n/use-common-messages';

export interface WordDiffSegment {
  readonly operation: 'EQUAL' | 'INSERT' | 'DELETE';
  readonly text: string;
  /**
   * Where a change came from (provenance), e.g. the amendment that made it: `marker` is shown
   * after the change ("Ä 3"), `name` is said to assistive technology and shown on hover.
   */
  readonly source?: { readonly marker: string; readonly name: string };
}

export interface WordDiffProps {
  readonly segments: readonly WordDiffSegment[];
  /** What a screen reader says before inserted and deleted text; defaults to "eingefügt"/"gestrichen" in the page's language. */
  readonly labels?: { readonly inserted: string; readonly deleted: string };
}

const LABELS: Record<Language, { inserted: string; deleted: string }> = {
  de: { inserted: 'eingefügt', deleted: 'gestrichen' },
  en: { inserted: 'inserted', deleted: 'deleted' },
};

// Not colour alone: insertions are underlined, deletions struck through; both texts keep the
// body colour on a pale surface (more than 12:1), and the words say what changed.
const container: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };
const inserted: CSSProperties = {
  background: '#e3f4e8',
  color: '#0f3d1f',
  textDecoration: 'underline',
  textDecorationThickness: '2px',
  textUnderlineOffset: '2px',
};
const deleted: CSSProperties = {
  background: '#fbe9ea',
  color: '#5c0c10',
  textDecoration: 'line-through',
  textDecorationThickness: '2px',
};

/**
 * A word-level diff as one flowing text: insertions as <ins>, deletions as <del>, each starting
 * with a visually hidden "eingefügt:"/"gestrichen:" so assistive technology announces the change
 * (most screen readers do not announce <ins>/<del> on their own).
 */
export function WordDiff({ segments, labels }: WordDiffProps) {
  const { language } = useCommonMessages();
  const words = labels ?? LABELS[language];
  return (
    <div className="word-diff" style={container}>
      {segments.map((segment, index) => {
        if (segment.operation === 'EQUAL') return <span key={index}>{segment.text}</span>;
        const Change = segment.operation === 'INSERT' ? 'ins' : 'del';
        const said = segment.operation === 'INSERT' ? words.inserted : words.deleted;
        return (
          <Fragment key={index}>
            <Change style={segment.operation === 'INSERT' ? inserted : deleted} title={segment.source?.name}>
              <span className="visually-hidden">{segment.source ? `${said} – ${segment.source.name}: ` : `${said}: `}</span>
              {segment.text}
            </Change>
            {segment.source && (
              <sup className="word-diff__source" aria-hidden="true">
                {segment.source.marker}
              </sup>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
