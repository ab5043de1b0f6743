export const SIGN_IN_PATH = '/sign-in';
export const MY_GROUPS_PATH = '/my-groups';
export const FORGOT_PASSWORD_PATH = '/password/forgot';
/** The pages behind the links in mails; their last segment is the token of the mail. */
export const RESET_PASSWORD_ROUTE = '/password/reset/:token';
export const INVITATION_ROUTE = '/invitation/:token';

/** The sign-in page, remembering where the visitor wanted to go. */
export function signInPath(next?: string): string {
  return next && isLocalPath(next) && next !== SIGN_IN_PATH
    ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`
    : SIGN_IN_PATH;
}

/**
 * Where to go after signing in: the remembered page when it is one of ours, else "my groups".
 * "//host" and "/\host" would leave Pakt (an open redirect), so only plain local paths count.
 */
export function afterSignIn(next: string | null): string {
  return next && isLocalPath(next) && !next.startsWith(SIGN_IN_PATH) ? next : MY_GROUPS_PATH;
}

function isLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}
