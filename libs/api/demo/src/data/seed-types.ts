import type { AllianceRole, BodyKind, LocalDate, MembershipRole, OrganisationKind, RegionKind } from '@pakt/domain';

export interface SeedOrganisation {
  name: string;
  shortName?: string;
  kind: OrganisationKind;
}

export interface SeedActionField {
  title: string;
  description?: string;
}

/** A seat in a body. People are named by display name; one name is one person within an alliance. */
export interface SeedMembership<OrgKey extends string> {
  role: MembershipRole;
  person: string;
  organisation: OrgKey;
  since?: LocalDate;
  until?: LocalDate;
}

export interface SeedBody<OrgKey extends string, FieldKey extends string> {
  name: string;
  kind: BodyKind;
  description?: string;
  /** First day of the body's work: the default `since` of its memberships. */
  since: LocalDate;
  actionFields: FieldKey[];
  memberships: Array<SeedMembership<OrgKey>>;
}

export interface SeedRegion {
  name: string;
  kind: RegionKind;
  code: string;
}

/** A demo account (password DEMO_PASSWORD), signing in as one of the alliance's people. */
export interface SeedAccount {
  email: string;
  /** Display name of the person this account is. */
  person: string;
  /** Roles in the alliance itself, beyond the person's memberships. */
  allianceRoles?: AllianceRole[];
}

export interface SeedAlliance<OrgKey extends string = string, FieldKey extends string = string> {
  slug: string;
  name: string;
  shortName?: string;
  description?: string;
  state: string;
  constitutedOn?: LocalDate;
  organisations: Record<OrgKey, SeedOrganisation>;
  /** In the order the alliance lists them. */
  actionFields: Record<FieldKey, SeedActionField>;
  bodies: Array<SeedBody<OrgKey, FieldKey>>;
  regions: SeedRegion[];
  accounts: SeedAccount[];
}

/** Checks at compile time that every body and membership names an organisation and field that exist. */
export function defineAlliance<OrgKey extends string, FieldKey extends string>(
  alliance: SeedAlliance<OrgKey, FieldKey>,
): SeedAlliance<OrgKey, FieldKey> {
  return alliance;
}

type Period = { since?: LocalDate; until?: LocalDate };

/** Short constructors so a body's member list reads like the list on a committee's web page. */
export function seats<OrgKey extends string>() {
  const seat =
    (role: MembershipRole) =>
    (person: string, organisation: OrgKey, period: Period = {}): SeedMembership<OrgKey> => ({
      role,
      person,
      organisation,
      ...period,
    });
  return {
    chair: seat('CHAIR'),
    deputy: seat('DEPUTY_CHAIR'),
    secretariat: seat('SECRETARIAT'),
    member: seat('MEMBER'),
    observer: seat('OBSERVER'),
  };
}
