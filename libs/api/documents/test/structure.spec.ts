import { describe, expect, it } from 'vitest';
import { outlineOf, paragraphsOf } from '../src/structure.ts';

describe('outlineOf', () => {
  it('walks the sections in reading order and draws sections deeper than three levels at level 3', () => {
    const leaf = { heading: 'Ebene 4', blocks: [] };
    const outline = outlineOf([
      {
        heading: 'Ebene 1',
        blocks: [],
        subsections: [{ heading: 'Ebene 2', blocks: [], subsections: [{ heading: 'Ebene 3', blocks: [], subsections: [leaf] }] }],
      },
      { heading: 'Zweites Kapitel', blocks: [] },
    ]);
    expect(outline.map((entry) => [entry.section.heading, entry.level, entry.anchor])).toEqual([
      ['Ebene 1', 1, 'section-1'],
      ['Ebene 2', 2, 'section-2'],
      ['Ebene 3', 3, 'section-3'],
      ['Ebene 4', 3, 'section-4'],
      ['Zweites Kapitel', 1, 'section-5'],
    ]);
  });
});

describe('paragraphsOf', () => {
  it('splits on blank lines, also with spaces or Windows line ends, and keeps single line breaks', () => {
    expect(paragraphsOf('Erster Absatz\nzweite Zeile\r\n \r\nZweiter Absatz\n\n\n\nDritter  ')).toEqual([
      'Erster Absatz\nzweite Zeile',
      'Zweiter Absatz',
      'Dritter',
    ]);
  });

  it('has no paragraphs for blank text', () => {
    expect(paragraphsOf(' \n\n\t')).toEqual([]);
  });
});
