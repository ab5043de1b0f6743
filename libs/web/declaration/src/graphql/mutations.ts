import { graphql } from '@pakt/web-data';

export const CreateDeclarationMutation = graphql(`
  mutation CreateDeclaration($input: CreateDeclarationInput!) {
    createDeclaration(input: $input) {
      id
    }
  }
`);

export const SaveDeclarationDraftMutation = graphql(`
  mutation SaveDeclarationDraft($input: SaveDeclarationDraftInput!) {
    saveDeclarationDraft(input: $input) {
      ...DeclarationTextFields
    }
  }
`);

export const AdvanceDeclarationMutation = graphql(`
  mutation AdvanceDeclaration($input: DeclarationStepInput!) {
    advanceDeclaration(input: $input) {
      id
      version
      phase
    }
  }
`);

export const ProposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($input: ProposeAmendmentInput!) {
    proposeAmendment(input: $input) {
      id
      number
    }
  }
`);

export const ReviseAmendmentMutation = graphql(`
  mutation ReviseAmendment($input: ReviseAmendmentInput!) {
    reviseAmendment(input: $input) {
      id
      version
      state
    }
  }
`);

export const WithdrawAmendmentMutation = graphql(`
  mutation WithdrawAmendment($input: AmendmentStepInput!) {
    withdrawAmendment(input: $input) {
      id
      version
      state
    }
  }
`);

export const SupportAmendmentMutation = graphql(`
  mutation SupportAmendment($id: ID!, $supported: Boolean!) {
    supportAmendment(id: $id, supported: $supported) {
      id
      supportCount
      viewerSupports
    }
  }
`);

export const CommentOnAmendmentMutation = graphql(`
  mutation CommentOnAmendment($input: AmendmentCommentInput!) {
    commentOnAmendment(input: $input) {
      id
    }
  }
`);

export const TakeOverAmendmentMutation = graphql(`
  mutation TakeOverAmendment($input: TakeOverAmendmentInput!) {
    takeOverAmendment(input: $input) {
      id
      version
      state
    }
  }
`);

export const EndorseDeclarationMutation = graphql(`
  mutation EndorseDeclaration($input: EndorseDeclarationInput!) {
    endorseDeclaration(input: $input) {
      id
      state
      reservation
      answeredAt
    }
  }
`);

export const RemindEndorsersMutation = graphql(`
  mutation RemindEndorsers($declarationId: ID!) {
    remindEndorsers(declarationId: $declarationId) {
      id
      remindedAt
    }
  }
`);

export const PutAmendmentToBallotMutation = graphql(`
  mutation PutAmendmentToBallot($input: DeclarationBallotInput!) {
    putAmendmentToBallot(input: $input) {
      id
      version
      state
      ballotId
    }
  }
`);

export const StartFinalVoteMutation = graphql(`
  mutation StartFinalVote($input: DeclarationBallotInput!) {
    startFinalVote(input: $input) {
      id
    }
  }
`);

export const SetDraftingTeamMutation = graphql(`
  mutation SetDeclarationDraftingTeam($input: SetDraftingTeamInput!) {
    setDeclarationDraftingTeam(input: $input) {
      id
      version
      draftingTeam {
        id
        displayName
      }
    }
  }
`);
