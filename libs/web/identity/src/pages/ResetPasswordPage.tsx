import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { ErrorSummary, PageTitle } from '@pakt/web-ui';
import {
  checkNewPassword,
  newPasswordErrors,
  NewPasswordFields,
  type NewPasswordProblem,
} from '../components/NewPasswordFields';
import { ResetPasswordMutation } from '../graphql/mutations';
import { useIdentityMessages } from '../messages';
import { FORGOT_PASSWORD_PATH, MY_GROUPS_PATH } from '../paths';
import { useSession } from '../session/SessionProvider';
import type { MyGroupsPageState } from '../session/welcome';
import { formProblem } from './form-problems';

/**
 * /password/reset/:token — the page behind the mailed reset link: a new password, twice.
 * Whether the link still works shows on saving (there is nothing to preview).
 */
export function ResetPasswordPage() {
  const { t } = useIdentityMessages();
  const { token = '' } = useParams();
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const { restart } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<NewPasswordProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids = { password: useId(), repeat: useId() };

  const fail = (next: NewPasswordProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const checked = checkNewPassword(password, repeat);
    if (checked.password || checked.repeat) return fail({ kind: 'checked', errors: checked });
    const { error } = await reset({ input: { token, password } });
    if (!error) {
      restart();
      navigate(MY_GROUPS_PATH, { replace: true, state: { welcome: 'passwordChanged' } satisfies MyGroupsPageState });
      return;
    }
    fail(formProblem(error, ['password']));
  };

  const errors = newPasswordErrors(problem);
  const fieldProblems = (['password', 'repeat'] as const).flatMap((field) => {
    const error = errors[field];
    return error ? [{ fieldId: ids[field], message: t(`newPassword.${error}`) }] : [];
  });

  return (
    <>
      <PageTitle title={t('resetPassword.title')} />
      <h1>{t('resetPassword.title')}</h1>
      <p className="lead">{t('resetPassword.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {problem && (
          <ErrorSummary title={t('resetPassword.errorSummary')} attempt={attempt} fields={fieldProblems}>
            {problem.kind === 'invalid-link' ? (
              <>
                <p>{t('resetPassword.invalidLink')}</p>
                <p>
                  <Link to={FORGOT_PASSWORD_PATH}>{t('resetPassword.requestNew')}</Link>
                </p>
              </>
            ) : problem.kind === 'checked' || problem.kind === 'invalid' ? null : (
              <p>{t('resetPassword.failed')}</p>
            )}
          </ErrorSummary>
        )}
        <NewPasswordFields
          ids={ids}
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errors={errors}
        />
        <button type="submit" className="button">
          {t('resetPassword.submit')}
        </button>
        <p role="status" className="status">
          {fetching ? t('resetPassword.submitting') : null}
        </p>
      </form>
    </>
  );
}
