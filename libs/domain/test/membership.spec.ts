import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MEMBERSHIP_ROLES,
  compareMemberships,
  countCurrentMembers,
  currentChair,
  currentDeputyChair,
  currentHolder,
  isMembershipActive,
  type MembershipFacts,
} from '../src';

const day = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const membership = fc
  .record({
    id: fc.uuid(),
    personId: fc.constantFrom('anna', 'ben', 'cem', 'dana', 'emil'),
    role: fc.constantFrom(...MEMBERSHIP_ROLES),
    since: day,
    until: fc.option(day, { nil: null }),
  })
  .filter((m) => m.until === null || m.since <= m.until);

function m(overrides: Partial<MembershipFacts> & Pick<MembershipFacts, 'id'>): MembershipFacts {
  return { personId: overrides.id, role: 'MEMBER', since: '2020-09-22', until: null, ...overrides };
}

describe('isMembershipActive', () => {
  const term = { since: '2020-09-22', until: '2023-10-11' };

  it('counts the first and the last day as part of the membership', () => {
    expect(isMembershipActive(term, '2020-09-22')).toBe(true);
    expect(isMembershipActive(term, '2023-10-11')).toBe(true);
  });

  it('is not active the day before it starts nor the day after it ends', () => {
    expect(isMembershipActive(term, '2020-09-21')).toBe(false);
    expect(isMembershipActive(term, '2023-10-12')).toBe(false);
  });

  it('lasts indefinitely without an end date', () => {
    expect(isMembershipActive({ since: '2020-09-22', until: null }, '2099-12-31')).toBe(true);
  });

  it('is active exactly on the days between since and until', () => {
    fc.assert(
      fc.property(membership, day, (mem, onDate) => {
        const inside = mem.since <= onDate && (mem.until === null || onDate <= mem.until);
        expect(isMembershipActive(mem, onDate)).toBe(inside);
      }),
    );
  });
});

describe('currentChair and currentDeputyChair', () => {
  it('finds the sitting chair and deputy among members', () => {
    const board = [
      m({ id: 'a', role: 'MEMBER' }),
      m({ id: 'b', role: 'CHAIR' }),
      m({ id: 'c', role: 'DEPUTY_CHAIR' }),
    ];
    expect(currentChair(board, '2021-01-01')?.id).toBe('b');
    expect(currentDeputyChair(board, '2021-01-01')?.id).toBe('c');
  });

  it('ignores a former chair whose term has ended', () => {
    const board = [m({ id: 'old', role: 'CHAIR', since: '2015-01-01', until: '2020-09-21' })];
    expect(currentChair(board, '2021-01-01')).toBeNull();
  });

  it('gives the role to the one appointed last while two terms overlap', () => {
    const board = [
      m({ id: 'outgoing', role: 'CHAIR', since: '2019-01-01', until: '2024-01-31' }),
      m({ id: 'incoming', role: 'CHAIR', since: '2024-01-18' }),
    ];
    expect(currentChair(board, '2024-01-20')?.id).toBe('incoming');
    expect(currentChair(board, '2024-01-17')?.id).toBe('outgoing');
  });

  it('returns an active holder of the role appointed no earlier than any other, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(membership, { maxLength: 12 }), day, fc.constantFrom(...MEMBERSHIP_ROLES), (list, onDate, role) => {
        const holder = currentHolder(list, role, onDate);
        const candidates = list.filter((x) => x.role === role && isMembershipActive(x, onDate));
        if (candidates.length === 0) {
          expect(holder).toBeNull();
          return;
        }
        expect(holder).not.toBeNull();
        expect(holder?.role).toBe(role);
        expect(candidates.every((c) => c.since <= (holder?.since ?? ''))).toBe(true);
        expect(currentHolder([...list].reverse(), role, onDate)).toBe(holder);
      }),
    );
  });
});

describe('countCurrentMembers', () => {
  it('counts people with a current membership of any role', () => {
    const group = [
      m({ id: '1', personId: 'anna', role: 'CHAIR' }),
      m({ id: '2', personId: 'ben', role: 'OBSERVER' }),
      m({ id: '3', personId: 'cem', role: 'MEMBER', until: '2020-12-31' }),
      m({ id: '4', personId: 'dana', role: 'SECRETARIAT' }),
    ];
    expect(countCurrentMembers(group, '2021-06-01')).toBe(3);
  });

  it('counts a person with two roles once', () => {
    const group = [
      m({ id: '1', personId: 'anna', role: 'SECRETARIAT' }),
      m({ id: '2', personId: 'anna', role: 'MEMBER' }),
    ];
    expect(countCurrentMembers(group, '2021-06-01')).toBe(1);
  });

  it('equals the number of distinct people among the active memberships', () => {
    fc.assert(
      fc.property(fc.array(membership, { maxLength: 20 }), day, (list, onDate) => {
        const expected = new Set(list.filter((x) => isMembershipActive(x, onDate)).map((x) => x.personId)).size;
        expect(countCurrentMembers(list, onDate)).toBe(expected);
      }),
    );
  });
});

describe('compareMemberships', () => {
  it('lists the chair first, the deputy second and observers last', () => {
    const list = [
      m({ id: '1', role: 'OBSERVER' }),
      m({ id: '2', role: 'MEMBER' }),
      m({ id: '3', role: 'DEPUTY_CHAIR' }),
      m({ id: '4', role: 'SECRETARIAT' }),
      m({ id: '5', role: 'CHAIR' }),
    ];
    expect(list.sort(compareMemberships).map((x) => x.role)).toEqual([
      'CHAIR',
      'DEPUTY_CHAIR',
      'SECRETARIAT',
      'MEMBER',
      'OBSERVER',
    ]);
  });

  it('sorts any list into the same order whatever order it came in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(membership, { selector: (x) => x.id, maxLength: 12 }), (list) => {
        const sorted = [...list].sort(compareMemberships);
        expect([...list].reverse().sort(compareMemberships)).toEqual(sorted);
      }),
    );
  });
});
