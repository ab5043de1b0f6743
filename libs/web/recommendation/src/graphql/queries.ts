import { graphql } from '@pakt/web-data';

/** The alliance as the recommendation pages need it, and the viewer's roles in its bodies. */
export const RecommendationAllianceQuery = graphql(`
  query RecommendationAlliance($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      viewerPermissions
      bodies {
        id
        name
        kind
        actionFields {
          id
          title
        }
      }
      organisations {
        id
        name
        shortName
        kind
      }
      indicators {
        id
        name
        unit
      }
    }
    viewer {
      account {
        id
      }
      people {
        id
        memberships {
          id
          role
          body {
            id
          }
        }
      }
    }
  }
`);

export const RecommendationListQuery = graphql(`
  query RecommendationList($allianceId: ID!, $focusGroupId: ID, $first: Int, $after: String) {
    recommendations(allianceId: $allianceId, focusGroupId: $focusGroupId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          state
          title
          updatedAt
          focusGroup {
            id
            name
          }
          actionField {
            id
            title
          }
        }
      }
    }
  }
`);

export const RecommendationContentFragment = graphql(`
  fragment RecommendationContent on Recommendation {
    id
    version
    revision
    state
    title
    problem
    measure
    expectedEffect
    timeFrame
    costNotes
    addresseeKinds
    addresseeOrganisations {
      id
      name
    }
    citedIndicators {
      id
      name
    }
    actionField {
      id
      title
    }
    focusGroup {
      id
      name
    }
    authors {
      id
      displayName
    }
    supportCount
    viewerSupports
    viewerMayEdit
    viewerMayDiscuss
    viewerActions
    createdAt
    updatedAt
    transitions {
      id
      action
      fromState
      toState
      comment
      at
      actor {
        id
        displayName
      }
    }
  }
`);

export const RecommendationQuery = graphql(`
  query Recommendation($id: ID!) {
    recommendation(id: $id) {
      ...RecommendationContent
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on RecommendationComment {
    id
    version
    body
    createdAt
    updatedAt
    edited
    viewerMayEdit
    author {
      id
      displayName
    }
  }
`);

export const RecommendationCommentsQuery = graphql(`
  query RecommendationComments($id: ID!, $first: Int, $after: String) {
    recommendation(id: $id) {
      id
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...CommentFields
            resolved
            resolvedAt
            resolvedBy {
              id
              displayName
            }
            replies {
              ...CommentFields
            }
          }
        }
      }
    }
  }
`);

export const RecommendationHistoryQuery = graphql(`
  query RecommendationHistory($id: ID!, $first: Int, $after: String) {
    recommendation(id: $id) {
      id
      title
      state
      revision
      focusGroup {
        id
        name
      }
      revisions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            number
            createdAt
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export const CompareRevisionsQuery = graphql(`
  query CompareRevisions($id: ID!, $from: Int!, $to: Int!) {
    recommendation(id: $id) {
      id
      compareRevisions(from: $from, to: $to) {
        field
        changed
        segments {
          operation
          text
        }
      }
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($allianceId: ID!) {
    reviewQueue(allianceId: $allianceId) {
      id
      title
      updatedAt
      focusGroup {
        id
        name
      }
      actionField {
        id
        title
      }
      authors {
        id
        displayName
      }
      transitions {
        id
        action
        at
      }
    }
  }
`);
