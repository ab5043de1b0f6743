import type { AmendmentSummaryFieldsFragment } from '@pakt/web-data';
import type { AmendmentSummaryData } from './AmendmentSummary';

/** What the api says of an amendment, as its summary shows it. */
export function summaryOf(amendment: AmendmentSummaryFieldsFragment): AmendmentSummaryData {
  return {
    id: amendment.id,
    number: amendment.number,
    kind: amendment.kind,
    state: amendment.state,
    authorName: amendment.author.displayName,
    supporterCount: amendment.supportCount,
    diff: amendment.diff,
    overlapsWith: amendment.overlapsWith.map((other) => other.number).sort((a, b) => a - b),
    // Still open, but no longer the wording first proposed: merged changes of others were worked in.
    rebased: amendment.state === 'PROPOSED' && amendment.text !== amendment.proposedText,
  };
}
