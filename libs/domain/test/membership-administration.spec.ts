import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endDateProblem, findMembershipClash, isMembershipActive, termFrom, termsOverlap, type MembershipFacts } from '../src';

function m(overrides: Partial<MembershipFacts> & Pick<MembershipFacts, 'id'>): MembershipFacts {
  return { personId: overrides.id, role: 'MEMBER', since: '2020-09-22', until: null, ...overrides };
}

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const term = fc
  .record({ since: day, until: fc.option(day, { nil: null }) })
  .filter((t) => t.until === null || t.since <= t.until);

describe('termsOverlap', () => {
  it('sees an overlap when both terms are active on a day other than a handover day', () => {
    fc.assert(
      fc.property(term, term, day, (a, b, onDate) => {
        const handover = (x: typeof a, y: typeof b) => x.until === onDate && y.since === onDate && x.since !== y.since;
        if (isMembershipActive(a, onDate) && isMembershipActive(b, onDate) && !handover(a, b) && !handover(b, a)) {
          expect(termsOverlap(a, b)).toBe(true);
        }
        expect(termsOverlap(a, b)).toBe(termsOverlap(b, a));
      }),
    );
  });

  it('lets a term end on the day the next begins (a handover), but not a day later', () => {
    expect(termsOverlap({ since: '2020-09-22', until: '2024-05-10' }, { since: '2024-05-10', until: null })).toBe(false);
    expect(termsOverlap({ since: '2020-09-22', until: '2024-05-11' }, { since: '2024-05-10', until: null })).toBe(true);
    expect(termsOverlap({ since: '2020-09-22', until: '2024-05-09' }, { since: '2024-05-10', until: null })).toBe(false);
  });

  it('never sees an overlap between terms without a common active day', () => {
    fc.assert(
      fc.property(term, term, (a, b) => {
        if (a.until !== null && a.until < b.since) expect(termsOverlap(a, b)).toBe(false);
      }),
    );
  });
});

describe('findMembershipClash', () => {
  const chair = m({ id: 'anna', role: 'CHAIR' });
  const deputy = m({ id: 'ben', role: 'DEPUTY_CHAIR' });
  const member = m({ id: 'cem', role: 'MEMBER' });

  it('refuses a second chair and a second deputy while the first is in office', () => {
    expect(findMembershipClash([chair, deputy, member], m({ id: 'new', personId: 'dana', role: 'CHAIR', since: '2024-01-01' }))).toEqual({
      kind: 'role-taken',
      holder: chair,
    });
    expect(findMembershipClash([chair, deputy], m({ id: 'new', personId: 'dana', role: 'DEPUTY_CHAIR' }))?.kind).toBe('role-taken');
  });

  it('allows any number of members, secretariats and observers', () => {
    for (const role of ['MEMBER', 'SECRETARIAT', 'OBSERVER'] as const) {
      const others = [m({ id: 'a', role }), m({ id: 'b', role })];
      expect(findMembershipClash(others, m({ id: 'new', personId: 'dana', role }))).toBeNull();
    }
  });

  it('no longer counts a chair whose term has ended, and allows the handover day', () => {
    const former = { ...chair, until: '2024-05-10' };
    expect(findMembershipClash([former], m({ id: 'new', personId: 'dana', role: 'CHAIR', since: '2024-05-10' }))).toBeNull();
    expect(findMembershipClash([former], m({ id: 'new', personId: 'dana', role: 'CHAIR', since: '2024-05-09' }))?.kind).toBe('role-taken');
  });

  it('refuses the same role twice for one person at the same time, but not in a later term', () => {
    expect(findMembershipClash([member], m({ id: 'new', personId: 'cem', role: 'MEMBER', since: '2025-01-01' }))).toEqual({
      kind: 'already-member',
      membership: member,
    });
    const ended = { ...member, until: '2022-12-31' };
    expect(findMembershipClash([ended], m({ id: 'new', personId: 'cem', role: 'MEMBER', since: '2025-01-01' }))).toBeNull();
  });

  it('does not hold a membership against itself when it changes', () => {
    expect(findMembershipClash([chair], { ...chair })).toBeNull();
  });
});

describe('termFrom', () => {
  it('starts a role change today, or at the start of a term that lies ahead', () => {
    expect(termFrom({ since: '2020-09-22', until: null }, '2025-03-01')).toEqual({ since: '2025-03-01', until: null });
    expect(termFrom({ since: '2026-01-01', until: '2026-12-31' }, '2025-03-01')).toEqual({ since: '2026-01-01', until: '2026-12-31' });
  });
});

describe('endDateProblem', () => {
  const today = '2025-03-01';

  it('lets a running membership end today, on a past day after its start, or on a future day', () => {
    for (const until of ['2025-03-01', '2024-01-01', '2020-09-22', '2026-06-30']) {
      expect(endDateProblem({ since: '2020-09-22', until: null }, until, today)).toBeNull();
    }
  });

  it('refuses an end before the start', () => {
    expect(endDateProblem({ since: '2020-09-22', until: null }, '2020-09-21', today)).toBe('before-start');
  });

  it('refuses to end a membership that has already ended, but moves a planned end', () => {
    expect(endDateProblem({ since: '2020-09-22', until: '2023-10-11' }, today, today)).toBe('already-ended');
    expect(endDateProblem({ since: '2020-09-22', until: '2025-12-31' }, today, today)).toBeNull();
  });
});
