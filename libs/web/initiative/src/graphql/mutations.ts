import { graphql } from '@pakt/web-data';

export const CreateInitiativeMutation = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      id
    }
  }
`);

export const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      id
      version
    }
  }
`);

export const ChangeInitiativeStatusMutation = graphql(`
  mutation ChangeInitiativeStatus($input: ChangeInitiativeStatusInput!) {
    changeInitiativeStatus(input: $input) {
      id
      version
      status
    }
  }
`);

export const AddInitiativeMilestoneMutation = graphql(`
  mutation AddInitiativeMilestone($input: AddInitiativeMilestoneInput!) {
    addInitiativeMilestone(input: $input) {
      id
    }
  }
`);

export const UpdateInitiativeMilestoneMutation = graphql(`
  mutation UpdateInitiativeMilestone($input: UpdateInitiativeMilestoneInput!) {
    updateInitiativeMilestone(input: $input) {
      id
      version
      doneOn
    }
  }
`);

export const AddInitiativeIndicatorMutation = graphql(`
  mutation AddInitiativeIndicator($input: AddInitiativeIndicatorInput!) {
    addInitiativeIndicator(input: $input) {
      id
    }
  }
`);

export const FileProgressReportMutation = graphql(`
  mutation FileProgressReport($input: FileProgressReportInput!) {
    fileProgressReport(input: $input) {
      id
    }
  }
`);

export const ImportInitiativesMutation = graphql(`
  mutation ImportInitiatives($input: ImportInitiativesInput!) {
    importInitiatives(input: $input) {
      rowCount
      saved
    }
  }
`);

export const OpenReportingRoundMutation = graphql(`
  mutation OpenReportingRound($input: OpenReportingRoundInput!) {
    openReportingRound(input: $input) {
      id
    }
  }
`);

export const PublishInitiativesMutation = graphql(`
  mutation PublishInitiatives($allianceId: ID!) {
    publishInitiatives(allianceId: $allianceId) {
      id
      publishedAt
    }
  }
`);
