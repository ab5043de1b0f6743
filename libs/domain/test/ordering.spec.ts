import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BODY_KINDS, ORGANISATION_KINDS, compareBodies, compareOrganisations, compareRegions } from '../src';

describe('compareBodies', () => {
  it('puts the steering board first and the focus groups after it by name', () => {
    const bodies = [
      { kind: 'FOCUS_GROUP' as const, name: 'Fokusgruppe Pflege und Gesundheit' },
      { kind: 'STEERING_BOARD' as const, name: 'Dachgremium' },
      { kind: 'FOCUS_GROUP' as const, name: 'Fokusgruppe Digitaler Wandel und Handwerk' },
      { kind: 'FOCUS_GROUP' as const, name: 'Fokusgruppe Internationalisierung und Vielfalt' },
    ];
    expect(bodies.sort(compareBodies).map((b) => b.name)).toEqual([
      'Dachgremium',
      'Fokusgruppe Digitaler Wandel und Handwerk',
      'Fokusgruppe Internationalisierung und Vielfalt',
      'Fokusgruppe Pflege und Gesundheit',
    ]);
  });

  it('sorts umlauts with their base letter, as a German reader expects', () => {
    const names = ['Arbeitsgruppe Zukunft', 'Arbeitsgruppe Übergänge', 'Arbeitsgruppe Ausbildung'];
    const sorted = names.map((name) => ({ kind: 'FOCUS_GROUP' as const, name })).sort(compareBodies);
    expect(sorted.map((b) => b.name)).toEqual([
      'Arbeitsgruppe Ausbildung',
      'Arbeitsgruppe Übergänge',
      'Arbeitsgruppe Zukunft',
    ]);
  });

  it('never lets a focus group precede a steering board', () => {
    const body = fc.record({ kind: fc.constantFrom(...BODY_KINDS), name: fc.string() });
    fc.assert(
      fc.property(fc.array(body), (bodies) => {
        const sorted = [...bodies].sort(compareBodies);
        const firstGroup = sorted.findIndex((b) => b.kind === 'FOCUS_GROUP');
        const lastBoard = sorted.findLastIndex((b) => b.kind === 'STEERING_BOARD');
        expect(firstGroup === -1 || lastBoard === -1 || lastBoard < firstGroup).toBe(true);
      }),
    );
  });
});

describe('compareOrganisations', () => {
  it('groups organisations by kind in the order of ORGANISATION_KINDS, then by name', () => {
    const organisations = [
      { kind: 'UNION' as const, name: 'ver.di Landesbezirk Hessen' },
      { kind: 'MINISTRY' as const, name: 'Hessisches Ministerium für Soziales und Integration' },
      { kind: 'UNION' as const, name: 'DGB Bezirk Hessen-Thüringen' },
      { kind: 'EMPLOYMENT_AGENCY' as const, name: 'Regionaldirektion Hessen der Bundesagentur für Arbeit' },
    ];
    expect(organisations.sort(compareOrganisations).map((o) => o.name)).toEqual([
      'Hessisches Ministerium für Soziales und Integration',
      'Regionaldirektion Hessen der Bundesagentur für Arbeit',
      'DGB Bezirk Hessen-Thüringen',
      'ver.di Landesbezirk Hessen',
    ]);
  });

  it('yields kinds in non-decreasing list order for any input', () => {
    const organisation = fc.record({ kind: fc.constantFrom(...ORGANISATION_KINDS), name: fc.string() });
    fc.assert(
      fc.property(fc.array(organisation), (organisations) => {
        const ranks = [...organisations].sort(compareOrganisations).map((o) => ORGANISATION_KINDS.indexOf(o.kind));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});

describe('compareRegions', () => {
  it('lists the state first, then districts and cities mixed by name', () => {
    const regions = [
      { kind: 'INDEPENDENT_CITY' as const, name: 'Wiesbaden' },
      { kind: 'DISTRICT' as const, name: 'Bergstraße' },
      { kind: 'STATE' as const, name: 'Hessen' },
      { kind: 'INDEPENDENT_CITY' as const, name: 'Darmstadt' },
    ];
    expect(regions.sort(compareRegions).map((r) => r.name)).toEqual(['Hessen', 'Bergstraße', 'Darmstadt', 'Wiesbaden']);
  });
});
