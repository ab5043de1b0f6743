import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText, RecordId, RequiredText } from '@pakt/api-alliance';
import { MajorityRuleEnum, VotingUnitEnum } from '@pakt/api-decisions';
import type { AmendmentKind, EndorsementState, MajorityRule, VotingUnit } from '@pakt/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { AmendmentKindEnum, EndorsementStateEnum } from './graphql-enums';

// Every input of declarations, validated by ValidInput before a resolver runs: BAD_USER_INPUT
// with a message per field, and nothing saved.

export const TITLE_LENGTH = 200;
export const PARAGRAPH_LENGTH = 10_000;
export const PREAMBLE_LENGTH = 20_000;
export const COMMENT_LENGTH = 10_000;
const MAX_SECTIONS = 50;
const MAX_PARAGRAPHS = 100;
const MAX_DRAFTERS = 50;

/** A paragraph or section key as the api hands them out: a client keeps it, or leaves it out for a new one. */
function Key(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null)(target, key);
    IsString({ message: 'Please enter a key.' })(target, key);
    Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'This is not a key of this declaration.' })(target, key);
  };
}

@InputType()
export class CreateDeclarationInput {
  @Field(() => ID, { description: 'The body that adopts it, usually the steering board' }) @RecordId() bodyId!: string;
  @Field() @RequiredText(TITLE_LENGTH) title!: string;
}

@InputType({ description: 'A paragraph of a draft; without a key it is new' })
export class DraftParagraphInput {
  @Field(() => String, { nullable: true }) @Key() key?: string | null;
  @Field() @RequiredText(PARAGRAPH_LENGTH) text!: string;
}

@InputType({ description: 'A section of a draft: its heading and paragraphs in order; without a key it is new' })
export class DraftSectionInput {
  @Field(() => String, { nullable: true }) @Key() key?: string | null;
  @Field() @RequiredText(TITLE_LENGTH) heading!: string;
  @Field(() => [DraftParagraphInput])
  @ArrayMaxSize(MAX_PARAGRAPHS, { message: `At most ${MAX_PARAGRAPHS} paragraphs.` })
  @ValidateNested({ each: true })
  @Type(() => DraftParagraphInput)
  paragraphs!: DraftParagraphInput[];
}

@InputType({
  description:
    'The whole text as the drafting team saves it (DRAFTING only). A stale version: CONFLICT with extensions.currentVersion and ' +
    'extensions.current = { version, revision, title, preamble, sections, updatedBy }; nothing is saved.',
})
export class SaveDeclarationDraftInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field() @RequiredText(TITLE_LENGTH) title!: string;
  @Field() @IsString() @MaxLength(PREAMBLE_LENGTH, { message: `At most ${PREAMBLE_LENGTH} characters.` }) preamble!: string;
  @Field(() => [DraftSectionInput])
  @ArrayMaxSize(MAX_SECTIONS, { message: `At most ${MAX_SECTIONS} sections.` })
  @ValidateNested({ each: true })
  @Type(() => DraftSectionInput)
  sections!: DraftSectionInput[];
}

@InputType()
export class DeclarationStepInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType({ description: 'The members the chair names to the drafting team (the secretariat drafts by its role); replaces the list' })
export class SetDraftingTeamInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => [ID]) @ArrayMaxSize(MAX_DRAFTERS) @RecordId({ each: true }) personIds!: string[];
}

@InputType({
  description:
    'REPLACE and DELETE name paragraphKey; INSERT names sectionKey and afterParagraphKey (null: at the start of the section). ' +
    'REPLACE and INSERT need a text that differs from the current one. Only in the AMENDMENTS phase.',
})
export class ProposeAmendmentInput {
  @Field(() => ID) @RecordId() declarationId!: string;
  @Field(() => AmendmentKindEnum) @IsIn(['REPLACE', 'INSERT', 'DELETE'], { message: 'Please choose REPLACE, INSERT or DELETE.' }) kind!: AmendmentKind;
  @Field(() => String, { nullable: true }) @Key() paragraphKey?: string | null;
  @Field(() => String, { nullable: true }) @Key() sectionKey?: string | null;
  @Field(() => String, { nullable: true }) @Key() afterParagraphKey?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(PARAGRAPH_LENGTH) text?: string | null;
  @Field() @RequiredText(COMMENT_LENGTH) reason!: string;
}

@InputType({ description: "A new version by its author, against the paragraph's current wording (after another amendment overtook it)" })
export class ReviseAmendmentInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @OptionalText(PARAGRAPH_LENGTH) text?: string | null;
  @Field(() => String, { nullable: true }) @RequiredText(COMMENT_LENGTH, { optional: true }) reason?: string;
}

@InputType()
export class AmendmentStepInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType({ description: 'The drafting team takes the amendment over: as it is (text absent) or in a modified wording' })
export class TakeOverAmendmentInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @OptionalText(PARAGRAPH_LENGTH) text?: string | null;
}

@InputType()
export class AmendmentCommentInput {
  @Field(() => ID) @RecordId() amendmentId!: string;
  @Field() @RequiredText(COMMENT_LENGTH) body!: string;
}

@InputType({ description: 'A representative answers for their organisation; ENDORSED_WITH_RESERVATION needs the reservation' })
export class EndorseDeclarationInput {
  @Field(() => ID) @RecordId() declarationId!: string;
  @Field(() => ID) @RecordId() organisationId!: string;
  @Field(() => EndorsementStateEnum)
  @IsIn(['ENDORSED', 'ENDORSED_WITH_RESERVATION', 'DECLINED', 'PENDING'], { message: 'Please choose an answer.' })
  state!: EndorsementState;
  @Field(() => String, { nullable: true }) @OptionalText(COMMENT_LENGTH) reservation?: string | null;
}

@InputType({
  description:
    "Opens a ballot of the decisions engine at once (defaults: YES/NO, PERSON, SIMPLE, no quorum, open). Voting and closing go through the engine's castVote and closeBallot",
})
export class DeclarationBallotInput {
  @Field(() => ID, { description: 'The amendment (putAmendmentToBallot) or the declaration (startFinalVote)' }) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => VotingUnitEnum, { nullable: true }) @IsOptional() votingUnit?: VotingUnit | null;
  @Field(() => MajorityRuleEnum, { nullable: true }) @IsOptional() majority?: MajorityRule | null;
  @Field(() => Int, { nullable: true, description: '0–100 % of the eligible weight' }) @IsOptional() @IsInt() quorumPercent?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() secret?: boolean | null;
}
