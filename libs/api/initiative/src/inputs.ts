import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText, RecordId, RequiredText } from '@pakt/api-alliance';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@pakt/api-database';
import { IdList } from '@pakt/api-recommendation';
import {
  INITIATIVE_NAME_LENGTH,
  INITIATIVE_NOTES_LENGTH,
  INITIATIVE_STATUSES,
  INITIATIVE_TARGET_GROUP_LENGTH,
  INITIATIVE_TEXT_LENGTH,
  PROGRESS_MAX,
  PROGRESS_MIN,
  type InitiativeKind,
  type InitiativeStatus,
  type ReportingCycle,
} from '@pakt/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsNumber,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { InitiativeKindEnum, InitiativeStatusEnum, ReportingCycleEnum } from './graphql-enums';

// Every input of initiative tracking, validated by ValidInput before a resolver runs: BAD_USER_INPUT
// with a message per field, and nothing saved. Changes carry the version the client saw.

export const MILESTONE_TITLE_LENGTH = 200;
export const NARRATIVE_LENGTH = 20_000;
export const NOTE_LENGTH = 5_000;
export const INDICATOR_NAME_LENGTH = 200;
export const INDICATOR_UNIT_LENGTH = 50;
export const ROUND_TITLE_LENGTH = 200;
const MAX_LINKS = 100;
const MAX_TARGET_GROUPS = 30;
const MAX_INDICATOR_VALUES = 50;
/** Base64 of an import file: the request limit (1 MiB) leaves room for about 700 kB of file. */
const IMPORT_CONTENT_LENGTH = 1_000_000;

function TargetGroups(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    ArrayMaxSize(MAX_TARGET_GROUPS, { message: `At most ${MAX_TARGET_GROUPS} target groups.` })(target, key);
    IsString({ each: true, message: 'Please enter a text.' })(target, key);
    MaxLength(INITIATIVE_TARGET_GROUP_LENGTH, { each: true, message: `At most ${INITIATIVE_TARGET_GROUP_LENGTH} characters each.` })(target, key);
  };
}

const PERCENT = (target: object, key: string | symbol) => {
  IsInt({ message: 'Please give a whole number from 0 to 100.' })(target, key);
  Min(PROGRESS_MIN, { message: 'The percentage is at least 0.' })(target, key);
  Max(PROGRESS_MAX, { message: 'The percentage is at most 100.' })(target, key);
};

@InputType({
  description:
    'A new initiative; status defaults to PLANNED, reportingCycle to QUARTERLY. SINGLE has no partners, JOINT at least one (never the lead); ' +
    'at least one action field; endOn not before startOn; recommendations must be APPROVED or ADOPTED. Unknown or other alliances’ ids: NOT_FOUND.',
})
export class CreateInitiativeInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field({ description: `1–${INITIATIVE_NAME_LENGTH} characters, unique in the alliance` }) @RequiredText(INITIATIVE_NAME_LENGTH) name!: string;
  @Field(() => String, { nullable: true }) @OptionalText(INITIATIVE_TEXT_LENGTH) description?: string | null;
  @Field(() => InitiativeKindEnum) kind!: InitiativeKind;
  @Field(() => InitiativeStatusEnum, { nullable: true }) status?: InitiativeStatus | null;
  @Field(() => ID) @RecordId() leadOrganisationId!: string;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) partnerOrganisationIds?: string[] | null;
  @Field(() => [ID]) @IdList(MAX_LINKS) @ArrayMinSize(1, { message: 'Please choose at least one action field.' }) actionFieldIds!: string[];
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) regionIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) recommendationIds?: string[] | null;
  @Field(() => [String], { nullable: true }) @TargetGroups() targetGroups?: string[] | null;
  @Field(() => LocalDateResolver) startOn!: string;
  @Field(() => LocalDateResolver, { nullable: true }) endOn?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(INITIATIVE_NOTES_LENGTH) fundingNotes?: string | null;
  @Field(() => ReportingCycleEnum, { nullable: true }) reportingCycle?: ReportingCycle | null;
}

@InputType({ description: 'Absent fields stay; lists, when given, replace the whole list; null clears endOn or fundingNotes. Status changes go through changeInitiativeStatus.' })
export class UpdateInitiativeInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(INITIATIVE_NAME_LENGTH, { optional: true }) name?: string;
  @Field(() => String, { nullable: true }) @OptionalText(INITIATIVE_TEXT_LENGTH) description?: string | null;
  @Field(() => InitiativeKindEnum, { nullable: true }) kind?: InitiativeKind | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() leadOrganisationId?: string | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) partnerOrganisationIds?: string[] | null;
  @Field(() => [ID], { nullable: true })
  @IdList(MAX_LINKS)
  @ArrayMinSize(1, { message: 'Please choose at least one action field.' })
  actionFieldIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) regionIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) recommendationIds?: string[] | null;
  @Field(() => [String], { nullable: true }) @TargetGroups() targetGroups?: string[] | null;
  @Field(() => LocalDateResolver, { nullable: true }) startOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) endOn?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(INITIATIVE_NOTES_LENGTH) fundingNotes?: string | null;
  @Field(() => ReportingCycleEnum, { nullable: true }) reportingCycle?: ReportingCycle | null;
}

@InputType({
  description:
    'A dated status change with a note (for CANCELLED: the reason). Not allowed by the state machine: BAD_USER_INPUT on fields.status; ' +
    'effectiveOn (default today) neither in the future nor before the last change. Only the secretariat and the lead organisation’s representatives: FORBIDDEN otherwise.',
})
export class ChangeInitiativeStatusInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => InitiativeStatusEnum) status!: InitiativeStatus;
  @Field({ description: `1–${NOTE_LENGTH} characters` }) @RequiredText(NOTE_LENGTH) note!: string;
  @Field(() => LocalDateResolver, { nullable: true }) effectiveOn?: string | null;
}

@InputType()
export class AddInitiativeMilestoneInput {
  @Field(() => ID) @RecordId() initiativeId!: string;
  @Field() @RequiredText(MILESTONE_TITLE_LENGTH) title!: string;
  @Field(() => LocalDateResolver) dueOn!: string;
}

@InputType({ description: 'Absent fields stay. done: true marks it done on doneOn (default today, not in the future); done: false opens it again.' })
export class UpdateInitiativeMilestoneInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(MILESTONE_TITLE_LENGTH, { optional: true }) title?: string;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() done?: boolean | null;
  @Field(() => LocalDateResolver, { nullable: true }) doneOn?: string | null;
}

@InputType({ description: 'A value of one of the initiative’s indicators' })
export class IndicatorValueInput {
  @Field(() => ID) @RecordId() indicatorId!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Please give a number.' }) value!: number;
}

@InputType({
  description:
    'reportedOn (default today) is not in the future nor before the start; percent 0–100; a narrative; values of the initiative’s own indicators, each once. ' +
    'The secretariat and the representatives of the lead and partner organisations report.',
})
export class FileProgressReportInput {
  @Field(() => ID) @RecordId() initiativeId!: string;
  @Field(() => LocalDateResolver, { nullable: true }) reportedOn?: string | null;
  @Field(() => Int) @PERCENT percent!: number;
  @Field() @RequiredText(NARRATIVE_LENGTH) narrative!: string;
  @Field(() => [IndicatorValueInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_INDICATOR_VALUES, { message: `At most ${MAX_INDICATOR_VALUES} values.` })
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueInput)
  indicatorValues?: IndicatorValueInput[] | null;
}

@InputType({ description: 'An indicator of the initiative; its name is unique within the initiative' })
export class AddInitiativeIndicatorInput {
  @Field(() => ID) @RecordId() initiativeId!: string;
  @Field() @RequiredText(INDICATOR_NAME_LENGTH) name!: string;
  @Field() @RequiredText(INDICATOR_UNIT_LENGTH) unit!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Please give a number.' }) baseline!: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Please give a number.' }) target!: number;
}

@InputType({ description: 'Absent fields stay' })
export class UpdateInitiativeIndicatorInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(INDICATOR_NAME_LENGTH, { optional: true }) name?: string;
  @Field(() => String, { nullable: true }) @RequiredText(INDICATOR_UNIT_LENGTH, { optional: true }) unit?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Please give a number.' }) baseline?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Please give a number.' }) target?: number | null;
}

@InputType({
  description:
    'A register file (CSV or XLSX, see the export for its columns) as base64. dryRun only validates. Any bad row: BAD_USER_INPUT with ' +
    'extensions.rows = [{ row, column, code, message, values }] and nothing imported.',
})
export class ImportInitiativesInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field({ description: 'Ends in .csv or .xlsx' })
  @Matches(/\.(csv|xlsx)$/i, { message: 'Please choose a .csv or .xlsx file.' })
  @MaxLength(255, { message: 'At most 255 characters.' })
  fileName!: string;
  @Field({ description: 'The file, base64-encoded (at most about 700 kB)' })
  @IsString()
  @MaxLength(IMPORT_CONTENT_LENGTH, { message: 'The file is too large: at most about 700 kB.' })
  contentBase64!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() dryRun?: boolean | null;
}

@InputType({ description: 'Asks every RUNNING initiative for a report by dueOn (today or later)' })
export class OpenReportingRoundInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field() @RequiredText(ROUND_TITLE_LENGTH) title!: string;
  @Field(() => LocalDateResolver) dueOn!: string;
}

@InputType({ description: 'Filters combine; within a list any entry matches. organisationIds match the lead and the partners.' })
export class InitiativeFilter {
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) actionFieldIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) regionIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IdList(MAX_LINKS) organisationIds?: string[] | null;
  @Field(() => [InitiativeStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(INITIATIVE_STATUSES.length)
  statuses?: InitiativeStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Part of the name' }) @OptionalText(INITIATIVE_NAME_LENGTH) search?: string | null;
}

@ArgsType()
export class InitiativesArgs {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field(() => InitiativeFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => InitiativeFilter) filter?: InitiativeFilter | null;
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'At least 1.' })
  @Max(MAX_PAGE_SIZE, { message: `At most ${MAX_PAGE_SIZE}.` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'endCursor of the page before' }) @IsOptional() @MaxLength(1_000) after?: string | null;
}

@ArgsType()
export class InitiativeDashboardArgs {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field(() => InitiativeFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => InitiativeFilter) filter?: InitiativeFilter | null;
}
