import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText, RecordId, RequiredText } from '@pakt/api-alliance';
import {
  type BallotSubjectType,
  type MajorityRule,
  MAX_DELEGATIONS,
  MAX_DISSENT_LENGTH,
  MAX_OPTION_LENGTH,
  MAX_OPTIONS,
  MAX_WEIGHT,
  type VotingUnit,
} from '@pakt/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { BallotSubjectTypeEnum, DELEGATION_SCOPES, DelegationScopeEnum, type DelegationScope, MajorityRuleEnum, VotingUnitEnum } from './graphql-enums';

// Every input of the decisions engine, validated by ValidInput before a resolver runs. Rules that
// depend on each other (a quorum over 100 %, a secret ballot with changeable votes …) are checked
// by ballotSettingsProblems of @pakt/domain in the service, also with a message per field.

export const TITLE_LENGTH = 200;
export const MOTION_LENGTH = 20_000;
export const MEETING_KEY_LENGTH = 100;
export const CAMP_NAME_LENGTH = 100;

@InputType({ description: 'The weight of one eligible voter (a person or an organisation id); voters not named weigh 1' })
export class VoterWeightInput {
  @Field(() => ID) @RecordId() voterId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_WEIGHT) weight!: number;
}

/** The settings shared by creating and changing a ballot. */
@InputType({ isAbstract: true })
abstract class BallotSettingsInput {
  @Field(() => [String], { nullable: true, description: `Named options (2–${MAX_OPTIONS}); none for YES / NO` })
  @IsOptional()
  @ArrayMaxSize(MAX_OPTIONS, { message: `At most ${MAX_OPTIONS} options.` })
  @IsString({ each: true })
  @MaxLength(MAX_OPTION_LENGTH, { each: true, message: `At most ${MAX_OPTION_LENGTH} characters per option.` })
  options?: string[] | null;

  @Field(() => VotingUnitEnum, { nullable: true }) @IsOptional() votingUnit?: VotingUnit | null;
  @Field(() => MajorityRuleEnum, { nullable: true }) @IsOptional() majority?: MajorityRule | null;
  @Field(() => Int, { nullable: true, description: '0–100 % of the eligible weight' }) @IsOptional() @IsInt() quorumPercent?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() doubleMajority?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() secret?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() voteChangesAllowed?: boolean | null;
  @Field(() => Int, { nullable: true, description: `0–${MAX_DELEGATIONS}` }) @IsOptional() @IsInt() maxDelegations?: number | null;
  @Field(() => String, { nullable: true }) @OptionalText(MEETING_KEY_LENGTH) meetingKey?: string | null;
  @Field(() => [VoterWeightInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => VoterWeightInput)
  weights?: VoterWeightInput[] | null;
}

@InputType({ description: 'A new DRAFT ballot of a body. Defaults: YES/NO, PERSON, SIMPLE, no quorum, open, no vote changes, one delegation.' })
export class CreateBallotInput extends BallotSettingsInput {
  @Field(() => ID) @RecordId() bodyId!: string;
  @Field(() => BallotSubjectTypeEnum) subjectType!: BallotSubjectType;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() subjectId?: string | null;
  @Field() @RequiredText(TITLE_LENGTH) title!: string;
  @Field(() => String, { nullable: true }) @OptionalText(MOTION_LENGTH) motionText?: string | null;
}

@InputType({ description: 'Changes a DRAFT; absent fields stay. A stale version is CONFLICT.' })
export class UpdateBallotInput extends BallotSettingsInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(TITLE_LENGTH, { optional: true }) title?: string;
  @Field(() => String, { nullable: true }) @OptionalText(MOTION_LENGTH) motionText?: string | null;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID) @RecordId() ballotId!: string;
  @Field({ description: 'YES, NO, ABSTAIN or one of the named options' })
  @IsString()
  @MaxLength(MAX_OPTION_LENGTH)
  choice!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The voter to cast for: a delegator, or the organisation represented; absent: the caller’s only vote in this ballot',
  })
  @IsOptional()
  @RecordId()
  voterId?: string | null;
  @Field(() => String, { nullable: true, description: `Open ballots, with NO or ABSTAIN: a statement for the record (≤ ${MAX_DISSENT_LENGTH})` })
  @OptionalText(MAX_DISSENT_LENGTH)
  dissent?: string | null;
}

@InputType()
export class DelegateVoteInput {
  @Field(() => ID) @RecordId() ballotId!: string;
  @Field(() => ID, { description: 'The person who casts the vote instead' }) @RecordId() delegateId!: string;
  @Field(() => DelegationScopeEnum, { nullable: true, description: 'BALLOT (default) or MEETING' })
  @IsOptional()
  @IsIn(DELEGATION_SCOPES)
  scope?: DelegationScope | null;
}

@InputType({ description: 'Creates a camp (no id) or replaces its name and organisations; an organisation moves here from another camp' })
export class SaveCampInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required with id' }) @IsOptional() @IsInt() version?: number | null;
  @Field() @RequiredText(CAMP_NAME_LENGTH) name!: string;
  @Field(() => [ID]) @ArrayMaxSize(500) @RecordId({ each: true }) organisationIds!: string[];
}
