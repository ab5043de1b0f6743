import { type DiffOperation, hasChanges, sideOf, wordDiff } from './word-diff';

/**
 * The text of a joint declaration (gemeinsame Erklärung) and the word-level arithmetic on it:
 * amendments as changes to one paragraph (replace, insert, delete), overlap between amendments,
 * merging an accepted one and rebasing the others, and the provenance that shows which amendment
 * produced which change. Pure functions over plain values; the api stores and loads them.
 */

/**
 * A run of a paragraph's text and where it came from: EQUAL is the drafting team's text, INSERT
 * text an amendment added, DELETE text an amendment removed (shown struck through, not part of
 * the text). amendmentId is null for the drafting team's text.
 */
export interface ProvenanceSegment {
  operation: DiffOperation;
  text: string;
  amendmentId: string | null;
}

export interface DeclarationParagraph {
  /** Stable across revisions and merges; amendments name their paragraph by it. */
  key: string;
  text: string;
  provenance: ProvenanceSegment[];
  /** The amendment that added the paragraph; null for the drafting team's own. */
  insertedBy: string | null;
  /** The amendment that deleted it; a deleted paragraph stays for the record but is no longer part of the text. */
  deletedBy: string | null;
}

export interface DeclarationSection {
  key: string;
  heading: string;
  paragraphs: DeclarationParagraph[];
}

export interface DeclarationText {
  preamble: string;
  sections: DeclarationSection[];
}

export const AMENDMENT_KINDS = ['REPLACE', 'INSERT', 'DELETE'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

/**
 * What an amendment changes. REPLACE and DELETE name a paragraph and the text they were written
 * against (baseText); INSERT adds a paragraph to a section after another (null: at its start).
 */
export type AmendmentChange =
  | { kind: 'REPLACE'; paragraphKey: string; baseText: string; text: string }
  | { kind: 'INSERT'; sectionKey: string; afterParagraphKey: string | null; text: string }
  | { kind: 'DELETE'; paragraphKey: string; baseText: string };

/** One change of a text: the characters [start, end) of the old text give way to `text`. */
export interface Hunk {
  start: number;
  end: number;
  text: string;
}

/** The paragraphs that are part of the text: everything not deleted. */
export function visibleParagraphs(section: DeclarationSection): DeclarationParagraph[] {
  return section.paragraphs.filter((paragraph) => paragraph.deletedBy === null);
}

/** The paragraph with the key that is still part of the text, with its section; null when there is none (any more). */
export function findParagraph(
  text: DeclarationText,
  paragraphKey: string,
): { section: DeclarationSection; paragraph: DeclarationParagraph; index: number } | null {
  for (const section of text.sections) {
    const index = section.paragraphs.findIndex((paragraph) => paragraph.key === paragraphKey && paragraph.deletedBy === null);
    const paragraph = section.paragraphs[index];
    if (paragraph) return { section, paragraph, index };
  }
  return null;
}

/** A paragraph as the drafting team writes it: all its text is theirs. */
export function draftParagraph(key: string, text: string): DeclarationParagraph {
  return { key, text, provenance: text === '' ? [] : [{ operation: 'EQUAL', text, amendmentId: null }], insertedBy: null, deletedBy: null };
}

/** The changes that turn `before` into `after`, as hunks over `before`, in order and never touching each other. */
export function changeHunks(before: string, after: string): Hunk[] {
  const hunks: Hunk[] = [];
  let offset = 0;
  let open: Hunk | null = null;
  for (const segment of wordDiff(before, after)) {
    if (segment.operation === 'EQUAL') {
      if (open) hunks.push(open);
      open = null;
      offset += segment.text.length;
      continue;
    }
    open ??= { start: offset, end: offset, text: '' };
    if (segment.operation === 'DELETE') {
      offset += segment.text.length;
      open.end = offset;
    } else {
      open.text += segment.text;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

/** The text with the hunks (ordered, not overlapping, all over this text) applied. */
export function applyHunks(text: string, hunks: readonly Hunk[]): string {
  let result = '';
  let offset = 0;
  for (const hunk of hunks) {
    result += text.slice(offset, hunk.start) + hunk.text;
    offset = hunk.end;
  }
  return result + text.slice(offset);
}

/**
 * Two changes of the same text overlap when their ranges share a character or touch: at a shared
 * boundary nobody can tell which should come first, so people decide rather than the machine.
 */
export function hunksOverlap(a: Hunk, b: Hunk): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The paragraph an amendment changes in place (REPLACE, DELETE); null for an INSERT. */
export function changedParagraphKey(change: AmendmentChange): string | null {
  return change.kind === 'INSERT' ? null : change.paragraphKey;
}

function hunksOf(change: Extract<AmendmentChange, { kind: 'REPLACE' }>): Hunk[] {
  return changeHunks(change.baseText, change.text);
}

/**
 * Whether two amendments, written against the same text, cannot both be merged without a person
 * deciding how: both change the same paragraph and their word-level changes overlap, or one
 * deletes a paragraph the other changes or deletes. Inserting new paragraphs never overlaps.
 */
export function amendmentsOverlap(a: AmendmentChange, b: AmendmentChange): boolean {
  const key = changedParagraphKey(a);
  if (key === null || key !== changedParagraphKey(b)) return false;
  if (a.kind !== 'REPLACE' || b.kind !== 'REPLACE') return true;
  const bHunks = hunksOf(b);
  return hunksOf(a).some((hunk) => bHunks.some((other) => hunksOverlap(hunk, other)));
}

/** Every pair of the amendments that overlap, each pair once, in the order given. */
export function overlappingPairs<A extends { id: string; change: AmendmentChange }>(amendments: readonly A[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  amendments.forEach((a, index) => {
    for (const b of amendments.slice(index + 1)) if (amendmentsOverlap(a.change, b.change)) pairs.push([a.id, b.id]);
  });
  return pairs;
}

/**
 * The provenance after the visible text changes by the hunks (over the visible text): removed
 * characters become DELETE runs of this amendment, added text an INSERT run of it, placed after
 * what it replaces. Runs of the same kind and origin are joined.
 */
export function mergeProvenance(segments: readonly ProvenanceSegment[], hunks: readonly Hunk[], amendmentId: string): ProvenanceSegment[] {
  // One item per visible character; deleted runs stay whole where they are.
  const items: ProvenanceSegment[] = segments.flatMap((segment) =>
    segment.operation === 'DELETE' ? [{ ...segment }] : segment.text.split('').map((text) => ({ ...segment, text })),
  );
  // Indices of visible characters change as items are added, so work from the end backwards.
  for (const hunk of [...hunks].reverse()) {
    const visible = items.flatMap((item, index) => (item.operation === 'DELETE' ? [] : [index]));
    const at = (offset: number) => visible[offset] ?? items.length;
    let deleted = 0;
    let position = at(hunk.start);
    for (let index = position; deleted < hunk.end - hunk.start && index < items.length; index += 1) {
      const item = items[index]!;
      if (item.operation === 'DELETE') continue;
      deleted += item.text.length;
      items[index] = { operation: 'DELETE', text: item.text, amendmentId };
      position = index + 1;
    }
    if (hunk.text !== '') items.splice(position, 0, { operation: 'INSERT', text: hunk.text, amendmentId });
  }
  const joined: ProvenanceSegment[] = [];
  for (const item of items) {
    const last = joined.at(-1);
    if (last && last.operation === item.operation && last.amendmentId === item.amendmentId) last.text += item.text;
    else joined.push({ ...item });
  }
  return joined;
}

/** The visible text of a provenance: what the paragraph reads now. */
export function provenanceText(segments: readonly ProvenanceSegment[]): string {
  return sideOf(segments, 'after');
}

function mapParagraph(
  text: DeclarationText,
  paragraphKey: string,
  update: (paragraph: DeclarationParagraph) => DeclarationParagraph,
): DeclarationText {
  return {
    ...text,
    sections: text.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map((paragraph) =>
        paragraph.key === paragraphKey && paragraph.deletedBy === null ? update(paragraph) : paragraph,
      ),
    })),
  };
}

/** Why an amendment cannot be merged into the text as it stands. */
export type MergeRefusal = 'PARAGRAPH_GONE' | 'SECTION_GONE' | 'STALE_BASE';

export type MergeOutcome = { ok: true; text: DeclarationText } | { ok: false; refusal: MergeRefusal };

/**
 * The text with an accepted amendment merged in. A REPLACE must have been written against the
 * paragraph as it is now (rebase it first), a DELETE keeps the paragraph for the record, marked
 * as deleted by the amendment; an INSERT's paragraph takes the amendment's id as its key. The
 * provenance records the amendment as the origin of every change.
 */
export function mergeAmendment(text: DeclarationText, amendmentId: string, change: AmendmentChange): MergeOutcome {
  if (change.kind === 'INSERT') {
    const section = text.sections.find((candidate) => candidate.key === change.sectionKey);
    if (!section) return { ok: false, refusal: 'SECTION_GONE' };
    let index = 0;
    if (change.afterParagraphKey !== null) {
      const anchor = section.paragraphs.findIndex((paragraph) => paragraph.key === change.afterParagraphKey && paragraph.deletedBy === null);
      if (anchor < 0) return { ok: false, refusal: 'PARAGRAPH_GONE' };
      index = anchor + 1;
    }
    const inserted: DeclarationParagraph = {
      key: amendmentId,
      text: change.text,
      provenance: [{ operation: 'INSERT', text: change.text, amendmentId }],
      insertedBy: amendmentId,
      deletedBy: null,
    };
    return {
      ok: true,
      text: {
        ...text,
        sections: text.sections.map((candidate) =>
          candidate === section ? { ...section, paragraphs: section.paragraphs.toSpliced(index, 0, inserted) } : candidate,
        ),
      },
    };
  }
  const found = findParagraph(text, change.paragraphKey);
  if (!found) return { ok: false, refusal: 'PARAGRAPH_GONE' };
  if (found.paragraph.text !== change.baseText) return { ok: false, refusal: 'STALE_BASE' };
  if (change.kind === 'DELETE') {
    return {
      ok: true,
      text: mapParagraph(text, change.paragraphKey, (paragraph) => ({
        ...paragraph,
        provenance: mergeProvenance(paragraph.provenance, [{ start: 0, end: paragraph.text.length, text: '' }], amendmentId),
        deletedBy: amendmentId,
      })),
    };
  }
  const hunks = hunksOf(change);
  if (hunks.length === 0) return { ok: true, text };
  return {
    ok: true,
    text: mapParagraph(text, change.paragraphKey, (paragraph) => ({
      ...paragraph,
      text: change.text,
      provenance: mergeProvenance(paragraph.provenance, hunks, amendmentId),
    })),
  };
}

/** What becomes of an open amendment once another one was merged: rebased onto the new text, or in need of a new version. */
export type RebaseOutcome = { ok: true; change: AmendmentChange } | { ok: false };

/**
 * An open amendment moved onto the text after `accepted` (written against the same text) was
 * merged. Non-overlapping word changes to the same paragraph are carried over; an insert whose
 * anchor was deleted moves up to the paragraph before it. Overlapping ones need their author.
 */
export function rebaseAmendment(open: AmendmentChange, accepted: AmendmentChange, textBefore: DeclarationText): RebaseOutcome {
  if (amendmentsOverlap(open, accepted)) return { ok: false };
  if (open.kind === 'INSERT') {
    if (accepted.kind !== 'DELETE' || open.afterParagraphKey !== accepted.paragraphKey) return { ok: true, change: open };
    const section = textBefore.sections.find((candidate) => candidate.key === open.sectionKey);
    const before = section ? visibleParagraphs(section) : [];
    const index = before.findIndex((paragraph) => paragraph.key === accepted.paragraphKey);
    return { ok: true, change: { ...open, afterParagraphKey: index > 0 ? before[index - 1]!.key : null } };
  }
  if (open.kind !== 'REPLACE' || accepted.kind !== 'REPLACE' || accepted.paragraphKey !== open.paragraphKey) return { ok: true, change: open };
  // Both are hunks over the same base that do not touch: applying all of them in order is both merges at once.
  const both = [...hunksOf(accepted), ...hunksOf(open)].sort((a, b) => a.start - b.start);
  return { ok: true, change: { ...open, baseText: accepted.text, text: applyHunks(open.baseText, both) } };
}

/** Problems of an amendment against the text it would change, per input field; empty when it may be proposed. */
export function amendmentProblems(text: DeclarationText, change: AmendmentChange): Record<string, string> {
  if (change.kind === 'INSERT') {
    const section = text.sections.find((candidate) => candidate.key === change.sectionKey);
    if (!section) return { sectionKey: 'This section is no longer part of the declaration.' };
    const problems: Record<string, string> = {};
    if (change.afterParagraphKey !== null && !visibleParagraphs(section).some((paragraph) => paragraph.key === change.afterParagraphKey)) {
      problems.afterParagraphKey = 'This paragraph is no longer part of the section.';
    }
    if (change.text.trim() === '') problems.text = 'Please write the new paragraph.';
    return problems;
  }
  const found = findParagraph(text, change.paragraphKey);
  if (!found) return { paragraphKey: 'This paragraph is no longer part of the declaration.' };
  if (change.kind === 'DELETE') return {};
  if (change.text.trim() === '') return { text: 'Please write the new wording, or propose to delete the paragraph instead.' };
  if (!hasChanges(wordDiff(found.paragraph.text, change.text))) return { text: 'The new wording is the same as the current text.' };
  return {};
}

/** The declaration as one plain text (preamble, headings, visible paragraphs), what two revisions are compared by. */
export function declarationPlainText(title: string, text: DeclarationText): string {
  const parts = [title, text.preamble];
  for (const section of text.sections) {
    parts.push(section.heading, ...visibleParagraphs(section).map((paragraph) => paragraph.text));
  }
  return parts.filter((part) => part !== '').join('\n\n');
}
