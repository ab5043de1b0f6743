import { graphql } from '@pakt/web-data';

// What the reader shows of a recommendation: its provenance (focus group) and the plan's facts.
export const PlanRecommendationFields = graphql(`
  fragment PlanRecommendationFields on Recommendation {
    id
    title
    state
    measure
    expectedEffect
    timeFrame
    addresseeKinds
    addresseeOrganisations {
      id
      name
    }
    focusGroup {
      id
      name
    }
    actionField {
      id
      title
    }
  }
`);

export const PlanVersionSummaryFields = graphql(`
  fragment PlanVersionSummaryFields on PlanVersion {
    id
    number
    state
    title
    submittedAt
    approvedAt
    createdAt
    updatedAt
  }
`);

export const PlanOverviewQuery = graphql(`
  query PlanOverview($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      plan {
        id
        title
        viewerMayAssemble
        currentVersion {
          ...PlanVersionSummaryFields
          pdfUrl
          docxUrl
        }
        versions {
          ...PlanVersionSummaryFields
        }
      }
      viewerPermissions
    }
  }
`);

export const PlanVersionQuery = graphql(`
  query PlanVersion($slug: String!, $id: ID!) {
    viewer {
      people {
        id
      }
    }
    alliance(slug: $slug) {
      id
      slug
      name
      steeringBoard {
        id
        chair {
          id
          person {
            id
            displayName
          }
        }
        deputyChair {
          id
          person {
            id
            displayName
          }
        }
      }
      plan {
        id
        viewerMayAssemble
        versions {
          ...PlanVersionSummaryFields
        }
      }
    }
    planVersion(id: $id) {
      ...PlanVersionSummaryFields
      version
      situationAssessment
      initiativesText
      commitments
      indicators {
        id
        name
        unit
        series
        observations {
          series
          period
          value
        }
      }
      sections {
        actionField {
          id
          title
        }
        recommendations {
          ...PlanRecommendationFields
        }
      }
      signOffs {
        role
        signedAt
        person {
          id
          displayName
        }
      }
      viewerMayEdit
      viewerMaySubmit
      viewerMayReopen
      viewerMaySignOff
      pdfUrl
      docxUrl
    }
  }
`);

export const PlanBuilderQuery = graphql(`
  query PlanBuilder($slug: String!, $id: ID!) {
    alliance(slug: $slug) {
      id
      slug
      name
      actionFields {
        id
        title
      }
      indicators {
        id
        name
        unit
      }
    }
    planVersion(id: $id) {
      id
      version
      number
      state
      title
      situationAssessment
      initiativesText
      commitments
      indicators {
        id
        name
        unit
      }
      recommendations {
        position
        recommendation {
          ...PlanRecommendationFields
        }
      }
      viewerMayEdit
      viewerMaySubmit
    }
  }
`);

export const PlanCandidatesQuery = graphql(`
  query PlanCandidates($allianceId: ID!) {
    planCandidates(allianceId: $allianceId) {
      ...PlanRecommendationFields
    }
  }
`);

export const PlanCompareQuery = graphql(`
  query PlanCompare($fromId: ID!, $toId: ID!) {
    comparePlanVersions(fromId: $fromId, toId: $toId) {
      from {
        ...PlanVersionSummaryFields
      }
      to {
        ...PlanVersionSummaryFields
      }
      title {
        operation
        text
      }
      situationAssessment {
        operation
        text
      }
      initiativesText {
        operation
        text
      }
      commitments {
        operation
        text
      }
      addedRecommendations {
        ...PlanRecommendationFields
      }
      removedRecommendations {
        ...PlanRecommendationFields
      }
      addedIndicators {
        id
        name
        unit
      }
      removedIndicators {
        id
        name
        unit
      }
    }
  }
`);
