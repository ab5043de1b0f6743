import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText, OrganisationKindEnum, RecordId, RequiredText } from '@pakt/api-alliance';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@pakt/api-database';
import type { OrganisationKind, RecommendationAction, RecommendationState } from '@pakt/domain';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { RecommendationActionEnum, RecommendationStateEnum } from './graphql-enums';

// Every input of recommendations, validated by ValidInput before a resolver runs: BAD_USER_INPUT
// with a message per field, and nothing saved.

export const TITLE_LENGTH = 200;
export const TEXT_LENGTH = 20_000;
export const TIME_FRAME_LENGTH = 200;
export const COST_NOTES_LENGTH = 5_000;
export const COMMENT_LENGTH = 10_000;
const MAX_ADDRESSEES = 100;
const MAX_INDICATORS = 50;

/** An optional list of record ids, at most `max` of them. */
export function IdList(max: number): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    ArrayMaxSize(max, { message: `At most ${max} entries.` })(target, key);
    RecordId({ each: true })(target, key);
  };
}

@InputType({
  description:
    'Title required (1–200). In DRAFT the other texts may be empty; SUBMIT needs problem, measure, expectedEffect, timeFrame and at least one ' +
    'addressee (organisation or kind). Texts ≤ 20000, timeFrame ≤ 200, costNotes ≤ 5000.',
})
export class CreateRecommendationInput {
  @Field(() => ID) @RecordId() focusGroupId!: string;
  @Field(() => ID, { description: "One of the focus group's action fields" }) @RecordId() actionFieldId!: string;
  @Field() @RequiredText(TITLE_LENGTH) title!: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LENGTH) problem?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LENGTH) measure?: string | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_ADDRESSEES) addresseeOrganisationIds?: string[] | null;
  @Field(() => [OrganisationKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  addresseeKinds?: OrganisationKind[] | null;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LENGTH) expectedEffect?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(TIME_FRAME_LENGTH) timeFrame?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(COST_NOTES_LENGTH) costNotes?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Indicators of the alliance, in the order to cite them' })
  @IdList(MAX_INDICATORS)
  citedIndicatorIds?: string[] | null;
}

@InputType({
  description:
    'Absent fields stay; lists, when given, replace the whole list. A stale version: CONFLICT with extensions.currentVersion and ' +
    'extensions.current = { version, revision, title, problem, measure, expectedEffect, timeFrame, costNotes, addresseeOrganisationIds, ' +
    'addresseeKinds, citedIndicatorIds, updatedBy (person name or null) }',
})
export class UpdateRecommendationInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() actionFieldId?: string | null;
  @Field(() => String, { nullable: true }) @RequiredText(TITLE_LENGTH, { optional: true }) title?: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LENGTH) problem?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LENGTH) measure?: string | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_ADDRESSEES) addresseeOrganisationIds?: string[] | null;
  @Field(() => [OrganisationKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  addresseeKinds?: OrganisationKind[] | null;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LENGTH) expectedEffect?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(TIME_FRAME_LENGTH) timeFrame?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(COST_NOTES_LENGTH) costNotes?: string | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_INDICATORS) citedIndicatorIds?: string[] | null;
}

@InputType({
  description:
    'RETURN and REJECT need a comment (the reason). A wrong state: BAD_USER_INPUT on fields.action; SUBMIT with fields missing: ' +
    'BAD_USER_INPUT naming each (problem, measure, addressees, expectedEffect, timeFrame); a role that may not: FORBIDDEN.',
})
export class TransitionRecommendationInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => RecommendationActionEnum) action!: RecommendationAction;
  @Field(() => String, { nullable: true }) @OptionalText(COMMENT_LENGTH) comment?: string | null;
}

@InputType({ description: 'A new thread, or with parentId a reply to a thread (replies have no replies)' })
export class AddRecommendationCommentInput {
  @Field(() => ID) @RecordId() recommendationId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() parentId?: string | null;
  @Field() @RequiredText(COMMENT_LENGTH) body!: string;
}

@InputType({ description: 'Only the author edits a comment' })
export class EditRecommendationCommentInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field() @RequiredText(COMMENT_LENGTH) body!: string;
}

@InputType({ description: 'Marks a thread (a top-level comment) resolved or open again' })
export class ResolveRecommendationThreadInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field() @IsBoolean() resolved!: boolean;
}

@InputType({ description: 'Declares or withdraws the caller’s support; setting what is already set changes nothing' })
export class SetRecommendationSupportInput {
  @Field(() => ID) @RecordId() recommendationId!: string;
  @Field() @IsBoolean() support!: boolean;
}

/** first/after of a connection: at most MAX_PAGE_SIZE per page. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'At least 1.' })
  @Max(MAX_PAGE_SIZE, { message: `At most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the page before' })
  @IsOptional()
  @MaxLength(1_000)
  after?: string | null;
}

@ArgsType()
export class RecommendationsArgs extends PageArgs {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() focusGroupId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() actionFieldId?: string | null;
  @Field(() => [RecommendationStateEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(7) states?: RecommendationState[] | null;
}

@ArgsType()
export class CompareRevisionsArgs {
  @Field(() => Int) @IsInt() @Min(1, { message: 'Revisions are numbered from 1.' }) from!: number;
  @Field(() => Int) @IsInt() @Min(1, { message: 'Revisions are numbered from 1.' }) to!: number;
}
