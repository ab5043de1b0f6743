import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BallotStatus, DecidingRule } from '@pakt/domain';
import { BallotEventKindEnum, type BallotEventKind, BallotStatusEnum, DecidingRuleEnum, ResultIntegrityEnum, type ResultIntegrity } from './graphql-enums';

@ObjectType('ChoiceCount', { description: 'How many voters chose one option, and their summed weight' })
export class ChoiceCountModel {
  @Field() choice!: string;
  @Field(() => Int) votes!: number;
  @Field(() => Int) weight!: number;
}

@ObjectType('CampResult', { description: 'The majority within one camp of a double-majority ballot' })
export class CampResultModel {
  @Field() camp!: string;
  @Field() accepted!: boolean;
  @Field(() => Int) support!: number;
  @Field(() => Int) against!: number;
  @Field(() => Int) abstain!: number;
  @Field(() => Int) eligibleWeight!: number;
}

@ObjectType('BallotResult', { description: 'The frozen result of a closed ballot' })
export class BallotResult {
  @Field() accepted!: boolean;
  @Field(() => DecidingRuleEnum) decidedBy!: DecidingRule;
  @Field({ description: 'Which rule decided and why, e.g. "quorum not reached: 9 of 20 took part, 10 needed"' })
  reason!: string;
  @Field(() => String, { nullable: true, description: 'YES, or the leading named option' })
  leadingChoice!: string | null;
  @Field(() => [ChoiceCountModel], { description: 'Every option, then ABSTAIN' })
  counts!: ChoiceCountModel[];
  @Field(() => Int) votesCast!: number;
  @Field(() => Int) weightCast!: number;
  @Field(() => Int) eligibleVoters!: number;
  @Field(() => Int) eligibleWeight!: number;
  @Field(() => Int) quorumNeeded!: number;
  @Field(() => [CampResultModel]) camps!: CampResultModel[];
  @Field({ description: 'SHA-256 over the eligible voters, the votes and the result, as frozen at closing' })
  checksum!: string;
  @Field(() => ResultIntegrityEnum, { description: 'TAMPERED when the stored votes no longer give this result and checksum' })
  integrity!: ResultIntegrity;
}

@ObjectType('BallotVoter', { description: 'One eligible voter of the snapshot taken when the ballot opened' })
export class BallotVoterModel {
  @Field(() => ID, { description: 'The person (PERSON ballots) or organisation (ORGANISATION ballots)' }) voterId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) camp!: string | null;
  @Field(() => Int) weight!: number;
  @Field({ description: 'Whether this voter has taken part (never what they chose)' }) hasVoted!: boolean;
}

@ObjectType('Vote', { description: 'Who voted what in an open ballot, shown once it is closed' })
export class VoteModel {
  @Field(() => ID) voterId!: string;
  @Field() voterName!: string;
  @Field() choice!: string;
  @Field(() => Int) weight!: number;
  @Field(() => String, { nullable: true, description: 'A statement going with a NO or an abstention' }) dissent!: string | null;
}

@ObjectType('ViewerVote', { description: 'The viewer in one ballot: whom they may cast for, and what they did' })
export class ViewerVoter {
  @Field(() => ID) voterId!: string;
  @Field() name!: string;
  @Field({ description: 'The vote is the viewer’s own (or their organisation’s), not one delegated to them' }) own!: boolean;
  @Field() hasVoted!: boolean;
  @Field(() => String, { nullable: true, description: 'What was chosen, in open ballots only' }) choice!: string | null;
  @Field(() => ID, { nullable: true, description: 'The person the vote was delegated to, when it was' }) delegatedToId!: string | null;
  @Field(() => String, { nullable: true }) delegatedToName!: string | null;
}

@ObjectType('BallotDelegation', { description: 'A vote handed to another member, for one ballot or a meeting' })
export class DelegationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) ballotId!: string | null;
  @Field(() => String, { nullable: true }) meetingKey!: string | null;
  @Field(() => ID) delegatorId!: string;
  @Field() delegatorName!: string;
  @Field(() => ID) delegateId!: string;
  @Field() delegateName!: string;
}

@ObjectType('BallotEvent', {
  description: 'Something happened to a ballot: opened, a vote cast (the count only), closed or cancelled, or a delegation that concerns the subscriber',
})
export class BallotEvent {
  @Field(() => BallotEventKindEnum) kind!: BallotEventKind;
  @Field(() => ID) ballotId!: string;
  @Field(() => ID) bodyId!: string;
  @Field(() => BallotStatusEnum) status!: BallotStatus;
  @Field(() => Int, { description: 'Voters who have taken part so far' }) votesCast!: number;
  @Field(() => Int) eligibleVoters!: number;
  /** The alliance, for authorising each subscriber; not a field. */
  allianceId!: string;
  /** When set, only these accounts receive the event (a delegation: its delegator and delegate); not a field. */
  audience?: string[];
}
