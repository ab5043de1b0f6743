import { useId, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ErrorAlert, ErrorSummary, LoadingStatus, PageTitle, TextField } from '@pakt/web-ui';
import { SignInMutation } from '../graphql/mutations';
import { useIdentityMessages } from '../messages';
import { afterSignIn, FORGOT_PASSWORD_PATH } from '../paths';
import { useSession } from '../session/SessionProvider';
import type { SignInPageState } from '../session/use-sign-out';
import { useViewer } from '../session/use-viewer';
import { formProblem, invalidFields, type FormProblem } from './form-problems';

/** E-mail and password; on success to the page the visitor wanted, else to "Meine Gruppen". */
export function SignInPage() {
  const { t } = useIdentityMessages();
  const state = useViewer();
  const [search] = useSearchParams();
  const target = afterSignIn(search.get('next'));
  const signedOut = (useLocation().state as SignInPageState | null)?.signedOut;

  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'failed') return <ErrorAlert onRetry={state.retry} />;
  if (state.status === 'signed-in') return <Navigate to={target} replace />;
  return (
    <>
      <PageTitle title={t('signIn.title')} />
      <h1>{t('signIn.title')}</h1>
      {signedOut && (
        <p role="status" className="notice">
          {t(signedOut === 'everywhere' ? 'signIn.signedOutEverywhere' : 'signIn.signedOut')}
        </p>
      )}
      <p className="lead">{t('signIn.intro')}</p>
      <SignInForm target={target} />
    </>
  );
}

type SignInField = 'email' | 'password';
const FIELDS: readonly SignInField[] = ['email', 'password'];

function SignInForm({ target }: { target: string }) {
  const { t } = useIdentityMessages();
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const { restart } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem<SignInField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids = { email: useId(), password: useId() };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const { error } = await signIn({ input: { email: email.trim(), password } });
    if (!error) {
      restart();
      navigate(target, { replace: true });
      return;
    }
    const next = formProblem(error, FIELDS);
    setProblem(next);
    if (next.kind !== 'invalid') setPassword('');
    setAttempt((count) => count + 1);
  };

  const invalid = invalidFields(problem);
  const errors = {
    email: invalid.includes('email') ? t('signIn.invalidEmail') : null,
    password: invalid.includes('password') ? t('signIn.invalidPassword') : null,
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <ErrorSummary
          title={t('signIn.errorSummary')}
          attempt={attempt}
          fields={invalid.map((field) => ({ fieldId: ids[field], message: errors[field] ?? '' }))}
        >
          {problem.kind !== 'invalid' && (
            <p>
              {problem.kind === 'wrong-credentials'
                ? t('signIn.wrongCredentials')
                : problem.kind === 'rate-limited'
                  ? t('signIn.rateLimited', { count: problem.minutes })
                  : t('signIn.failed')}
            </p>
          )}
        </ErrorSummary>
      )}
      <TextField
        id={ids.email}
        label={t('signIn.email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <TextField
        id={ids.password}
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
      <button type="submit" className="button">
        {t('signIn.submit')}
      </button>
      <p role="status" className="status">
        {fetching ? t('signIn.submitting') : null}
      </p>
      <p>
        <Link to={FORGOT_PASSWORD_PATH}>{t('signIn.forgotPassword')}</Link>
      </p>
    </form>
  );
}
