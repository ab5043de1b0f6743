import { Link } from 'react-router';
import type { AmendmentKind, AmendmentState } from '@pakt/domain';
import { WordDiff, type WordDiffSegment } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

export interface AmendmentSummaryData {
  readonly id: string;
  readonly number: number;
  readonly kind: AmendmentKind;
  readonly state: AmendmentState;
  readonly authorName: string;
  readonly supporterCount: number;
  readonly diff: readonly WordDiffSegment[];
  /** The numbers of open amendments whose changes overlap this one's. */
  readonly overlapsWith: readonly number[];
  readonly rebased: boolean;
}

/**
 * One amendment in brief, beside its paragraph or in the deciding list: number, kind and status
 * in words, its word-level difference, author and supporters, and a flag when it overlaps others
 * or needs a new version.
 */
export function AmendmentSummary({ amendment, to, headingLevel = 4 }: { amendment: AmendmentSummaryData; to: string; headingLevel?: 3 | 4 }) {
  const { t } = useDeclarationMessages();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const flagged = amendment.overlapsWith.length > 0 && amendment.state === 'PROPOSED';
  return (
    <article className={flagged || amendment.state === 'NEEDS_NEW_VERSION' ? 'declaration-amendment declaration-amendment--conflict' : 'declaration-amendment'}>
      <Heading className="declaration-amendment__title">
        <Link to={to}>{t('amendment.title', { number: amendment.number })}</Link>
      </Heading>
      <p className="declaration-amendment__meta">
        {t(`kinds.${amendment.kind}`)} · <span className="badge">{t(`statuses.${amendment.state}`)}</span>
      </p>
      {flagged && <p className="declaration-flag">{t('amendment.conflictsWith', { numbers: amendment.overlapsWith.join(', ') })}</p>}
      {amendment.state === 'NEEDS_NEW_VERSION' && <p className="declaration-flag">{t('amendment.needsNewVersionShort')}</p>}
      {amendment.rebased && amendment.state === 'PROPOSED' && <p className="declaration-amendment__meta">{t('amendment.rebased')}</p>}
      <WordDiff segments={amendment.diff} />
      <p className="declaration-amendment__meta">
        {amendment.authorName} · {t('amendment.supporterCount', { count: amendment.supporterCount })}
      </p>
    </article>
  );
}
