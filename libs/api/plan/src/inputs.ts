import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

// The plan's inputs, validated by ValidInput before a resolver runs (BAD_USER_INPUT per field).

export const TITLE_LENGTH = 200;
export const TEXT_LENGTH = 50_000;
const MAX_ITEMS = 500;

const recordId = (each = false) => IsUUID('all', { each, message: 'This is not the id of a record.' });

/** A title of 1–200 characters; with `optional`, absent leaves it as it is (null is refused). */
function Title(optional: boolean): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => (optional ? value !== undefined : value !== undefined && value !== null)),
    IsString({ message: 'Please fill in the title.' }),
    Matches(/\S/, { message: 'Please fill in the title.' }),
    MaxLength(TITLE_LENGTH, { message: `At most ${TITLE_LENGTH} characters.` }),
  );
}

/** A text of the plan: absent leaves it, anything else up to 50,000 characters (empty allowed in a draft). */
function PlanText(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsString({ message: 'Please enter a text (it may be empty).' }),
    MaxLength(TEXT_LENGTH, { message: `At most ${TEXT_LENGTH} characters.` }),
  );
}

function IdList(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    ArrayMaxSize(MAX_ITEMS, { message: `At most ${MAX_ITEMS} entries.` }),
    recordId(true),
  );
}

@InputType({ description: "Starts a new DRAFT version with the latest version's content; without a title it keeps the latest title" })
export class StartPlanVersionInput {
  @Field(() => ID) @recordId() allianceId!: string;
  @Field(() => String, { nullable: true }) @Title(false) title?: string | null;
}

@InputType({
  description: 'Only in DRAFT. recommendationIds/indicatorIds are the complete ordered lists. Texts ≤ 50000, title 1–200.',
})
export class UpdatePlanVersionInput {
  @Field(() => ID) @recordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @Title(true) title?: string;
  @Field(() => String, { nullable: true }) @PlanText() situationAssessment?: string;
  @Field(() => String, { nullable: true }) @PlanText() initiativesText?: string;
  @Field(() => String, { nullable: true }) @PlanText() commitments?: string;
  @Field(() => [ID], { nullable: true }) @IdList() indicatorIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IdList() recommendationIds?: string[] | null;
}

@InputType({ description: 'A step of the workflow on the version the client saw' })
export class PlanVersionStepInput {
  @Field(() => ID) @recordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}
