import { registerEnumType } from '@nestjs/graphql';
import { BODY_KINDS, MEMBERSHIP_ROLES, ORGANISATION_KINDS, REGION_KINDS, REPRESENTATIONS } from '@pakt/domain';

// GraphQL enums and PostgreSQL enum types are both built from the domain's lists, so a kind
// added there appears everywhere at once (the database through a migration).
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const BodyKindEnum = enumObject(BODY_KINDS);
export const MembershipRoleEnum = enumObject(MEMBERSHIP_ROLES);
export const OrganisationKindEnum = enumObject(ORGANISATION_KINDS);
export const RegionKindEnum = enumObject(REGION_KINDS);
export const RepresentationEnum = enumObject(REPRESENTATIONS);

registerEnumType(BodyKindEnum, { name: 'BodyKind', description: 'Dachgremium or Fokus-/Arbeitsgruppe' });
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(RegionKindEnum, { name: 'RegionKind', description: 'Bundesland, Landkreis or kreisfreie Stadt' });
registerEnumType(RepresentationEnum, { name: 'Representation', description: "The organisation's designated voter in the body (PRINCIPAL) or the one who votes in their absence (DEPUTY)" });
