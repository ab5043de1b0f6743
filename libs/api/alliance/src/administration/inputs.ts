import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@pakt/api-database';
import type { MembershipRole, OrganisationKind, RegionKind, Representation } from '@pakt/domain';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { MembershipRoleEnum, OrganisationKindEnum, RegionKindEnum, RepresentationEnum } from '../graphql-enums';
import { DESCRIPTION_LENGTH, NAME_LENGTH, OptionalText, RecordId, RequiredText, SHORT_NAME_LENGTH } from './text-rules';

// Every input of the administration, validated by ValidInput before a resolver runs. Update inputs
// carry the version the client saw: a write based on an older one is refused (CONFLICT).

const STATE_LENGTH = 80;
const REGION_CODE_LENGTH = 8;
const MAX_ACTION_FIELDS = 100;

@InputType({ description: 'Absent fields stay as they are; null clears an optional one' })
export class UpdateAllianceInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(NAME_LENGTH, { optional: true }) name?: string;
  @Field(() => String, { nullable: true }) @OptionalText(SHORT_NAME_LENGTH) shortName?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(DESCRIPTION_LENGTH) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Bundesland' }) @OptionalText(STATE_LENGTH) state?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) constitutedOn?: string | null;
}

@InputType({ description: 'Creates a focus group: the steering board exists once per alliance' })
export class CreateBodyInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field() @RequiredText(NAME_LENGTH) name!: string;
  @Field(() => String, { nullable: true }) @OptionalText(DESCRIPTION_LENGTH) description?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ACTION_FIELDS)
  @RecordId({ each: true })
  actionFieldIds?: string[] | null;
}

@InputType({ description: 'actionFieldIds, when given, replaces the set of action fields' })
export class UpdateBodyInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(NAME_LENGTH, { optional: true }) name?: string;
  @Field(() => String, { nullable: true }) @OptionalText(DESCRIPTION_LENGTH) description?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ACTION_FIELDS)
  @RecordId({ each: true })
  actionFieldIds?: string[] | null;
}

@InputType()
export class CreateActionFieldInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field() @RequiredText(NAME_LENGTH) title!: string;
  @Field(() => String, { nullable: true }) @OptionalText(DESCRIPTION_LENGTH) description?: string | null;
}

@InputType()
export class UpdateActionFieldInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(NAME_LENGTH, { optional: true }) title?: string;
  @Field(() => String, { nullable: true }) @OptionalText(DESCRIPTION_LENGTH) description?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field() @RequiredText(NAME_LENGTH) name!: string;
  @Field(() => String, { nullable: true }) @OptionalText(SHORT_NAME_LENGTH) shortName?: string | null;
  @Field(() => OrganisationKindEnum) kind!: OrganisationKind;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(NAME_LENGTH, { optional: true }) name?: string;
  @Field(() => String, { nullable: true }) @OptionalText(SHORT_NAME_LENGTH) shortName?: string | null;
  @Field(() => OrganisationKindEnum, { nullable: true }) kind?: OrganisationKind | null;
}

@InputType()
export class CreateRegionInput {
  @Field(() => ID) @RecordId() allianceId!: string;
  @Field() @RequiredText(NAME_LENGTH) name!: string;
  @Field(() => RegionKindEnum) kind!: RegionKind;
  @Field(() => String, { nullable: true, description: 'Prefix of the Amtlicher Gemeindeschlüssel: 2 digits for a state, 5 otherwise' })
  @OptionalText(REGION_CODE_LENGTH)
  code?: string | null;
}

@InputType()
export class UpdateRegionInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @RequiredText(NAME_LENGTH, { optional: true }) name?: string;
  @Field(() => RegionKindEnum, { nullable: true }) kind?: RegionKind | null;
  @Field(() => String, { nullable: true }) @OptionalText(REGION_CODE_LENGTH) code?: string | null;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID) @RecordId() personId!: string;
  @Field(() => ID) @RecordId() bodyId!: string;
  @Field(() => MembershipRoleEnum) role!: MembershipRole;
  @Field(() => ID, { nullable: true, description: 'The organisation the person represents in this body' })
  @IsOptional()
  @RecordId()
  organisationId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'First day; default today' }) since?: string | null;
  @Field(() => RepresentationEnum, { nullable: true, description: "PRINCIPAL casts the organisation's vote in this body, DEPUTY in their absence; needs organisationId" })
  @IsOptional()
  representation?: Representation | null;
}

@InputType({ description: 'A new role counts from today on; organisationId null: represents no organisation' })
export class ChangeMembershipInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => MembershipRoleEnum, { nullable: true }) role?: MembershipRole | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @RecordId() organisationId?: string | null;
  @Field(() => RepresentationEnum, { nullable: true, description: 'Absent: stays; null: casts no vote for the organisation' })
  @IsOptional()
  representation?: Representation | null;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the membership; default today' }) until?: string | null;
}

@ArgsType()
export class PeopleArgs {
  @Field(() => ID) @RecordId() allianceId!: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or the e-mail address' })
  @IsOptional()
  @MaxLength(NAME_LENGTH, { message: `At most ${NAME_LENGTH} characters.` })
  search?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1, { message: 'At least 1.' })
  @Max(MAX_PAGE_SIZE, { message: `At most ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the page before' })
  @IsOptional()
  @MaxLength(1_000)
  after?: string | null;
}
