import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorSummary, PageTitle, TextField } from '@pakt/web-ui';
import { RequestPasswordResetMutation } from '../graphql/mutations';
import { useIdentityMessages } from '../messages';
import { SIGN_IN_PATH } from '../paths';
import { formProblem, invalidFields, type FormProblem } from './form-problems';

const FIELDS = ['email'] as const;
type ForgotField = (typeof FIELDS)[number];

/**
 * "Passwort vergessen": asks for a reset link. The answer is the same whether an account
 * exists or not, so the page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const { t } = useIdentityMessages();
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <>
      <PageTitle title={t('forgotPassword.title')} />
      <h1>{t('forgotPassword.title')}</h1>
      {sentTo === null ? (
        <>
          <p className="lead">{t('forgotPassword.intro')}</p>
          <ForgotPasswordForm onSent={setSentTo} />
        </>
      ) : (
        <Sent email={sentTo} />
      )}
      <p>
        <Link to={SIGN_IN_PATH}>{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </>
  );
}

/** The confirmation replaces the form; it takes focus, so keyboard users land on it. */
function Sent({ email }: { email: string }) {
  const { t } = useIdentityMessages();
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <p ref={notice} tabIndex={-1} role="status" className="notice">
      {t('forgotPassword.sent', { email })}
    </p>
  );
}

function ForgotPasswordForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useIdentityMessages();
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<FormProblem<ForgotField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids = { email: useId() };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const address = email.trim();
    const { error } = await request({ input: { email: address } });
    if (!error) {
      onSent(address);
      return;
    }
    setProblem(formProblem(error, FIELDS));
    setAttempt((count) => count + 1);
  };

  const emailError = invalidFields(problem).includes('email') ? t('forgotPassword.invalidEmail') : null;
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <ErrorSummary
          title={t('forgotPassword.errorSummary')}
          attempt={attempt}
          fields={emailError ? [{ fieldId: ids.email, message: emailError }] : []}
        >
          {problem.kind === 'rate-limited' ? (
            <p>{t('forgotPassword.rateLimited', { count: problem.minutes })}</p>
          ) : problem.kind !== 'invalid' ? (
            <p>{t('forgotPassword.failed')}</p>
          ) : null}
        </ErrorSummary>
      )}
      <TextField
        id={ids.email}
        label={t('forgotPassword.email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        error={emailError}
      />
      <button type="submit" className="button">
        {t('forgotPassword.submit')}
      </button>
      <p role="status" className="status">
        {fetching ? t('forgotPassword.submitting') : null}
      </p>
    </form>
  );
}
