import { BallotDelegation } from './ballot-delegation.entity';
import { BallotParticipation } from './ballot-participation.entity';
import { BallotSecretTally } from './ballot-secret-tally.entity';
import { BallotVote } from './ballot-vote.entity';
import { BallotVoter } from './ballot-voter.entity';
import { Ballot } from './ballot.entity';
import { Camp, CampOrganisation } from './camp.entity';

export { Ballot, BallotDelegation, BallotParticipation, BallotSecretTally, BallotVote, BallotVoter, Camp, CampOrganisation };

/** The tables of the decisions engine, for TypeOrmModule.forFeature. */
export const decisionsEntities = [Ballot, BallotVoter, BallotParticipation, BallotVote, BallotSecretTally, BallotDelegation, Camp, CampOrganisation];
