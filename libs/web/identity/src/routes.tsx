import type { RouteObject } from 'react-router';
import { MyGroupsPage } from './pages/MyGroupsPage';
import { SignInPage } from './pages/SignInPage';
import { MY_GROUPS_PATH, SIGN_IN_PATH } from './paths';

/** Open to everyone. */
export const publicIdentityRoutes: RouteObject[] = [{ path: SIGN_IN_PATH, element: <SignInPage /> }];

/** For signed-in people only: put them below <RequireSignIn />. */
export const memberIdentityRoutes: RouteObject[] = [{ path: MY_GROUPS_PATH, element: <MyGroupsPage /> }];
