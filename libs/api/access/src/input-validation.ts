import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { BadUserInputError } from './access.errors';

/** The first message of each invalid field, keyed by its path in the input ("actionFieldIds", "period.until"). */
export function fieldMessages(errors: readonly ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const key = prefix === '' ? error.property : `${prefix}.${error.property}`;
    const [message] = Object.values(error.constraints ?? {});
    if (message !== undefined) fields[key] ??= message;
    Object.assign(fields, fieldMessages(error.children ?? [], key));
  }
  return fields;
}

/**
 * Validates an @InputType or @ArgsType argument against its class-validator decorators, before the
 * resolver runs: invalid input becomes BAD_USER_INPUT with a message per field and changes nothing.
 * Use as `@Args('input', ValidInput) input: SomeInput` or `@Args(ValidInput) args: SomeArgs`.
 */
export const ValidInput = new ValidationPipe({
  transform: true,
  // The GraphQL schema already refuses unknown fields; the object is then always a class instance.
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new BadUserInputError('Please check your input.', fieldMessages(errors)),
});
