/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation UpdateAlliance($input: UpdateAllianceInput!) {\n    updateAlliance(input: $input) {\n      id\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n    }\n  }\n": typeof types.UpdateAllianceDocument,
    "\n  mutation CreateBody($input: CreateBodyInput!) {\n    createBody(input: $input) {\n      id\n      name\n      kind\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n": typeof types.CreateBodyDocument,
    "\n  mutation UpdateBody($input: UpdateBodyInput!) {\n    updateBody(input: $input) {\n      id\n      name\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n": typeof types.UpdateBodyDocument,
    "\n  mutation CreateActionField($input: CreateActionFieldInput!) {\n    createActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n": typeof types.CreateActionFieldDocument,
    "\n  mutation UpdateActionField($input: UpdateActionFieldInput!) {\n    updateActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n": typeof types.UpdateActionFieldDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      version\n      person {\n        id\n      }\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      role\n      version\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChangeMembershipDocument,
    "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      id\n      until\n      version\n    }\n  }\n": typeof types.EndMembershipDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation AnonymisePerson($personId: ID!) {\n    anonymisePerson(personId: $personId) {\n      id\n      displayName\n      email\n      active\n      version\n    }\n  }\n": typeof types.AnonymisePersonDocument,
    "\n  query AdminAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n      bodies {\n        id\n        name\n        kind\n        description\n        version\n        actionFields {\n          id\n        }\n      }\n      actionFields {\n        id\n        title\n        description\n        version\n      }\n      organisations {\n        id\n        name\n        shortName\n        kind\n        version\n      }\n      regions {\n        id\n        name\n        kind\n        code\n        version\n      }\n    }\n  }\n": typeof types.AdminAllianceDocument,
    "\n  query People($allianceId: ID!, $search: String, $first: Int!, $after: String) {\n    people(allianceId: $allianceId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          active\n          version\n          memberships {\n            id\n            role\n            since\n            version\n            body {\n              id\n              name\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    invitations(allianceId: $allianceId, pending: true) {\n      id\n      email\n      displayName\n      role\n      expiresAt\n      createdAt\n      body {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  query AuditLog(\n    $allianceId: ID!\n    $action: String\n    $actorAccountId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      allianceId: $allianceId\n      action: $action\n      actorAccountId: $actorAccountId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorAccountId\n          actorName\n          objectType\n          objectId\n          details\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AdminAlliances {\n    alliances {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n    }\n  }\n": typeof types.AdminAlliancesDocument,
    "query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}": typeof types.AllianceOverviewDocument,
    "\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n": typeof types.AlliancesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyGroupsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      allianceName\n      bodyName\n      role\n      expiresAt\n      hasAccount\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": typeof types.MyPersonalDataDocument,
};
const documents: Documents = {
    "\n  mutation UpdateAlliance($input: UpdateAllianceInput!) {\n    updateAlliance(input: $input) {\n      id\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n    }\n  }\n": types.UpdateAllianceDocument,
    "\n  mutation CreateBody($input: CreateBodyInput!) {\n    createBody(input: $input) {\n      id\n      name\n      kind\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n": types.CreateBodyDocument,
    "\n  mutation UpdateBody($input: UpdateBodyInput!) {\n    updateBody(input: $input) {\n      id\n      name\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n": types.UpdateBodyDocument,
    "\n  mutation CreateActionField($input: CreateActionFieldInput!) {\n    createActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n": types.CreateActionFieldDocument,
    "\n  mutation UpdateActionField($input: UpdateActionFieldInput!) {\n    updateActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n": types.UpdateActionFieldDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      version\n      person {\n        id\n      }\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      role\n      version\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ChangeMembershipDocument,
    "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      id\n      until\n      version\n    }\n  }\n": types.EndMembershipDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n      version\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation AnonymisePerson($personId: ID!) {\n    anonymisePerson(personId: $personId) {\n      id\n      displayName\n      email\n      active\n      version\n    }\n  }\n": types.AnonymisePersonDocument,
    "\n  query AdminAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n      bodies {\n        id\n        name\n        kind\n        description\n        version\n        actionFields {\n          id\n        }\n      }\n      actionFields {\n        id\n        title\n        description\n        version\n      }\n      organisations {\n        id\n        name\n        shortName\n        kind\n        version\n      }\n      regions {\n        id\n        name\n        kind\n        code\n        version\n      }\n    }\n  }\n": types.AdminAllianceDocument,
    "\n  query People($allianceId: ID!, $search: String, $first: Int!, $after: String) {\n    people(allianceId: $allianceId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          active\n          version\n          memberships {\n            id\n            role\n            since\n            version\n            body {\n              id\n              name\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    invitations(allianceId: $allianceId, pending: true) {\n      id\n      email\n      displayName\n      role\n      expiresAt\n      createdAt\n      body {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  query AuditLog(\n    $allianceId: ID!\n    $action: String\n    $actorAccountId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      allianceId: $allianceId\n      action: $action\n      actorAccountId: $actorAccountId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorAccountId\n          actorName\n          objectType\n          objectId\n          details\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AdminAlliances {\n    alliances {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n    }\n  }\n": types.AdminAlliancesDocument,
    "query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}": types.AllianceOverviewDocument,
    "\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n": types.AlliancesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyGroupsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      allianceName\n      bodyName\n      role\n      expiresAt\n      hasAccount\n    }\n  }\n": types.InvitationDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": types.MyPersonalDataDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlliance($input: UpdateAllianceInput!) {\n    updateAlliance(input: $input) {\n      id\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlliance($input: UpdateAllianceInput!) {\n    updateAlliance(input: $input) {\n      id\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBody($input: CreateBodyInput!) {\n    createBody(input: $input) {\n      id\n      name\n      kind\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBody($input: CreateBodyInput!) {\n    createBody(input: $input) {\n      id\n      name\n      kind\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBody($input: UpdateBodyInput!) {\n    updateBody(input: $input) {\n      id\n      name\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBody($input: UpdateBodyInput!) {\n    updateBody(input: $input) {\n      id\n      name\n      description\n      version\n      actionFields {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionField($input: CreateActionFieldInput!) {\n    createActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionField($input: CreateActionFieldInput!) {\n    createActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionField($input: UpdateActionFieldInput!) {\n    updateActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionField($input: UpdateActionFieldInput!) {\n    updateActionField(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      shortName\n      kind\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      kind\n      code\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      version\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      version\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      role\n      version\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMembership($input: ChangeMembershipInput!) {\n    changeMembership(input: $input) {\n      id\n      role\n      version\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      id\n      until\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      id\n      until\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymisePerson($personId: ID!) {\n    anonymisePerson(personId: $personId) {\n      id\n      displayName\n      email\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AnonymisePerson($personId: ID!) {\n    anonymisePerson(personId: $personId) {\n      id\n      displayName\n      email\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n      bodies {\n        id\n        name\n        kind\n        description\n        version\n        actionFields {\n          id\n        }\n      }\n      actionFields {\n        id\n        title\n        description\n        version\n      }\n      organisations {\n        id\n        name\n        shortName\n        kind\n        version\n      }\n      regions {\n        id\n        name\n        kind\n        code\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAlliance($slug: String!) {\n    alliance(slug: $slug) {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n      description\n      state\n      constitutedOn\n      version\n      bodies {\n        id\n        name\n        kind\n        description\n        version\n        actionFields {\n          id\n        }\n      }\n      actionFields {\n        id\n        title\n        description\n        version\n      }\n      organisations {\n        id\n        name\n        shortName\n        kind\n        version\n      }\n      regions {\n        id\n        name\n        kind\n        code\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($allianceId: ID!, $search: String, $first: Int!, $after: String) {\n    people(allianceId: $allianceId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          active\n          version\n          memberships {\n            id\n            role\n            since\n            version\n            body {\n              id\n              name\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($allianceId: ID!, $search: String, $first: Int!, $after: String) {\n    people(allianceId: $allianceId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          active\n          version\n          memberships {\n            id\n            role\n            since\n            version\n            body {\n              id\n              name\n            }\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($allianceId: ID!) {\n    invitations(allianceId: $allianceId, pending: true) {\n      id\n      email\n      displayName\n      role\n      expiresAt\n      createdAt\n      body {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($allianceId: ID!) {\n    invitations(allianceId: $allianceId, pending: true) {\n      id\n      email\n      displayName\n      role\n      expiresAt\n      createdAt\n      body {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog(\n    $allianceId: ID!\n    $action: String\n    $actorAccountId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      allianceId: $allianceId\n      action: $action\n      actorAccountId: $actorAccountId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorAccountId\n          actorName\n          objectType\n          objectId\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog(\n    $allianceId: ID!\n    $action: String\n    $actorAccountId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      allianceId: $allianceId\n      action: $action\n      actorAccountId: $actorAccountId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorAccountId\n          actorName\n          objectType\n          objectId\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAlliances {\n    alliances {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query AdminAlliances {\n    alliances {\n      id\n      viewerPermissions\n      slug\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}"): (typeof documents)["query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n"): (typeof documents)["\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      allianceName\n      bodyName\n      role\n      expiresAt\n      hasAccount\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      allianceName\n      bodyName\n      role\n      expiresAt\n      hasAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;