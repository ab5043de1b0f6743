import { graphql } from '@pakt/web-data';

export const CreateRecommendationMutation = graphql(`
  mutation CreateRecommendation($input: CreateRecommendationInput!) {
    createRecommendation(input: $input) {
      ...RecommendationContent
    }
  }
`);

export const UpdateRecommendationMutation = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      ...RecommendationContent
    }
  }
`);

export const TransitionRecommendationMutation = graphql(`
  mutation TransitionRecommendation($input: TransitionRecommendationInput!) {
    transitionRecommendation(input: $input) {
      ...RecommendationContent
    }
  }
`);

export const SetRecommendationSupportMutation = graphql(`
  mutation SetRecommendationSupport($input: SetRecommendationSupportInput!) {
    setRecommendationSupport(input: $input) {
      id
      supportCount
      viewerSupports
    }
  }
`);

export const AddRecommendationCommentMutation = graphql(`
  mutation AddRecommendationComment($input: AddRecommendationCommentInput!) {
    addRecommendationComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const EditRecommendationCommentMutation = graphql(`
  mutation EditRecommendationComment($input: EditRecommendationCommentInput!) {
    editRecommendationComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const ResolveRecommendationThreadMutation = graphql(`
  mutation ResolveRecommendationThread($input: ResolveRecommendationThreadInput!) {
    resolveRecommendationThread(input: $input) {
      ...CommentFields
      resolved
      resolvedAt
      resolvedBy {
        id
        displayName
      }
    }
  }
`);
