export { SessionProvider } from './session/SessionProvider';
export { useMemberNavigation } from './session/navigation';
export { RequireSignIn } from './components/RequireSignIn';
export { AccountMenu } from './components/AccountMenu';
export { publicIdentityRoutes, memberIdentityRoutes } from './routes';
export { identityMessages } from './messages';
export { FORGOT_PASSWORD_PATH, MY_GROUPS_PATH, SIGN_IN_PATH, signInPath } from './paths';
