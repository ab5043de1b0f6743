import { describe, expect, it } from 'vitest';
import { LESS_THAN_STAND_IN, MATCH_END, MATCH_START, snippetParts } from '../src/snippet';
import { readableIn } from '../src/search.service';

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe('snippetParts', () => {
  it('splits a highlighted text into plain and matched parts, in order', () => {
    expect(snippetParts(`Es fehlen ${mark('Pflegekräfte')} in ${mark('Krankenhäusern')}.`)).toEqual([
      { text: 'Es fehlen ', match: false },
      { text: 'Pflegekräfte', match: true },
      { text: ' in ', match: false },
      { text: 'Krankenhäusern', match: true },
      { text: '.', match: false },
    ]);
  });

  it('handles matches at the very start and end, and a text without any', () => {
    expect(snippetParts(mark('Ausbildung'))).toEqual([{ text: 'Ausbildung', match: true }]);
    expect(snippetParts(`${mark('Pflege')} und ${mark('Gesundheit')}`)).toEqual([
      { text: 'Pflege', match: true },
      { text: ' und ', match: false },
      { text: 'Gesundheit', match: true },
    ]);
    expect(snippetParts('Kein Treffer hier')).toEqual([{ text: 'Kein Treffer hier', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('joins touching matches into one and drops empty pieces', () => {
    expect(snippetParts(`${mark('Fach')}${mark('kräfte')}`)).toEqual([{ text: 'Fachkräfte', match: true }]);
  });

  it('gives back "<" as written, never HTML', () => {
    expect(snippetParts(`${LESS_THAN_STAND_IN}b>${mark('fett')}${LESS_THAN_STAND_IN}/b> & Kosten ${LESS_THAN_STAND_IN} 5`)).toEqual([
      { text: '<b>', match: false },
      { text: 'fett', match: true },
      { text: '</b> & Kosten < 5', match: false },
    ]);
  });

  it('survives a stray end marker or a start marker without an end', () => {
    expect(snippetParts(`a${MATCH_END}b ${MATCH_START}c`)).toEqual([
      { text: 'ab ', match: false },
      { text: 'c', match: true },
    ]);
  });
});

describe('readableIn', () => {
  const alliance = 'a';
  const board = 'board';

  it('gives the secretariat every focus group and the plan drafts', () => {
    expect(readableIn([{ allianceId: alliance, bodyId: null, role: 'SECRETARIAT' }], alliance, board)).toEqual({
      allGroups: true,
      groupIds: [],
      planDrafts: true,
    });
  });

  it('gives a member or observer their own groups only, and plan drafts only from the steering board', () => {
    const grants = [
      { allianceId: alliance, bodyId: 'digital', role: 'MEMBER' as const },
      { allianceId: alliance, bodyId: 'care', role: 'OBSERVER' as const },
      { allianceId: 'other', bodyId: 'elsewhere', role: 'CHAIR' as const },
    ];
    expect(readableIn(grants, alliance, board)).toEqual({ allGroups: false, groupIds: ['digital', 'care'], planDrafts: false });
    expect(readableIn([{ allianceId: alliance, bodyId: board, role: 'MEMBER' }], alliance, board)).toEqual({
      allGroups: false,
      groupIds: [],
      planDrafts: true,
    });
    // An observer of the steering board reads only what is approved.
    expect(readableIn([{ allianceId: alliance, bodyId: board, role: 'OBSERVER' }], alliance, board).planDrafts).toBe(false);
  });
});
