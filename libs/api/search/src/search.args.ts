import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@pakt/api-database';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const QUERY_MIN_LENGTH = 2;
export const QUERY_MAX_LENGTH = 200;

@ArgsType()
export class SearchArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not the id of a record.' })
  allianceId!: string;

  @Field({
    description: `${QUERY_MIN_LENGTH} to ${QUERY_MAX_LENGTH} characters. Words are found in all their German forms; "quoted phrases", or and -excluded words work as in web search engines`,
  })
  // The length counts after trimming, which the service checks; this only keeps megabytes out.
  @IsString()
  @MaxLength(10_000)
  query!: string;

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
