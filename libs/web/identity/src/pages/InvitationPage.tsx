import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { InvitationQuery as InvitationResult } from '@pakt/web-data';
import { ErrorAlert, ErrorSummary, Fact, Facts, LoadingStatus, PageTitle, TextField, useFormat, useRoleName } from '@pakt/web-ui';
import {
  checkNewPassword,
  newPasswordErrors,
  NewPasswordFields,
  type NewPasswordProblem,
} from '../components/NewPasswordFields';
import { AcceptInvitationMutation } from '../graphql/mutations';
import { InvitationQuery } from '../graphql/queries';
import { useIdentityMessages } from '../messages';
import { MY_GROUPS_PATH, SIGN_IN_PATH } from '../paths';
import { useSession } from '../session/SessionProvider';
import type { MyGroupsPageState } from '../session/welcome';
import { formProblem } from './form-problems';

type Invitation = NonNullable<InvitationResult['invitation']>;

/** The api takes a current password of at most this many characters. */
const MAX_CURRENT_PASSWORD = 1024;

/**
 * /invitation/:token — the page behind the mailed invitation: what the invitation is for, then
 * a new password (or, for someone who has an account already, their current one).
 */
export function InvitationPage() {
  const { t } = useIdentityMessages();
  const { token = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: InvitationQuery, variables: { token } });

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  if (!data.invitation) return <InvalidInvitation />;
  const invitation = data.invitation;
  return (
    <>
      <PageTitle title={t('invitation.title')} />
      <h1>{t('invitation.title')}</h1>
      <p className="lead">
        {t('invitation.greeting', { name: invitation.displayName })}. {t('invitation.intro', { alliance: invitation.allianceName })}
      </p>
      <InvitationFacts invitation={invitation} />
      <p>{t(invitation.hasAccount ? 'invitation.existingAccount' : 'invitation.newAccount')}</p>
      <AcceptForm token={token} invitation={invitation} />
    </>
  );
}

function InvitationFacts({ invitation }: { invitation: Invitation }) {
  const { t } = useIdentityMessages();
  const roleName = useRoleName();
  const format = useFormat();
  return (
    <Facts>
      <Fact term={t('invitation.alliance')}>{invitation.allianceName}</Fact>
      <Fact term={t('invitation.body')}>{invitation.bodyName}</Fact>
      <Fact term={t('invitation.role')}>{roleName(invitation.role)}</Fact>
      <Fact term={t('invitation.email')}>{invitation.email}</Fact>
      <Fact term={t('invitation.validUntil')}>{format.dateTime(String(invitation.expiresAt))}</Fact>
    </Facts>
  );
}

function InvalidInvitation() {
  const { t } = useIdentityMessages();
  return (
    <>
      <PageTitle title={t('invitation.invalidTitle')} />
      <h1>{t('invitation.invalidTitle')}</h1>
      <p>{t('invitation.invalidText')}</p>
      <p>
        <Link to={SIGN_IN_PATH}>{t('invitation.signIn')}</Link>
      </p>
    </>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useIdentityMessages();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const { restart } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<NewPasswordProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids = { password: useId(), repeat: useId() };
  const { hasAccount } = invitation;

  const fail = (next: NewPasswordProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    if (hasAccount && (password.length === 0 || [...password].length > MAX_CURRENT_PASSWORD)) {
      return fail({ kind: 'invalid', fields: ['password'] });
    }
    if (!hasAccount) {
      const checked = checkNewPassword(password, repeat);
      if (checked.password || checked.repeat) return fail({ kind: 'checked', errors: checked });
    }
    const { error } = await accept({ input: { token, password } });
    if (!error) {
      restart();
      navigate(MY_GROUPS_PATH, { replace: true, state: { welcome: 'invitationAccepted' } satisfies MyGroupsPageState });
      return;
    }
    const next = formProblem(error, ['password']);
    if (!hasAccount) return fail(next);
    // The form checked the password's length: a refused one is a wrong one.
    setPassword('');
    fail(next.kind === 'invalid' ? { kind: 'wrong-credentials' } : next);
  };

  const newErrors = newPasswordErrors(problem);
  // For an existing account the one field is its current password; a wrong one is that field's error.
  const errors = hasAccount
    ? {
        password:
          problem?.kind === 'invalid'
            ? t('invitation.currentPasswordMissing')
            : problem?.kind === 'wrong-credentials'
              ? t('invitation.wrongPassword')
              : null,
        repeat: null,
      }
    : {
        password: newErrors.password ? t(`newPassword.${newErrors.password}`) : null,
        repeat: newErrors.repeat ? t(`newPassword.${newErrors.repeat}`) : null,
      };
  const fieldProblems = (['password', 'repeat'] as const).flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: ids[field], message }] : [];
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <ErrorSummary title={t('invitation.errorSummary')} attempt={attempt} fields={fieldProblems}>
          {problem.kind === 'invalid-link' ? (
            <p>{t('invitation.invalidText')}</p>
          ) : problem.kind === 'rate-limited' ? (
            <p>{t('invitation.rateLimited', { count: problem.minutes })}</p>
          ) : problem.kind === 'failed' || (problem.kind === 'wrong-credentials' && !hasAccount) ? (
            <p>{t('invitation.failed')}</p>
          ) : null}
        </ErrorSummary>
      )}
      {/* Lets the browser's password manager file the new password under the right address. */}
      <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
      {hasAccount ? (
        <TextField
          id={ids.password}
          label={t('invitation.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
      ) : (
        <NewPasswordFields
          ids={ids}
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errors={newErrors}
        />
      )}
      <button type="submit" className="button">
        {t('invitation.submit')}
      </button>
      <p role="status" className="status">
        {fetching ? t('invitation.submitting') : null}
      </p>
    </form>
  );
}

