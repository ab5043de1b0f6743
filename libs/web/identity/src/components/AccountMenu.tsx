import { Link, useLocation } from 'react-router';
import { useIdentityMessages } from '../messages';
import { SIGN_IN_PATH, signInPath } from '../paths';
import { useSignOut } from '../session/use-sign-out';
import { useViewer, viewerName } from '../session/use-viewer';

/** The header's account area: who is signed in and "Abmelden", or "Anmelden" for visitors. */
export function AccountMenu() {
  const { t } = useIdentityMessages();
  const state = useViewer();
  const { pathname, search } = useLocation();
  const { signOut, failed } = useSignOut('here');

  if (state.status === 'anonymous') {
    // On the sign-in page itself the link would lead nowhere new.
    if (pathname === SIGN_IN_PATH) return null;
    return (
      <div className="account">
        <Link to={signInPath(`${pathname}${search}`)} className="account__link">
          {t('account.signIn')}
        </Link>
      </div>
    );
  }
  if (state.status !== 'signed-in') return null;
  return (
    <div className="account">
      <span className="account__name">{t('account.signedInAs', { name: viewerName(state.viewer) })}</span>
      <button type="button" className="account__button" onClick={signOut}>
        {t('account.signOut')}
      </button>
      {failed && (
        <p role="alert" className="account__error">
          {t('account.signOutFailed')}
        </p>
      )}
    </div>
  );
}
