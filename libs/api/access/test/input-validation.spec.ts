import { IsEmail, IsInt, IsOptional, Max, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, ValidInput } from '../src';

class Period {
  @IsInt({ message: 'A whole number, please.' })
  @Max(10, { message: 'At most 10.' })
  days!: number;
}

class Invite {
  @IsEmail({}, { message: 'This is not a valid e-mail address.' })
  email!: string;

  @IsOptional()
  @MaxLength(5, { message: 'At most 5 characters.' })
  name?: string;

  @ValidateNested()
  @Type(() => Period)
  period!: Period;
}

const run = (value: unknown) => ValidInput.transform(value, { type: 'body', metatype: Invite });

describe('ValidInput', () => {
  it('passes valid input through as an instance of the input class', async () => {
    const input: unknown = await run({ email: 'a@example.org', period: { days: 3 } });
    expect(input).toBeInstanceOf(Invite);
  });

  it('refuses invalid input with BAD_USER_INPUT and the first message of each field, nested ones by path', async () => {
    const error: unknown = await run({ email: 'nope', name: 'far too long', period: { days: 11 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { email: 'This is not a valid e-mail address.', name: 'At most 5 characters.', 'period.days': 'At most 10.' },
    });
  });
});
