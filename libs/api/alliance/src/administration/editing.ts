import { BadUserInputError } from '@pakt/api-access';
import { QueryFailedError } from 'typeorm';

/** The input field each unique constraint guards, and what to tell the person who typed it. */
const UNIQUE_FIELDS: Record<string, { field: string; message: string }> = {
  UQ_body_alliance_name: { field: 'name', message: 'A body of this alliance already has this name.' },
  UQ_action_field_alliance_title: { field: 'title', message: 'An action field of this alliance already has this title.' },
  UQ_organisation_alliance_name: { field: 'name', message: 'An organisation of this alliance already has this name.' },
  UQ_region_alliance_name: { field: 'name', message: 'A region of this alliance already has this name.' },
  UQ_region_alliance_code: { field: 'code', message: 'A region of this alliance already has this code.' },
};

/** Turns a unique violation into BAD_USER_INPUT on the field it concerns; other errors pass unchanged. */
export function uniqueViolationAsInputError(error: unknown): never {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    const unique = driverError.code === '23505' && driverError.constraint ? UNIQUE_FIELDS[driverError.constraint] : undefined;
    if (unique) throw new BadUserInputError('Please check your input.', { [unique.field]: unique.message });
  }
  throw error;
}
