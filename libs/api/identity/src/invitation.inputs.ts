import { Field, ID, InputType } from '@nestjs/graphql';
import { MembershipRoleEnum } from '@pakt/api-alliance';
import type { MembershipRole } from '@pakt/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from './sign-in.input';

export const MIN_NEW_PASSWORD_LENGTH = 10;
export const MAX_DISPLAY_NAME_LENGTH = 200; // person.display_name

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normalisedEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

// class-validator checks a property's rules in the order they are registered, which for stacked
// decorators is bottom-up: with stopAtFirstError, "missing" is said before "too long" before "malformed".

/** An e-mail address field: trimmed, lower-cased, at most 254 characters. */
export function EmailField(): PropertyDecorator {
  return (target, key) => {
    IsNotEmpty({ message: 'Please enter the e-mail address.' })(target, key);
    MaxLength(MAX_EMAIL_LENGTH, { message: `An e-mail address has at most ${MAX_EMAIL_LENGTH} characters.` })(target, key);
    IsEmail({}, { message: 'This is not a valid e-mail address.' })(target, key);
    Transform(normalisedEmail)(target, key);
  };
}

/** A password someone chooses now: 10 to 1024 characters. */
export function NewPasswordField(): PropertyDecorator {
  return (target, key) => {
    MinLength(MIN_NEW_PASSWORD_LENGTH, { message: `A password needs at least ${MIN_NEW_PASSWORD_LENGTH} characters.` })(target, key);
    MaxLength(MAX_PASSWORD_LENGTH, { message: `A password has at most ${MAX_PASSWORD_LENGTH} characters.` })(target, key);
  };
}

@InputType()
export class InviteMemberInput {
  @Field({ description: `Where the invitation goes; at most ${MAX_EMAIL_LENGTH} characters, case does not matter` })
  @EmailField()
  email!: string;

  @Field({ description: `The name the person will be shown with; 1 to ${MAX_DISPLAY_NAME_LENGTH} characters` })
  @MaxLength(MAX_DISPLAY_NAME_LENGTH, { message: `A name has at most ${MAX_DISPLAY_NAME_LENGTH} characters.` })
  @IsNotEmpty({ message: 'Please enter the name.' })
  @Transform(trimmed)
  displayName!: string;

  @Field(() => ID, { description: 'The body the person is invited into; its alliance is the one they join' })
  @IsString()
  bodyId!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field(() => ID, { nullable: true, description: 'The organisation the person will represent there' })
  @IsOptional()
  @IsString()
  organisationId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the link in the invitation mail' })
  @IsString()
  token!: string;

  @Field({
    description: `A new password (${MIN_NEW_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters), or the current one when the e-mail address already has an account`,
  })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `A password has at most ${MAX_PASSWORD_LENGTH} characters.` })
  @IsNotEmpty({ message: 'Please enter a password.' })
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: 'The e-mail address of the account' })
  @EmailField()
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the password-reset mail' })
  @IsString()
  token!: string;

  @Field({ description: `The new password, ${MIN_NEW_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters` })
  @NewPasswordField()
  password!: string;
}
