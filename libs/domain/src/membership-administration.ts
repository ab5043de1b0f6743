import type { MembershipRole } from './alliance-structure';
import type { LocalDate } from './local-date';
import type { MembershipFacts, MembershipPeriod } from './membership';

/** Roles a body gives to one person at a time. */
export const SINGLE_HOLDER_ROLES: readonly MembershipRole[] = ['CHAIR', 'DEPUTY_CHAIR'];

/**
 * Whether two terms share a day. A term that ends on the day the next one begins is a handover,
 * not an overlap: ending a chair "today" and appointing the successor from today must work.
 */
export function termsOverlap(a: MembershipPeriod, b: MembershipPeriod): boolean {
  const start = a.since > b.since ? a.since : b.since;
  const ends = [a.until, b.until].filter((until): until is LocalDate => until !== null);
  if (ends.length === 0) return true;
  const end = ends.reduce((earliest, until) => (until < earliest ? until : earliest));
  if (start !== end) return start < end;
  // One shared day: a handover only when the earlier term ends on the day the later one begins.
  const handsOver = (from: MembershipPeriod, to: MembershipPeriod) => from.until === start && to.since === start && from.since < to.since;
  return !handsOver(a, b) && !handsOver(b, a);
}

export type MembershipClash<M> =
  /** Someone else holds this single-holder role (chair, deputy) during part of the term. */
  | { kind: 'role-taken'; holder: M }
  /** The person already holds this role in the body during part of the term. */
  | { kind: 'already-member'; membership: M };

/**
 * What stands against a new or changed membership of a body, among that body's memberships; the
 * candidate's own row (same id) is skipped. Ended terms count only where they overlap the candidate.
 */
export function findMembershipClash<M extends MembershipFacts>(existing: readonly M[], candidate: MembershipFacts): MembershipClash<M> | null {
  for (const other of existing) {
    if (other.id === candidate.id || other.role !== candidate.role || !termsOverlap(other, candidate)) continue;
    if (other.personId === candidate.personId) return { kind: 'already-member', membership: other };
    if (SINGLE_HOLDER_ROLES.includes(candidate.role)) return { kind: 'role-taken', holder: other };
  }
  return null;
}

/**
 * The part of a term a role change affects: from today on (or from its start, if later). The days
 * already served stay as they were, so chairs who left before today do not stand in its way.
 */
export function termFrom(membership: MembershipPeriod, today: LocalDate): MembershipPeriod {
  return { since: membership.since > today ? membership.since : today, until: membership.until };
}

export type EndDateProblem = 'already-ended' | 'before-start';

/** Why a membership cannot end on that day, or null when it can (a future last day is fine). */
export function endDateProblem(membership: MembershipPeriod, until: LocalDate, today: LocalDate): EndDateProblem | null {
  if (membership.until !== null && membership.until < today) return 'already-ended';
  if (until < membership.since) return 'before-start';
  return null;
}
