import { type MembershipRole, POLICY } from '@pakt/domain';

interface Viewer {
  readonly people: readonly { readonly memberships: readonly { readonly role: MembershipRole; readonly body: { readonly id: string } }[] }[];
}

/**
 * Whether to offer preparing and running ballots of this body: its chair, deputy and secretariat,
 * and the alliance's secretariat (libs/domain's POLICY, seen from the client; the api decides).
 */
export function managesBallots(viewer: Viewer | null | undefined, bodyId: string, alliancePermissions: readonly string[]): boolean {
  if (alliancePermissions.includes('alliance.administer') && POLICY['ballot.manage'].alliance.includes('SECRETARIAT')) return true;
  return (viewer?.people ?? []).some((person) =>
    person.memberships.some((membership) => membership.body.id === bodyId && POLICY['ballot.manage'].body.includes(membership.role)),
  );
}
