import { graphql } from '@pakt/web-data';

// What a summary of an amendment shows, beside its paragraph and in the deciding list.
export const AmendmentSummaryFields = graphql(`
  fragment AmendmentSummaryFields on Amendment {
    id
    version
    number
    kind
    state
    decision
    decisionNote
    sectionKey
    paragraphKey
    afterParagraphKey
    baseText
    text
    proposedText
    supportCount
    ballotId
    author {
      id
      displayName
    }
    diff {
      operation
      text
    }
    overlapsWith {
      id
      number
    }
  }
`);

export const DeclarationTextFields = graphql(`
  fragment DeclarationTextFields on Declaration {
    id
    version
    title
    preamble
    revision
    sections {
      key
      heading
      paragraphs {
        key
        text
        insertedBy
        deletedBy
        provenance {
          operation
          text
          amendmentId
        }
      }
    }
  }
`);

export const DeclarationsQuery = graphql(`
  query Declarations($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      viewerPermissions
      bodies {
        id
        name
        kind
      }
    }
  }
`);

export const DeclarationListQuery = graphql(`
  query DeclarationList($allianceId: ID!) {
    declarations(allianceId: $allianceId) {
      id
      title
      phase
      adoptedAt
      body {
        id
        name
      }
    }
  }
`);

export const DeclarationQuery = graphql(`
  query Declaration($slug: String!, $id: ID!) {
    alliance(slug: $slug) {
      id
      slug
      name
    }
    declaration(id: $id) {
      ...DeclarationTextFields
      allianceId
      phase
      adoptedAt
      finalBallotId
      finalVoteResult
      finalBallots {
        id
        status
      }
      viewerMaySteer
      viewerIsDrafter
      viewerMayAmend
      pdfUrl
      docxUrl
      synopsisPdfUrl
      synopsisDocxUrl
      body {
        id
        name
        memberships {
          id
          person {
            id
            displayName
          }
        }
      }
      draftingTeam {
        id
        displayName
      }
      amendments {
        ...AmendmentSummaryFields
      }
      endorsements {
        id
        state
        reservation
        answeredAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const AmendmentQuery = graphql(`
  query Amendment($slug: String!, $id: ID!, $amendmentId: ID!) {
    alliance(slug: $slug) {
      id
      slug
    }
    declaration(id: $id) {
      ...DeclarationTextFields
      allianceId
      phase
      viewerIsDrafter
      viewerMayAmend
      viewerMaySteer
      amendments {
        id
        number
        author {
          id
          displayName
        }
      }
    }
    amendment(id: $amendmentId) {
      ...AmendmentSummaryFields
      declarationId
      reason
      takenOverText
      decidedAt
      viewerSupports
      viewerIsAuthor
      takenOverDiff {
        operation
        text
      }
      comments {
        id
        body
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

export const DeclarationHistoryQuery = graphql(`
  query DeclarationHistory($slug: String!, $id: ID!) {
    alliance(slug: $slug) {
      id
      slug
    }
    declaration(id: $id) {
      id
      allianceId
      title
      revision
      revisions {
        number
        title
        amendmentId
        createdAt
      }
      amendments {
        id
        number
      }
    }
  }
`);

export const CompareDeclarationRevisionsQuery = graphql(`
  query CompareDeclarationRevisions($id: ID!, $from: Int!, $to: Int!) {
    compareDeclarationRevisions(id: $id, from: $from, to: $to) {
      operation
      text
    }
  }
`);

export const EndorsementsQuery = graphql(`
  query DeclarationEndorsements($slug: String!, $id: ID!) {
    alliance(slug: $slug) {
      id
      slug
    }
    declaration(id: $id) {
      id
      allianceId
      title
      phase
      viewerMaySteer
      viewerRepresents {
        id
        name
      }
      endorsements {
        id
        state
        reservation
        answeredAt
        remindedAt
        organisation {
          id
          name
        }
      }
    }
  }
`);
