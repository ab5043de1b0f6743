import { applyDecorators } from '@nestjs/common';
import { IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

// Lengths as the columns allow them; free text is limited too, so no field takes megabytes.
export const NAME_LENGTH = 200;
export const SHORT_NAME_LENGTH = 80;
export const DESCRIPTION_LENGTH = 5_000;

const FILL_IN = 'Please fill in this field.';

/**
 * A text that must have content. With `optional` (update inputs) an absent field stays as it is,
 * while null is refused: the record cannot be without it.
 */
export function RequiredText(maxLength: number, options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ...(options.optional ? [ValidateIf((_object: object, value: unknown) => value !== undefined)] : []),
    IsString({ message: FILL_IN }),
    Matches(/\S/, { message: FILL_IN }),
    MaxLength(maxLength, { message: `At most ${maxLength} characters.` }),
  );
}

/** A text that may be left out, or cleared with null or an empty text. */
export function OptionalText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null),
    IsString({ message: 'Please enter a text.' }),
    MaxLength(maxLength, { message: `At most ${maxLength} characters.` }),
  );
}

/** An id as this api hands them out; anything else cannot name a record. */
export function RecordId(options: { each?: boolean } = {}): PropertyDecorator {
  return IsUUID('all', { each: options.each, message: 'This is not the id of a record.' });
}

/** What an optional text field asks to store: undefined leaves it, an empty text clears it like null. */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
