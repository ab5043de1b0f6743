import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AmendmentChange,
  amendmentProblems,
  amendmentsOverlap,
  applyHunks,
  changeHunks,
  declarationPlainText,
  type DeclarationText,
  draftParagraph,
  findParagraph,
  mergeAmendment,
  mergeProvenance,
  overlappingPairs,
  provenanceText,
  rebaseAmendment,
  visibleParagraphs,
} from '../src';

const P1 = 'Fachkräfte in Hessen gewinnen und halten.';
const P2 = 'Die Bündnispartner setzen sich für gute Arbeit ein.';

function declaration(first = P1, second = P2): DeclarationText {
  return {
    preamble: 'Gemeinsame Erklärung',
    sections: [{ key: 's1', heading: 'Ziele', paragraphs: [draftParagraph('p1', first), draftParagraph('p2', second)] }],
  };
}

function merged(text: DeclarationText, id: string, change: AmendmentChange): DeclarationText {
  const outcome = mergeAmendment(text, id, change);
  if (!outcome.ok) throw new Error(`merge refused: ${outcome.refusal}`);
  return outcome.text;
}

const paragraphText = (text: DeclarationText, key: string) => findParagraph(text, key)?.paragraph.text;

const word = fc.constantFrom('Fachkräfte', 'Pflege', 'und', 'MINT', 'Ausbildung', 'in', 'Hessen', '2028', 'fördern.', 'Ü', '😀');
const sentence = fc.array(word, { minLength: 0, maxLength: 10 }).map((words) => words.join(' '));
/** A base text and two edits of it, each changing some of its words. */
const edit = (base: string[]) =>
  fc
    .array(fc.option(word, { nil: undefined }), { minLength: base.length, maxLength: base.length })
    .map((replacements) => base.flatMap((original, index) => (replacements[index] === undefined ? [original] : replacements[index] === 'und' ? [] : [replacements[index]!])).join(' '));
const threeTexts = fc
  .array(word, { minLength: 1, maxLength: 10 })
  .chain((base) => fc.tuple(fc.constant(base.join(' ')), edit(base), edit(base)));

describe('hunks', () => {
  it('turn the old text into the new one', () => {
    fc.assert(
      fc.property(sentence, sentence, (before, after) => {
        expect(applyHunks(before, changeHunks(before, after))).toBe(after);
      }),
    );
  });

  it('are empty for equal texts and name the changed words', () => {
    expect(changeHunks(P1, P1)).toEqual([]);
    expect(changeHunks('a b c', 'a X c')).toEqual([{ start: 2, end: 3, text: 'X' }]);
  });
});

describe('overlap', () => {
  const replace = (text: string): AmendmentChange => ({ kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text });

  it('is found when two amendments change the same words, not when they change different words', () => {
    expect(amendmentsOverlap(replace('Pflegekräfte in Hessen gewinnen und halten.'), replace('Arbeitskräfte in Hessen gewinnen und halten.'))).toBe(true);
    expect(amendmentsOverlap(replace('Pflegekräfte in Hessen gewinnen und halten.'), replace('Fachkräfte in Hessen gewinnen und dauerhaft halten.'))).toBe(false);
  });

  it('counts a deletion of the paragraph against every change of it, never an insertion', () => {
    const deletion: AmendmentChange = { kind: 'DELETE', paragraphKey: 'p1', baseText: P1 };
    const insertion: AmendmentChange = { kind: 'INSERT', sectionKey: 's1', afterParagraphKey: 'p1', text: 'Neu.' };
    expect(amendmentsOverlap(deletion, replace('Fachkräfte gewinnen.'))).toBe(true);
    expect(amendmentsOverlap(deletion, deletion)).toBe(true);
    expect(amendmentsOverlap(insertion, insertion)).toBe(false);
    expect(amendmentsOverlap(insertion, deletion)).toBe(false);
  });

  it('never relates amendments to different paragraphs, and is symmetric', () => {
    expect(amendmentsOverlap(replace('X.'), { kind: 'REPLACE', paragraphKey: 'p2', baseText: P2, text: 'Y.' })).toBe(false);
    fc.assert(
      fc.property(threeTexts, ([base, a, b]) => {
        const first: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p', baseText: base, text: a };
        const second: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p', baseText: base, text: b };
        expect(amendmentsOverlap(first, second)).toBe(amendmentsOverlap(second, first));
      }),
    );
  });

  it('lists each overlapping pair once', () => {
    const list = [
      { id: 'a', change: replace('Pflegekräfte in Hessen gewinnen und halten.') },
      { id: 'b', change: replace('Arbeitskräfte in Hessen gewinnen und halten.') },
      { id: 'c', change: replace('Fachkräfte in Hessen gewinnen und dauerhaft halten.') },
    ];
    expect(overlappingPairs(list)).toEqual([['a', 'b']]);
  });
});

describe('merging', () => {
  it('replaces the paragraph and records the amendment as the origin of each change', () => {
    const text = merged(declaration(), 'a1', { kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text: 'Fachkräfte in Hessen gewinnen und dauerhaft halten.' });
    const paragraph = findParagraph(text, 'p1')!.paragraph;
    expect(paragraph.text).toBe('Fachkräfte in Hessen gewinnen und dauerhaft halten.');
    expect(paragraph.provenance).toEqual([
      { operation: 'EQUAL', text: 'Fachkräfte in Hessen gewinnen und ', amendmentId: null },
      { operation: 'INSERT', text: 'dauerhaft ', amendmentId: 'a1' },
      { operation: 'EQUAL', text: 'halten.', amendmentId: null },
    ]);
  });

  it('keeps a deleted paragraph for the record but not in the text; inserts a new one where asked', () => {
    let text = merged(declaration(), 'd1', { kind: 'DELETE', paragraphKey: 'p1', baseText: P1 });
    text = merged(text, 'i1', { kind: 'INSERT', sectionKey: 's1', afterParagraphKey: null, text: 'Präambel-Absatz.' });
    expect(visibleParagraphs(text.sections[0]!).map((paragraph) => paragraph.key)).toEqual(['i1', 'p2']);
    expect(text.sections[0]!.paragraphs.find((paragraph) => paragraph.key === 'p1')).toMatchObject({
      deletedBy: 'd1',
      provenance: [{ operation: 'DELETE', text: P1, amendmentId: 'd1' }],
    });
    expect(findParagraph(text, 'i1')!.paragraph).toMatchObject({ insertedBy: 'i1', provenance: [{ operation: 'INSERT', amendmentId: 'i1' }] });
    expect(declarationPlainText('Titel', text)).toBe(`Titel\n\nGemeinsame Erklärung\n\nZiele\n\nPräambel-Absatz.\n\n${P2}`);
  });

  it('refuses what no longer fits: a paragraph that is gone, a text written against an older wording', () => {
    const text = merged(declaration(), 'd1', { kind: 'DELETE', paragraphKey: 'p1', baseText: P1 });
    expect(mergeAmendment(text, 'a', { kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text: 'X' })).toEqual({ ok: false, refusal: 'PARAGRAPH_GONE' });
    expect(mergeAmendment(text, 'a', { kind: 'INSERT', sectionKey: 's1', afterParagraphKey: 'p1', text: 'X' })).toEqual({ ok: false, refusal: 'PARAGRAPH_GONE' });
    expect(mergeAmendment(text, 'a', { kind: 'INSERT', sectionKey: 'nope', afterParagraphKey: null, text: 'X' })).toEqual({ ok: false, refusal: 'SECTION_GONE' });
    expect(mergeAmendment(declaration(), 'a', { kind: 'REPLACE', paragraphKey: 'p2', baseText: 'older', text: 'X' })).toEqual({ ok: false, refusal: 'STALE_BASE' });
  });

  it('of an amendment that changes nothing is the identity', () => {
    fc.assert(
      fc.property(sentence, (base) => {
        const text = declaration(base);
        expect(merged(text, 'a', { kind: 'REPLACE', paragraphKey: 'p1', baseText: base, text: base })).toEqual(text);
      }),
    );
  });

  it('always leaves a provenance that reads as the paragraph', () => {
    fc.assert(
      fc.property(threeTexts, ([base, a, b]) => {
        let text = merged(declaration(base), 'a', { kind: 'REPLACE', paragraphKey: 'p1', baseText: base, text: a });
        text = merged(text, 'b', { kind: 'REPLACE', paragraphKey: 'p1', baseText: a, text: b });
        const paragraph = findParagraph(text, 'p1')!.paragraph;
        expect(paragraph.text).toBe(b);
        expect(provenanceText(paragraph.provenance)).toBe(b);
        // Whatever is still the drafting team's text is a part of the original, in order.
        const kept = paragraph.provenance.filter((segment) => segment.amendmentId === null).map((segment) => segment.text);
        let rest = base;
        for (const part of kept) {
          const at = rest.indexOf(part);
          expect(at).toBeGreaterThanOrEqual(0);
          rest = rest.slice(at + part.length);
        }
      }),
    );
  });

  it('attributes deletions of inserted text to the later amendment', () => {
    expect(
      mergeProvenance([{ operation: 'INSERT', text: 'neu alt', amendmentId: 'a' }], [{ start: 0, end: 3, text: 'frisch' }], 'b'),
    ).toEqual([
      { operation: 'DELETE', text: 'neu', amendmentId: 'b' },
      { operation: 'INSERT', text: 'frisch', amendmentId: 'b' },
      { operation: 'INSERT', text: ' alt', amendmentId: 'a' },
    ]);
  });
});

describe('rebasing', () => {
  it('carries a non-overlapping amendment onto the merged text and marks an overlapping one', () => {
    const accepted: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text: 'Pflegekräfte in Hessen gewinnen und halten.' };
    const disjoint: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text: 'Fachkräfte in Hessen gewinnen und dauerhaft halten.' };
    const overlapping: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text: 'Arbeitskräfte in Hessen gewinnen und halten.' };
    expect(rebaseAmendment(disjoint, accepted, declaration())).toEqual({
      ok: true,
      change: { kind: 'REPLACE', paragraphKey: 'p1', baseText: accepted.text, text: 'Pflegekräfte in Hessen gewinnen und dauerhaft halten.' },
    });
    expect(rebaseAmendment(overlapping, accepted, declaration())).toEqual({ ok: false });
  });

  it('moves an insertion after a deleted paragraph up to the paragraph before it', () => {
    const deletion: AmendmentChange = { kind: 'DELETE', paragraphKey: 'p2', baseText: P2 };
    const insertion: AmendmentChange = { kind: 'INSERT', sectionKey: 's1', afterParagraphKey: 'p2', text: 'Neu.' };
    expect(rebaseAmendment(insertion, deletion, declaration())).toEqual({ ok: true, change: { ...insertion, afterParagraphKey: 'p1' } });
    const first: AmendmentChange = { kind: 'DELETE', paragraphKey: 'p1', baseText: P1 };
    expect(rebaseAmendment({ ...insertion, afterParagraphKey: 'p1' }, first, declaration())).toEqual({ ok: true, change: { ...insertion, afterParagraphKey: null } });
  });

  it('leaves amendments to other paragraphs as they are', () => {
    const accepted: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text: 'X.' };
    const other: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p2', baseText: P2, text: 'Y.' };
    expect(rebaseAmendment(other, accepted, declaration())).toEqual({ ok: true, change: other });
  });

  it('of two non-overlapping amendments gives the same text whichever is merged first', () => {
    fc.assert(
      fc.property(threeTexts, ([base, a, b]) => {
        const first: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p1', baseText: base, text: a };
        const second: AmendmentChange = { kind: 'REPLACE', paragraphKey: 'p1', baseText: base, text: b };
        fc.pre(!amendmentsOverlap(first, second));
        const start = declaration(base);
        const oneWay = rebaseAmendment(second, first, start);
        const otherWay = rebaseAmendment(first, second, start);
        if (!oneWay.ok || !otherWay.ok) throw new Error('rebase refused without overlap');
        const viaFirst = merged(merged(start, 'a', first), 'b', oneWay.change);
        const viaSecond = merged(merged(start, 'b', second), 'a', otherWay.change);
        expect(paragraphText(viaFirst, 'p1')).toBe(paragraphText(viaSecond, 'p1'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('amendment problems', () => {
  it('names the field: a paragraph that is gone, an empty or unchanged text', () => {
    const text = merged(declaration(), 'd1', { kind: 'DELETE', paragraphKey: 'p1', baseText: P1 });
    expect(amendmentProblems(text, { kind: 'REPLACE', paragraphKey: 'p1', baseText: P1, text: 'X' })).toHaveProperty('paragraphKey');
    expect(amendmentProblems(text, { kind: 'REPLACE', paragraphKey: 'p2', baseText: P2, text: '  ' })).toHaveProperty('text');
    expect(amendmentProblems(text, { kind: 'REPLACE', paragraphKey: 'p2', baseText: P2, text: P2 })).toEqual({
      text: 'The new wording is the same as the current text.',
    });
    expect(amendmentProblems(text, { kind: 'INSERT', sectionKey: 's1', afterParagraphKey: 'p1', text: '' })).toEqual({
      afterParagraphKey: 'This paragraph is no longer part of the section.',
      text: 'Please write the new paragraph.',
    });
    expect(amendmentProblems(text, { kind: 'DELETE', paragraphKey: 'p2', baseText: P2 })).toEqual({});
  });
});
