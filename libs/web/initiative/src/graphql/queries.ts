import { graphql } from '@pakt/web-data';

/** The alliance as the initiative pages need it: what can be chosen, and what the viewer may do. */
export const InitiativeAllianceQuery = graphql(`
  query InitiativeAlliance($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      viewerPermissions
      actionFields {
        id
        title
      }
      regions {
        id
        name
      }
      organisations {
        id
        name
        shortName
      }
    }
  }
`);

/** One page of the register, filtered. */
export const InitiativeListQuery = graphql(`
  query InitiativeList($allianceId: ID!, $filter: InitiativeFilter, $first: Int, $after: String) {
    initiatives(allianceId: $allianceId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          status
          startOn
          endOn
          progressPercent
          leadOrganisation {
            id
            name
          }
        }
      }
    }
  }
`);

/** The reports due from the viewer's organisations, for the reminders. */
export const InitiativeRemindersQuery = graphql(`
  query InitiativeReminders($allianceId: ID!) {
    initiativeReminders(allianceId: $allianceId) {
      id
      dueOn
      roundTitle
      initiative {
        id
        name
      }
    }
  }
`);

/** Everything the initiative's page shows. */
export const InitiativeDetailQuery = graphql(`
  query InitiativeDetail($id: ID!) {
    initiative(id: $id) {
      id
      version
      name
      description
      kind
      status
      targetGroups
      startOn
      endOn
      fundingNotes
      reportingCycle
      progressPercent
      lastReportOn
      nextReportDue
      viewerMayEdit
      viewerMayReport
      viewerStatuses
      leadOrganisation {
        id
        name
      }
      partnerOrganisations {
        id
        name
      }
      actionFields {
        id
        title
      }
      regions {
        id
        name
      }
      recommendations {
        id
        title
      }
      citedIndicators {
        id
        name
      }
      statusHistory {
        id
        fromStatus
        toStatus
        effectiveOn
        note
        actor {
          id
          displayName
        }
      }
      milestones {
        id
        version
        title
        dueOn
        doneOn
        overdue
      }
      indicators {
        id
        name
        unit
        baseline
        target
        values {
          measuredOn
          value
        }
      }
    }
  }
`);

/**
 * The initiative's progress reports, newest first (asked apart from the details: together they
 * would pass the api's limit on a query's cost).
 */
export const InitiativeReportsQuery = graphql(`
  query InitiativeReports($id: ID!, $first: Int!) {
    initiative(id: $id) {
      id
      progressReports(first: $first) {
        totalCount
        edges {
          node {
            id
            reportedOn
            percent
            narrative
            author {
              id
              displayName
            }
            indicatorValues {
              indicatorId
              value
            }
          }
        }
      }
    }
  }
`);

/** The choices of the initiative form: the recommendations an initiative may implement. */
export const InitiativeChoicesQuery = graphql(`
  query InitiativeChoices($allianceId: ID!) {
    planCandidates(allianceId: $allianceId) {
      id
      title
    }
  }
`);

/** The secretariat's dashboard of the filtered register. */
export const InitiativeDashboardQuery = graphql(`
  query InitiativeDashboard($allianceId: ID!, $filter: InitiativeFilter) {
    initiativeDashboard(allianceId: $allianceId, filter: $filter) {
      total
      byStatus {
        status
        count
      }
      progress {
        percent
      }
      actionFields {
        actionField {
          id
          title
        }
        byStatus {
          status
          count
        }
        total
        progress {
          percent
        }
      }
      overdueMilestoneCount
      overdueMilestones {
        daysOverdue
        milestone {
          id
          title
          dueOn
        }
        initiative {
          id
          name
        }
      }
      staleCount
      stale {
        daysWithoutReport
        initiative {
          id
          name
          lastReportOn
        }
      }
      statusOverTime {
        month
        byStatus {
          status
          count
        }
      }
    }
  }
`);

/** The reporting rounds with who has not reported yet. */
export const ReportingRoundsQuery = graphql(`
  query ReportingRounds($allianceId: ID!) {
    reportingRounds(allianceId: $allianceId) {
      id
      title
      dueOn
      askedCount
      missing {
        id
        name
        leadOrganisation {
          id
          name
        }
      }
    }
  }
`);

/** The list as the secretariat last published it. */
export const InitiativePublicationQuery = graphql(`
  query InitiativePublication($allianceId: ID!) {
    initiativePublication(allianceId: $allianceId) {
      id
      publishedAt
      entries {
        id
        name
        kind
        status
        leadOrganisation
        partnerOrganisations
        actionFields
        regions
        startOn
        endOn
        progressPercent
      }
    }
  }
`);
