import { graphql } from '@pakt/web-data';

/** Everything the structure sections edit, with the versions the forms send back. */
export const AdminAllianceQuery = graphql(`
  query AdminAlliance($slug: String!) {
    alliance(slug: $slug) {
      id
      viewerPermissions
      slug
      name
      shortName
      description
      state
      constitutedOn
      version
      bodies {
        id
        name
        kind
        description
        version
        actionFields {
          id
        }
      }
      actionFields {
        id
        title
        description
        version
      }
      organisations {
        id
        name
        shortName
        kind
        version
      }
      regions {
        id
        name
        kind
        code
        version
      }
    }
  }
`);

export const PeopleQuery = graphql(`
  query People($allianceId: ID!, $search: String, $first: Int!, $after: String) {
    people(allianceId: $allianceId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          email
          active
          version
          memberships {
            id
            role
            representation
            since
            version
            body {
              id
              name
            }
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query PendingInvitations($allianceId: ID!) {
    invitations(allianceId: $allianceId, pending: true) {
      id
      email
      displayName
      role
      expiresAt
      createdAt
      body {
        id
        name
      }
      organisation {
        id
        name
      }
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog(
    $allianceId: ID!
    $action: String
    $actorAccountId: ID
    $from: DateTime
    $to: DateTime
    $first: Int!
    $after: String
  ) {
    auditLog(
      allianceId: $allianceId
      action: $action
      actorAccountId: $actorAccountId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          action
          actorAccountId
          actorName
          objectType
          objectId
          details
        }
      }
    }
  }
`);

/** The alliances of the viewer, for the "Verwaltung" navigation. */
export const AdminAlliancesQuery = graphql(`
  query AdminAlliances {
    alliances {
      id
      viewerPermissions
      slug
      name
      shortName
    }
  }
`);
