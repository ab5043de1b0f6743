import type { RouteObject } from 'react-router';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { InvitationPage } from './pages/InvitationPage';
import { MyGroupsPage } from './pages/MyGroupsPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SignInPage } from './pages/SignInPage';
import { FORGOT_PASSWORD_PATH, INVITATION_ROUTE, MY_GROUPS_PATH, RESET_PASSWORD_ROUTE, SIGN_IN_PATH } from './paths';

/** Open to everyone: signing in, and the pages behind the links in mails (invitation, password reset). */
export const publicIdentityRoutes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
  { path: RESET_PASSWORD_ROUTE, element: <ResetPasswordPage /> },
  { path: INVITATION_ROUTE, element: <InvitationPage /> },
];

/** For signed-in people only: put them below <RequireSignIn />. */
export const memberIdentityRoutes: RouteObject[] = [{ path: MY_GROUPS_PATH, element: <MyGroupsPage /> }];
