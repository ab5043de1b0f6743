import { BadUserInputError } from '@pakt/api-access';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/**
 * The input as an instance of its @InputType class, trimmed and normalised by its @Transforms and
 * checked by its class-validator rules; BAD_USER_INPUT with one message per bad field otherwise.
 */
export function validInput<T extends object>(type: new () => T, input: T): T {
  const instance = plainToInstance(type, { ...input });
  const errors = validateSync(instance, { stopAtFirstError: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const fields = Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})[0] ?? 'This value is not valid.']));
    throw new BadUserInputError('Please check your input.', fields);
  }
  return instance;
}
