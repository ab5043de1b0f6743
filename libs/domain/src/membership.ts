import { BODY_KINDS, MEMBERSHIP_ROLES, ORGANISATION_KINDS } from './alliance-structure';
import type { BodyKind, MembershipRole, OrganisationKind, RegionKind } from './alliance-structure';
import type { LocalDate } from './local-date';

/** What the rules need to know about a membership; entities and API types both fit this shape. */
export interface MembershipPeriod {
  since: LocalDate;
  /** Last day of the membership (inclusive); null while it lasts. */
  until: LocalDate | null;
}

export interface MembershipFacts extends MembershipPeriod {
  id: string;
  personId: string;
  role: MembershipRole;
}

/** A membership counts from its first day through its last day, both inclusive. */
export function isMembershipActive(membership: MembershipPeriod, onDate: LocalDate): boolean {
  return membership.since <= onDate && (membership.until === null || onDate <= membership.until);
}

/**
 * The person currently holding a role in a body. During a handover both terms may overlap for a
 * while; the one appointed last holds the role. Ties fall to the smaller id, so the answer does
 * not depend on the order the memberships were loaded in.
 */
export function currentHolder<M extends MembershipFacts>(
  memberships: readonly M[],
  role: MembershipRole,
  onDate: LocalDate,
): M | null {
  let holder: M | null = null;
  for (const membership of memberships) {
    if (membership.role !== role || !isMembershipActive(membership, onDate)) continue;
    if (
      holder === null ||
      membership.since > holder.since ||
      (membership.since === holder.since && membership.id < holder.id)
    ) {
      holder = membership;
    }
  }
  return holder;
}

export function currentChair<M extends MembershipFacts>(memberships: readonly M[], onDate: LocalDate): M | null {
  return currentHolder(memberships, 'CHAIR', onDate);
}

export function currentDeputyChair<M extends MembershipFacts>(memberships: readonly M[], onDate: LocalDate): M | null {
  return currentHolder(memberships, 'DEPUTY_CHAIR', onDate);
}

/**
 * How many people currently belong to a body, whatever their role. A person who is, say, both
 * secretariat and member is one person at the table, so people are counted, not memberships.
 */
export function countCurrentMembers(memberships: readonly MembershipFacts[], onDate: LocalDate): number {
  const people = new Set<string>();
  for (const membership of memberships) {
    if (isMembershipActive(membership, onDate)) people.add(membership.personId);
  }
  return people.size;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function rank<T>(list: readonly T[], value: T): number {
  return list.indexOf(value);
}

/** Steering board first, then the other bodies by name (German collation: "Ä" sorts with "A"). */
export function compareBodies(a: { kind: BodyKind; name: string }, b: { kind: BodyKind; name: string }): number {
  return rank(BODY_KINDS, a.kind) - rank(BODY_KINDS, b.kind) || collator.compare(a.name, b.name);
}

/** Ministries first and companies last (the order of ORGANISATION_KINDS), then by name. */
export function compareOrganisations(
  a: { kind: OrganisationKind; name: string },
  b: { kind: OrganisationKind; name: string },
): number {
  return rank(ORGANISATION_KINDS, a.kind) - rank(ORGANISATION_KINDS, b.kind) || collator.compare(a.name, b.name);
}

/** Chair first, observers last; within a role, the longest-serving first. */
export function compareMemberships(a: MembershipFacts, b: MembershipFacts): number {
  return (
    rank(MEMBERSHIP_ROLES, a.role) - rank(MEMBERSHIP_ROLES, b.role) ||
    (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The state first, then districts and independent cities together by name, as people look them up. */
export function compareRegions(a: { kind: RegionKind; name: string }, b: { kind: RegionKind; name: string }): number {
  return Number(b.kind === 'STATE') - Number(a.kind === 'STATE') || collator.compare(a.name, b.name);
}
