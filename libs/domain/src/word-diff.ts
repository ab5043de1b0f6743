import { diffWordsWithSpace } from 'diff';

export const DIFF_OPERATIONS = ['EQUAL', 'INSERT', 'DELETE'] as const;
export type DiffOperation = (typeof DIFF_OPERATIONS)[number];

/** A run of text that both versions share, that only the newer has, or that only the older had. */
export interface DiffSegment {
  operation: DiffOperation;
  text: string;
}

/**
 * The word-level changes that turn `before` into `after` (jsdiff's Myers diff over words and
 * whitespace). Adjacent runs of the same kind are joined, so a client renders each as one span.
 * Keeping the EQUAL and DELETE runs gives `before`; keeping EQUAL and INSERT gives `after`.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const operation: DiffOperation = change.added ? 'INSERT' : change.removed ? 'DELETE' : 'EQUAL';
    if (change.value === '') continue;
    const last = segments.at(-1);
    if (last?.operation === operation) last.text += change.value;
    else segments.push({ operation, text: change.value });
  }
  return segments;
}

/** The text on one side of a diff: `before` for 'DELETE', `after` for 'INSERT'. */
export function sideOf(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const dropped: DiffOperation = side === 'before' ? 'INSERT' : 'DELETE';
  return segments
    .filter((segment) => segment.operation !== dropped)
    .map((segment) => segment.text)
    .join('');
}

/** Whether the two texts differ at all. */
export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((segment) => segment.operation !== 'EQUAL');
}
