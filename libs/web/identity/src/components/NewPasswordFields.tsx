import { TextField } from '@pakt/web-ui';
import { useIdentityMessages } from '../messages';
import type { FormProblem } from '../pages/form-problems';

/** The api's bounds for a new password, in characters. */
const MIN_LENGTH = 10;
const MAX_LENGTH = 1024;

export type NewPasswordError = 'tooShort' | 'tooLong' | 'mismatch' | 'invalid';
export interface NewPasswordErrors {
  readonly password?: NewPasswordError;
  readonly repeat?: NewPasswordError;
}

/** Checks before sending what the api would refuse anyway, and that both entries agree. */
export function checkNewPassword(password: string, repeat: string): NewPasswordErrors {
  const length = [...password].length;
  if (length < MIN_LENGTH) return { password: 'tooShort' };
  if (length > MAX_LENGTH) return { password: 'tooLong' };
  return password === repeat ? {} : { repeat: 'mismatch' };
}

/** A form with a new password fails on the client's check or on the api's answer. */
export type NewPasswordProblem = FormProblem<'password'> | { readonly kind: 'checked'; readonly errors: NewPasswordErrors };

/** The fields' errors of a failed submit: the client's check, or the api refusing the password. */
export function newPasswordErrors(problem: NewPasswordProblem | null): NewPasswordErrors {
  if (problem?.kind === 'checked') return problem.errors;
  return problem?.kind === 'invalid' ? { password: 'invalid' } : {};
}

export interface NewPasswordFieldsProps {
  readonly ids: { readonly password: string; readonly repeat: string };
  readonly password: string;
  readonly repeat: string;
  readonly onPassword: (value: string) => void;
  readonly onRepeat: (value: string) => void;
  readonly errors: NewPasswordErrors;
}

/** A new password, typed twice; the browser's password manager may suggest one. */
export function NewPasswordFields({ ids, password, repeat, onPassword, onRepeat, errors }: NewPasswordFieldsProps) {
  const { t } = useIdentityMessages();
  return (
    <>
      <TextField
        id={ids.password}
        name="new-password"
        label={t('newPassword.password')}
        type="password"
        autoComplete="new-password"
        hint={t('newPassword.hint')}
        value={password}
        onChange={onPassword}
        error={errors.password ? t(`newPassword.${errors.password}`) : null}
      />
      <TextField
        id={ids.repeat}
        name="new-password-repeat"
        label={t('newPassword.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeat}
        error={errors.repeat ? t(`newPassword.${errors.repeat}`) : null}
      />
    </>
  );
}
