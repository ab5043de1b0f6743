import { graphql } from '@pakt/web-data';

export const StartPlanVersionMutation = graphql(`
  mutation StartPlanVersion($input: StartPlanVersionInput!) {
    startPlanVersion(input: $input) {
      id
      number
      state
      version
    }
  }
`);

export const UpdatePlanVersionMutation = graphql(`
  mutation UpdatePlanVersion($input: UpdatePlanVersionInput!) {
    updatePlanVersion(input: $input) {
      id
      version
      title
      situationAssessment
      initiativesText
      commitments
      updatedAt
      indicators {
        id
      }
      recommendations {
        position
        recommendation {
          id
        }
      }
    }
  }
`);

export const SubmitPlanVersionMutation = graphql(`
  mutation SubmitPlanVersion($input: PlanVersionStepInput!) {
    submitPlanVersion(input: $input) {
      id
      version
      state
      submittedAt
    }
  }
`);

export const ReopenPlanVersionMutation = graphql(`
  mutation ReopenPlanVersion($input: PlanVersionStepInput!) {
    reopenPlanVersion(input: $input) {
      id
      version
      state
      submittedAt
      signOffs {
        role
      }
    }
  }
`);

export const SignOffPlanVersionMutation = graphql(`
  mutation SignOffPlanVersion($input: PlanVersionStepInput!) {
    signOffPlanVersion(input: $input) {
      id
      version
      state
      approvedAt
      signOffs {
        role
        signedAt
        person {
          id
          displayName
        }
      }
    }
  }
`);
