import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@pakt/api-database';
import { IsDate, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('AuditEntry', { description: 'One thing that happened: who did what, when, to which object' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'A dotted name such as signIn.failed, membership.added or mutation.<name>' })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The account that acted; null for anonymous attempts' })
  actorAccountId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who acted, as named when it happened' })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'The type of the object it concerned, e.g. Membership' })
  objectType!: string | null;

  @Field(() => String, { nullable: true })
  objectId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What else is known: outcome, arguments (never passwords or tokens)' })
  details!: Record<string, unknown> | null;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}

@ArgsType()
export class AuditLogArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not the id of an alliance.' })
  allianceId!: string;

  @Field(() => String, { nullable: true, description: 'Only this action' })
  @IsOptional()
  @MaxLength(200, { message: 'At most 200 characters.' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this account did' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not the id of an account.' })
  actorAccountId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about objects of this type' })
  @IsOptional()
  @MaxLength(200, { message: 'At most 200 characters.' })
  objectType?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this time' })
  @IsOptional()
  @IsDate({ message: 'This is not a point in time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries before this time' })
  @IsOptional()
  @IsDate({ message: 'This is not a point in time.' })
  to?: Date | null;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}` })
  @IsInt({ message: 'A whole number, please.' })
  @Min(1, { message: `Between 1 and ${MAX_PAGE_SIZE} entries per page.` })
  @Max(MAX_PAGE_SIZE, { message: `Between 1 and ${MAX_PAGE_SIZE} entries per page.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before' })
  @IsOptional()
  after?: string | null;
}
