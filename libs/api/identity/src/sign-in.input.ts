import { Field, InputType } from '@nestjs/graphql';
import { BadUserInputError } from '@pakt/api-access';
import { isEmail } from 'class-validator';

export const MAX_EMAIL_LENGTH = 254; // RFC 5321's limit for a forward path
export const MAX_PASSWORD_LENGTH = 1024; // long passphrases welcome; beyond that only a waste of hashing time

@InputType()
export class SignInInput {
  @Field({ description: `An e-mail address of at most ${MAX_EMAIL_LENGTH} characters; case does not matter` })
  email!: string;

  @Field({ description: `1 to ${MAX_PASSWORD_LENGTH} characters` })
  password!: string;
}

export interface Credentials {
  /** Trimmed and lower-cased, as accounts store it. */
  email: string;
  password: string;
}

/** Checks the form of the input before anything else happens; says what is wrong with each field. */
export function credentialsFrom(input: SignInInput): Credentials {
  const email = input.email.trim().toLowerCase();
  const fields: Record<string, string> = {};
  if (email === '') fields.email = 'Please enter your e-mail address.';
  else if (email.length > MAX_EMAIL_LENGTH) fields.email = `An e-mail address has at most ${MAX_EMAIL_LENGTH} characters.`;
  else if (!isEmail(email)) fields.email = 'This is not a valid e-mail address.';
  if (input.password === '') fields.password = 'Please enter your password.';
  else if (input.password.length > MAX_PASSWORD_LENGTH) fields.password = `A password has at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Please check your input.', fields);
  return { email, password: input.password };
}
