import { graphql } from '@pakt/web-data';

export const CreateBallotMutation = graphql(`
  mutation CreateBallot($input: CreateBallotInput!) {
    createBallot(input: $input) {
      id
    }
  }
`);

export const OpenBallotMutation = graphql(`
  mutation OpenBallot($id: ID!) {
    openBallot(id: $id) {
      ...BallotDetail
    }
  }
`);

export const CloseBallotMutation = graphql(`
  mutation CloseBallot($id: ID!) {
    closeBallot(id: $id) {
      ...BallotDetail
    }
  }
`);

export const CancelBallotMutation = graphql(`
  mutation CancelBallot($id: ID!) {
    cancelBallot(id: $id) {
      ...BallotDetail
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      ...BallotDetail
    }
  }
`);

// A delegation answers with itself; the ballots that show delegations are read again.
export const DelegateVoteMutation = graphql(`
  mutation DelegateVote($input: DelegateVoteInput!) {
    delegateVote(input: $input) {
      id
      ballotId
      delegateName
    }
  }
`);

export const RevokeDelegationMutation = graphql(`
  mutation RevokeDelegation($id: ID!) {
    revokeDelegation(id: $id) {
      id
      ballotId
    }
  }
`);
