import { useEffect, useId, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ErrorAlert, LoadingStatus, PageTitle } from '@pakt/web-ui';
import { SignInMutation } from '../graphql/mutations';
import { useIdentityMessages } from '../messages';
import { afterSignIn } from '../paths';
import { useSession } from '../session/SessionProvider';
import type { SignInPageState } from '../session/use-sign-out';
import { useViewer } from '../session/use-viewer';
import { signInProblem, type SignInField, type SignInProblem } from './sign-in-errors';

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

function SignInForm({ target }: { target: string }) {
  const { t } = useIdentityMessages();
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const { restart } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  // Counts failures, so that the summary takes focus again after each one, even the same one twice.
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const ids = { summary: useId(), email: useId(), password: useId() };

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const { error } = await signIn({ input: { email: email.trim(), password } });
    if (!error) {
      restart();
      navigate(target, { replace: true });
      return;
    }
    const next = signInProblem(error);
    setProblem(next);
    if (next.kind !== 'invalid') setPassword('');
    setAttempt((count) => count + 1);
  };

  const fieldError = (field: SignInField): string | null =>
    problem?.kind === 'invalid' && problem.fields.includes(field)
      ? t(field === 'email' ? 'signIn.invalidEmail' : 'signIn.invalidPassword')
      : null;
  const errors = { email: fieldError('email'), password: fieldError('password') };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={ids.summary} className="alert error-summary">
          <p id={ids.summary} className="alert__title">
            {t('signIn.errorSummary')}
          </p>
          {problem.kind === 'invalid' ? (
            <ul>
              {problem.fields.map((field) => (
                <li key={field}>
                  <a href={`#${ids[field]}`} onClick={(event) => focusField(event, ids[field])}>
                    {errors[field]}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {problem.kind === 'wrong-credentials'
                ? t('signIn.wrongCredentials')
                : problem.kind === 'rate-limited'
                  ? t('signIn.rateLimited', { count: problem.minutes })
                  : t('signIn.failed')}
            </p>
          )}
        </div>
      )}
      <Field
        id={ids.email}
        label={t('signIn.email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <Field
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
    </form>
  );
}

/** The summary's links lead into the field itself, ready to type (a bare #id only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  document.getElementById(id)?.focus();
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly type: 'email' | 'password';
  readonly autoComplete: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | null;
}

/** A labelled input; its error sits between label and input and is part of its description. */
function Field({ id, label, type, autoComplete, value, onChange, error }: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input
        id={id}
        name={type}
        type={type}
        autoComplete={autoComplete}
        required
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="field__input"
      />
    </div>
  );
}
