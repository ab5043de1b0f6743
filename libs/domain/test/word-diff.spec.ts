import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasChanges, sideOf, wordDiff } from '../src';

const words = fc.array(fc.constantFrom('Fachkräfte', 'Pflege', 'und', 'MINT', 'Ausbildung', 'in', 'Hessen', '2028', 'fördern.', ''), { maxLength: 12 });
const text = fc.tuple(words, fc.constantFrom(' ', '  ', '\n', '\n\n')).map(([list, gap]) => list.join(gap));

describe('wordDiff', () => {
  it('marks whole words, not letters, as changed', () => {
    expect(wordDiff('Pflegekräfte in Hessen gewinnen', 'Fachkräfte in Hessen halten')).toEqual([
      { operation: 'DELETE', text: 'Pflegekräfte' },
      { operation: 'INSERT', text: 'Fachkräfte' },
      { operation: 'EQUAL', text: ' in Hessen ' },
      { operation: 'DELETE', text: 'gewinnen' },
      { operation: 'INSERT', text: 'halten' },
    ]);
  });

  it('gives one EQUAL run for equal texts and nothing for two empty ones', () => {
    expect(wordDiff('Duales Studium', 'Duales Studium')).toEqual([{ operation: 'EQUAL', text: 'Duales Studium' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(hasChanges(wordDiff('a b', 'a b'))).toBe(false);
  });

  it('always rebuilds both texts from its runs', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const segments = wordDiff(before, after);
        expect(sideOf(segments, 'before')).toBe(before);
        expect(sideOf(segments, 'after')).toBe(after);
        expect(hasChanges(segments)).toBe(before !== after);
      }),
    );
  });

  it('never puts two runs of the same kind next to each other or leaves a run empty', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const segments = wordDiff(before, after);
        segments.forEach((segment, index) => {
          expect(segment.text).not.toBe('');
          if (index > 0) expect(segments[index - 1]?.operation).not.toBe(segment.operation);
        });
      }),
    );
  });
});
