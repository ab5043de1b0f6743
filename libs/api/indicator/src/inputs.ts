import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText, RecordId, RequiredText } from '@pakt/api-alliance';
import { INDICATOR_MAX_OBSERVATIONS } from '@pakt/domain';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';

// Every input of indicators, validated by ValidInput before a resolver runs. Changes carry the
// version the client saw: a write based on an older one is refused (CONFLICT).

export const INDICATOR_NAME_LENGTH = 200;
export const INDICATOR_UNIT_LENGTH = 50;
export const INDICATOR_TEXT_LENGTH = 5_000;

@InputType({ description: 'One value: a series in a year' })
export class IndicatorObservationInput {
  @Field() series!: string;
  @Field(() => Int) period!: number;
  @Field(() => Float) value!: number;
}

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field({ description: 'Unique within the alliance, 1–200 characters' }) @RequiredText(INDICATOR_NAME_LENGTH) name!: string;
  @Field({ description: '1–50 characters, e.g. "Personen"' }) @RequiredText(INDICATOR_UNIT_LENGTH) unit!: string;
  @Field(() => String, { nullable: true }) @OptionalText(INDICATOR_TEXT_LENGTH) description?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(INDICATOR_TEXT_LENGTH) source?: string | null;
}

@InputType({ description: 'Absent fields stay as they are; null clears description or source' })
export class UpdateIndicatorInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(INDICATOR_NAME_LENGTH, { optional: true }) name?: string;
  @Field(() => String, { nullable: true }) @RequiredText(INDICATOR_UNIT_LENGTH, { optional: true }) unit?: string;
  @Field(() => String, { nullable: true }) @OptionalText(INDICATOR_TEXT_LENGTH) description?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(INDICATOR_TEXT_LENGTH) source?: string | null;
}

@InputType({ description: 'Replaces all observations (hand entry)' })
export class SetIndicatorObservationsInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => [IndicatorObservationInput], {
    description: 'Series keep the order of their first entry; each series and year once; years 1900–2100; at most 10 000',
  })
  @ArrayMaxSize(INDICATOR_MAX_OBSERVATIONS, { message: `At most ${INDICATOR_MAX_OBSERVATIONS} values.` })
  observations!: IndicatorObservationInput[];
}

@InputType({
  description:
    'CSV with a header row; `dryRun` validates only. Any bad row: BAD_USER_INPUT with extensions.rows = [{ row: Int, column: String|null, message: String }] and nothing saved.',
})
export class ImportIndicatorCsvInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ description: 'The whole file (at most 500 kB); its values replace all observations of the indicator' })
  @IsString()
  csv!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() dryRun?: boolean | null;
}
