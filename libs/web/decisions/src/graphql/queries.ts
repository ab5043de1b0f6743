import { graphql } from '@pakt/web-data';

/** A line of a body's list of ballots and of its results history. */
export const BallotSummaryFragment = graphql(`
  fragment BallotSummary on Ballot {
    id
    title
    status
    openedAt
    closedAt
    cancelledAt
    result {
      accepted
    }
  }
`);

/** Everything the ballot page shows; every step of a ballot answers with it. */
export const BallotDetailFragment = graphql(`
  fragment BallotDetail on Ballot {
    id
    version
    bodyId
    title
    motionText
    options
    choices
    votingUnit
    majority
    quorumPercent
    doubleMajority
    secret
    voteChangesAllowed
    maxDelegations
    status
    openedAt
    closedAt
    votesCast
    eligibleCount
    viewerMayManage
    eligibleVoters {
      voterId
      name
      camp
      weight
      hasVoted
    }
    viewerVoters {
      voterId
      name
      own
      hasVoted
      choice
      delegatedToId
      delegatedToName
    }
    votes {
      voterId
      choice
      dissent
    }
    delegations {
      id
      delegatorId
      delegateId
      delegateName
    }
    result {
      accepted
      decidedBy
      leadingChoice
      counts {
        choice
        votes
        weight
      }
      votesCast
      weightCast
      eligibleVoters
      eligibleWeight
      quorumNeeded
      camps {
        camp
        accepted
        support
        against
        abstain
      }
      integrity
    }
  }
`);

/** The alliance's bodies the viewer may see, for the page that leads to each body's ballots. */
export const BallotBodiesQuery = graphql(`
  query BallotBodies($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      bodies {
        id
        name
        kind
      }
    }
  }
`);

/** One body's ballots, newest first, and what the viewer may do in the body. */
export const BodyBallotsQuery = graphql(`
  query BodyBallots($slug: String!, $bodyId: ID!) {
    alliance(slug: $slug) {
      id
      slug
      name
      viewerPermissions
      bodies {
        id
        name
      }
    }
    viewer {
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
    ballots(bodyId: $bodyId) {
      ...BallotSummary
    }
  }
`);

/** One ballot with the alliance and body it must belong to. */
export const BallotQuery = graphql(`
  query Ballot($slug: String!, $id: ID!) {
    alliance(slug: $slug) {
      id
      slug
      name
      bodies {
        id
        name
      }
    }
    ballot(id: $id) {
      ...BallotDetail
    }
  }
`);

/** Opened, a vote cast (the running count only), closed, cancelled, a delegation concerning the viewer: of one ballot, or of every ballot of a body. */
export const BallotEventsSubscription = graphql(`
  subscription BallotEvents($bodyId: ID!, $ballotId: ID) {
    ballotEvents(bodyId: $bodyId, ballotId: $ballotId) {
      kind
      ballotId
      status
      votesCast
      eligibleVoters
    }
  }
`);
