import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  availableInitiativeStatuses,
  checkInitiativeStatusChange,
  effectiveProgress,
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_TRANSITIONS,
  initiativeStatusTransition,
  isMilestoneOverdue,
  isOpenInitiativeStatus,
  isReportStale,
  isValidInitiativePeriod,
  isValidProgressPercent,
  mayEditInitiative,
  mayReportOnInitiative,
  MEMBERSHIP_ROLES,
  nextReportDue,
  partnerProblem,
  rollUpProgress,
  type Grant,
  type InitiativeStanding,
  type InitiativeStatus,
  type ProgressGroup,
} from '../src';

const HESSEN = 'hessen-id';
const OTHER = 'sachsen-anhalt-id';
const GROUP = 'group-id';

const SECRETARIAT: Grant[] = [{ allianceId: HESSEN, bodyId: null, role: 'SECRETARIAT' }];
const MEMBER: Grant[] = [{ allianceId: HESSEN, bodyId: GROUP, role: 'MEMBER' }];
const OBSERVER: Grant[] = [{ allianceId: HESSEN, bodyId: GROUP, role: 'OBSERVER' }];
const FOREIGN_SECRETARIAT: Grant[] = [{ allianceId: OTHER, bodyId: null, role: 'SECRETARIAT' }];

const NOBODY: InitiativeStanding = { representsLead: false, representsPartner: false };
const LEAD: InitiativeStanding = { representsLead: true, representsPartner: false };
const PARTNER: InitiativeStanding = { representsLead: false, representsPartner: true };

const status = fc.constantFrom(...INITIATIVE_STATUSES);
const context = { today: '2026-06-30', lastChangeOn: '2026-01-15' };
const facts = (s: InitiativeStatus) => ({ allianceId: HESSEN, status: s });

describe('the initiative status machine', () => {
  it('allows exactly PLANNED → RUNNING → COMPLETED, RUNNING ↔ PAUSED and any open state → CANCELLED', () => {
    const allowed = INITIATIVE_STATUSES.flatMap((from) => INITIATIVE_STATUSES.filter((to) => initiativeStatusTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      ['PLANNED→RUNNING', 'RUNNING→COMPLETED', 'RUNNING→PAUSED', 'PAUSED→RUNNING', 'PLANNED→CANCELLED', 'RUNNING→CANCELLED', 'PAUSED→CANCELLED'].sort(),
    );
  });

  it('never leaves COMPLETED or CANCELLED, never stays put, and can cancel from every open state', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        if (!isOpenInitiativeStatus(from)) expect(initiativeStatusTransition(from, to)).toBe(false);
        if (from === to) expect(initiativeStatusTransition(from, to)).toBe(false);
        if (isOpenInitiativeStatus(from) && to === 'CANCELLED') expect(initiativeStatusTransition(from, to)).toBe(true);
      }),
    );
  });

  it('reaches every status from PLANNED', () => {
    const reached = new Set<InitiativeStatus>(['PLANNED']);
    const queue: InitiativeStatus[] = ['PLANNED'];
    while (queue.length > 0) {
      for (const next of INITIATIVE_STATUS_TRANSITIONS[queue.shift()!]) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...INITIATIVE_STATUSES].sort());
  });

  it('lets the secretariat and the lead organisation’s representatives change the status, nobody else', () => {
    const request = { to: 'RUNNING' as const, note: 'Start', effectiveOn: '2026-02-01' };
    expect(checkInitiativeStatusChange(SECRETARIAT, facts('PLANNED'), NOBODY, request, context)).toEqual({ ok: true });
    expect(checkInitiativeStatusChange(MEMBER, facts('PLANNED'), LEAD, request, context)).toEqual({ ok: true });
    expect(checkInitiativeStatusChange(MEMBER, facts('PLANNED'), PARTNER, request, context)).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
    expect(checkInitiativeStatusChange(MEMBER, facts('PLANNED'), NOBODY, request, context)).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
    // An observer representing the lead still only reads.
    expect(checkInitiativeStatusChange(OBSERVER, facts('PLANNED'), LEAD, request, context)).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
    expect(checkInitiativeStatusChange(FOREIGN_SECRETARIAT, facts('PLANNED'), NOBODY, request, context)).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
  });

  it('checks the role before the state, the state before the note, the note before the date', () => {
    const bad = { to: 'COMPLETED' as const, note: '', effectiveOn: '2027-01-01' };
    expect(checkInitiativeStatusChange(MEMBER, facts('PLANNED'), NOBODY, bad, context)).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
    expect(checkInitiativeStatusChange(SECRETARIAT, facts('PLANNED'), NOBODY, bad, context)).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    const noNote = { to: 'CANCELLED' as const, note: '   ', effectiveOn: '2027-01-01' };
    expect(checkInitiativeStatusChange(SECRETARIAT, facts('PLANNED'), NOBODY, noNote, context)).toEqual({ ok: false, refusal: 'NOTE_REQUIRED' });
    const future = { to: 'CANCELLED' as const, note: 'Funding ended', effectiveOn: '2026-07-01' };
    expect(checkInitiativeStatusChange(SECRETARIAT, facts('PLANNED'), NOBODY, future, context)).toEqual({ ok: false, refusal: 'IN_FUTURE' });
    const early = { ...future, effectiveOn: '2026-01-14' };
    expect(checkInitiativeStatusChange(SECRETARIAT, facts('PLANNED'), NOBODY, early, context)).toEqual({ ok: false, refusal: 'BEFORE_LAST_CHANGE' });
    const invalid = { ...future, effectiveOn: '2026-02-30' };
    expect(checkInitiativeStatusChange(SECRETARIAT, facts('PLANNED'), NOBODY, invalid, context)).toEqual({ ok: false, refusal: 'INVALID_DATE' });
  });

  it('offers exactly the statuses a check would accept', () => {
    const grants = fc.constantFrom(SECRETARIAT, MEMBER, OBSERVER, FOREIGN_SECRETARIAT);
    const standing = fc.constantFrom(NOBODY, LEAD, PARTNER);
    fc.assert(
      fc.property(grants, standing, status, status, (g, s, from, to) => {
        const offered = availableInitiativeStatuses(g, facts(from), s).includes(to);
        const check = checkInitiativeStatusChange(g, facts(from), s, { to, note: 'n', effectiveOn: '2026-03-01' }, context);
        expect(offered).toBe(check.ok);
      }),
    );
  });

  it('lets lead and partner representatives report, but only lead representatives edit', () => {
    expect(mayReportOnInitiative(MEMBER, facts('RUNNING'), PARTNER)).toBe(true);
    expect(mayReportOnInitiative(MEMBER, facts('RUNNING'), LEAD)).toBe(true);
    expect(mayReportOnInitiative(MEMBER, facts('RUNNING'), NOBODY)).toBe(false);
    expect(mayReportOnInitiative(OBSERVER, facts('RUNNING'), PARTNER)).toBe(false);
    expect(mayReportOnInitiative(SECRETARIAT, facts('RUNNING'), NOBODY)).toBe(true);
    expect(mayEditInitiative(MEMBER, facts('RUNNING'), PARTNER)).toBe(false);
    expect(mayEditInitiative(MEMBER, facts('RUNNING'), LEAD)).toBe(true);
    // Every role of a body, except observers, may contribute when it represents the lead.
    for (const role of MEMBERSHIP_ROLES) {
      expect(mayEditInitiative([{ allianceId: HESSEN, bodyId: GROUP, role }], facts('RUNNING'), LEAD)).toBe(role !== 'OBSERVER');
    }
  });
});

describe('dates, milestones and the reporting cycle', () => {
  it('adds months keeping the day where the month has it', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('flags a milestone overdue once its due date has passed and it is not done', () => {
    expect(isMilestoneOverdue({ dueOn: '2026-05-01', doneOn: null }, '2026-05-02')).toBe(true);
    expect(isMilestoneOverdue({ dueOn: '2026-05-01', doneOn: null }, '2026-05-01')).toBe(false);
    expect(isMilestoneOverdue({ dueOn: '2026-05-01', doneOn: '2026-05-03' }, '2026-06-01')).toBe(false);
  });

  it('asks a running initiative for its next report one cycle after the last', () => {
    const running = { status: 'RUNNING' as const, startOn: '2026-01-10', reportingCycle: 'QUARTERLY' as const };
    expect(nextReportDue(running, null)).toBe('2026-04-10');
    expect(nextReportDue(running, '2026-05-20')).toBe('2026-08-20');
    expect(nextReportDue({ ...running, reportingCycle: 'YEARLY' }, '2026-05-20')).toBe('2027-05-20');
    expect(nextReportDue({ ...running, status: 'PAUSED' }, null)).toBeNull();
  });

  it('calls a running initiative stale after more than 90 days without a report', () => {
    const running = { status: 'RUNNING' as const, startOn: '2025-01-01' };
    expect(isReportStale(running, '2026-03-01', '2026-05-30')).toBe(false);
    expect(isReportStale(running, '2026-03-01', '2026-05-31')).toBe(true);
    expect(isReportStale({ ...running, status: 'COMPLETED' }, null, '2026-05-31')).toBe(false);
    expect(isReportStale({ status: 'RUNNING', startOn: '2026-05-01' }, null, '2026-05-31')).toBe(false);
  });
});

describe('input rules', () => {
  it('accepts whole percentages from 0 to 100 only', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), (p) => isValidProgressPercent(p)));
    for (const p of [-1, 101, 50.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(isValidProgressPercent(p)).toBe(false);
  });

  it('refuses an end before the start', () => {
    expect(isValidInitiativePeriod('2026-01-01', null)).toBe(true);
    expect(isValidInitiativePeriod('2026-01-01', '2026-01-01')).toBe(true);
    expect(isValidInitiativePeriod('2026-01-02', '2026-01-01')).toBe(false);
  });

  it('wants partners exactly for joint initiatives, never the lead among them', () => {
    expect(partnerProblem('SINGLE', 'a', [])).toBeNull();
    expect(partnerProblem('SINGLE', 'a', ['b'])).toBe('SINGLE_WITH_PARTNERS');
    expect(partnerProblem('JOINT', 'a', [])).toBe('JOINT_WITHOUT_PARTNERS');
    expect(partnerProblem('JOINT', 'a', ['a', 'b'])).toBe('LEAD_AS_PARTNER');
    expect(partnerProblem('JOINT', 'a', ['b', 'c'])).toBeNull();
  });
});

describe('the progress roll-up', () => {
  const initiative = fc.record({ status, percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) });

  it('is the mean effective progress of the single initiatives, whatever way they are grouped', () => {
    fc.assert(
      fc.property(fc.array(initiative, { maxLength: 40 }), (initiatives) => {
        const counted = initiatives.flatMap((i) => {
          const p = effectiveProgress(i.status, i.percent);
          return p === null ? [] : [p];
        });
        const groups: ProgressGroup[] = INITIATIVE_STATUSES.map((s) => {
          const of = initiatives.filter((i) => i.status === s);
          return { status: s, count: of.length, percentSum: of.reduce((sum, i) => sum + (i.percent ?? 0), 0) };
        });
        const rolled = rollUpProgress(groups);
        expect(rolled.counted).toBe(counted.length);
        if (counted.length === 0) expect(rolled.percent).toBeNull();
        else expect(Math.abs(rolled.percent! - counted.reduce((a, b) => a + b, 0) / counted.length)).toBeLessThanOrEqual(0.05 + 1e-9);
        if (rolled.percent !== null) {
          expect(rolled.percent).toBeGreaterThanOrEqual(0);
          expect(rolled.percent).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('counts completed as 100, cancelled not at all, unreported as 0', () => {
    expect(effectiveProgress('COMPLETED', 40)).toBe(100);
    expect(effectiveProgress('CANCELLED', 40)).toBeNull();
    expect(effectiveProgress('RUNNING', null)).toBe(0);
    expect(
      rollUpProgress([
        { status: 'RUNNING', count: 2, percentSum: 50 },
        { status: 'COMPLETED', count: 1, percentSum: 80 },
        { status: 'CANCELLED', count: 5, percentSum: 0 },
      ]),
    ).toEqual({ percent: 50, counted: 3 });
  });
});
