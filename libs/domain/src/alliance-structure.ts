/**
 * The vocabulary of an alliance's structure. Each list is ordered the way people expect to read
 * it (steering board before focus groups, chair before members, ministries before companies);
 * the API enums and the web's labels are built from these lists so there is one source.
 */

export const BODY_KINDS = ['STEERING_BOARD', 'FOCUS_GROUP'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const MEMBERSHIP_ROLES = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER', 'OBSERVER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const ORGANISATION_KINDS = [
  'MINISTRY',
  'EMPLOYMENT_AGENCY',
  'CHAMBER',
  'UNION',
  'EMPLOYER_ASSOCIATION',
  'MUNICIPAL_ASSOCIATION',
  'UNIVERSITY_RESEARCH',
  'WELFARE_ASSOCIATION',
  'COMPANY',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const REGION_KINDS = ['STATE', 'DISTRICT', 'INDEPENDENT_CITY'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];
