import { MEMBERSHIP_ROLES, type MembershipRole } from '../alliance-structure';

/** Roles held in the alliance itself rather than in one of its bodies. */
export const ALLIANCE_ROLES = ['SECRETARIAT'] as const;
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];

/** Everything an operation may require. Grows with each feature; POLICY must name the roles of each. */
export const PERMISSIONS = [
  'alliance.read',
  'alliance.administer',
  'audit.read',
  'recommendation.read',
  'recommendation.draft',
  'recommendation.discuss',
  'recommendation.review',
  'indicator.manage',
  'plan.read-drafts',
  'plan.assemble',
  'plan.sign',
  'initiative.read',
  'initiative.contribute',
  'initiative.manage',
  'ballot.read',
  'ballot.manage',
  'ballot.vote',
  'declaration.read',
  'declaration.steer',
  'declaration.draft',
  'declaration.amend',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * One role an account holds: a current membership of a body (bodyId set) or an alliance role
 * (bodyId null). Both kinds know a role named SECRETARIAT; bodyId tells them apart.
 */
export interface Grant {
  allianceId: string;
  bodyId: string | null;
  role: MembershipRole | AllianceRole;
}

export interface PermissionRoles {
  alliance: readonly AllianceRole[];
  body: readonly MembershipRole[];
}

/** The one place that says which roles hold which permission. */
export const POLICY: Record<Permission, PermissionRoles> = {
  // Everyone who currently sits in any body of the alliance, observers included, reads its structure.
  'alliance.read': { alliance: ['SECRETARIAT'], body: MEMBERSHIP_ROLES },
  // Bodies, members and roles are set up by the alliance's secretariat alone.
  'alliance.administer': { alliance: ['SECRETARIAT'], body: [] },
  // The audit log names people and what they did: only those who administer the alliance read it.
  'audit.read': { alliance: ['SECRETARIAT'], body: [] },
  // Scope: the focus group. Everyone in the group reads its drafts; approved and adopted
  // recommendations are read with alliance.read by everyone in the alliance.
  'recommendation.read': { alliance: ['SECRETARIAT'], body: MEMBERSHIP_ROLES },
  // Scope: the focus group. Its members co-author; observers only read.
  'recommendation.draft': { alliance: [], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'] },
  // Scope: the focus group. Comments and support; the alliance's secretariat may join in.
  'recommendation.discuss': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'] },
  // Scope: the focus group. Its chair and deputy return, approve or reject what was submitted.
  'recommendation.review': { alliance: [], body: ['CHAIR', 'DEPUTY_CHAIR'] },
  // Scope: the alliance. Indicators (forecasts, time series) are kept by the secretariat.
  'indicator.manage': { alliance: ['SECRETARIAT'], body: [] },
  // Scope: the steering board. Unpublished plan versions; a published one is read with alliance.read.
  'plan.read-drafts': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'] },
  // Scope: the steering board. Its chair or the secretariat choose and order what goes into a version.
  'plan.assemble': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'SECRETARIAT'] },
  // Scope: the steering board. A version is approved once both chair and deputy have signed off.
  'plan.sign': { alliance: [], body: ['CHAIR', 'DEPUTY_CHAIR'] },
  // Scope: the alliance. The register in full (milestones, reports, timeline) for everyone who works in a body;
  // observers read the list the secretariat publishes (alliance.read).
  'initiative.read': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'] },
  // Scope: the alliance, then the initiative: representatives of its lead organisation change its status, content and
  // milestones, those of the lead and partner organisations file progress reports (the service checks whom they represent).
  'initiative.contribute': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'] },
  // Scope: the alliance. The secretariat keeps the register: creates and imports, runs reporting rounds, reads the
  // dashboard and exports, publishes the list.
  'initiative.manage': { alliance: ['SECRETARIAT'], body: [] },
  // Scope: the ballot's body. Everyone in the body, observers included, follows its ballots and results.
  'ballot.read': { alliance: ['SECRETARIAT'], body: MEMBERSHIP_ROLES },
  // Scope: the ballot's body. Its chair, deputy or secretariat prepare, open, close and cancel ballots.
  'ballot.manage': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT'] },
  // Scope: the ballot's body. Who actually votes is fixed by the eligibility snapshot when a ballot opens.
  'ballot.vote': { alliance: [], body: ['CHAIR', 'DEPUTY_CHAIR', 'MEMBER'] },
  // Scope: the declaration's body. Everyone in it reads the declaration while it is worked on;
  // an adopted one is read with alliance.read by everyone in the alliance.
  'declaration.read': { alliance: ['SECRETARIAT'], body: MEMBERSHIP_ROLES },
  // Scope: the declaration's body. Its chair or the secretariat start a declaration, name the
  // drafting team, move it from phase to phase, put amendments and the text to the vote, remind partners.
  'declaration.steer': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'SECRETARIAT'] },
  // Scope: the declaration's body. The drafting team writes the text and takes amendments over:
  // the secretariat always, the other members once named to the team (mayDraftDeclaration).
  'declaration.draft': { alliance: ['SECRETARIAT'], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'] },
  // Scope: the declaration's body. Its members propose amendments, support and discuss them; observers only read.
  'declaration.amend': { alliance: [], body: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'] },
};

export interface AccessScope {
  allianceId: string;
  /** Limits body roles to this body; without it a role in any body of the alliance counts. */
  bodyId?: string;
}

function gives(grant: Grant, permission: Permission, scope: AccessScope): boolean {
  if (grant.allianceId !== scope.allianceId) return false;
  const roles = POLICY[permission];
  if (grant.bodyId === null) return (roles.alliance as readonly string[]).includes(grant.role);
  if (scope.bodyId !== undefined && grant.bodyId !== scope.bodyId) return false;
  return (roles.body as readonly string[]).includes(grant.role);
}

/** Whether any of the grants gives the permission in this alliance (and body, when one is named). */
export function holds(grants: readonly Grant[], permission: Permission, scope: AccessScope): boolean {
  return grants.some((grant) => gives(grant, permission, scope));
}

/** Every permission the grants give in this scope, in the order of PERMISSIONS (what a client may offer its user). */
export function permissionsIn(grants: readonly Grant[], scope: AccessScope): Permission[] {
  return PERMISSIONS.filter((permission) => holds(grants, permission, scope));
}

/** The alliances in which the grants give the permission, each once, in the order of the grants. */
export function alliancesWith(grants: readonly Grant[], permission: Permission): string[] {
  const alliances = new Set<string>();
  for (const grant of grants) {
    if (gives(grant, permission, { allianceId: grant.allianceId })) alliances.add(grant.allianceId);
  }
  return [...alliances];
}

/** Whether the grants hold any role at all in the alliance: outsiders must not learn that its objects exist. */
export function belongsTo(grants: readonly Grant[], allianceId: string): boolean {
  return grants.some((grant) => grant.allianceId === allianceId);
}
