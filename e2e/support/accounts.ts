import { SignInPage } from '../pages/sign-in-page';
import type { Visitor } from './chromium';

/** The demo seed's accounts (README), all with the same password. */
export const DEMO_PASSWORD = 'pakt-demo';
export const ACCOUNTS = {
  hessenSecretariat: 'sekretariat@hessen.example.org',
  hessenChair: 'vorsitz@hessen.example.org',
  hessenMember: 'mitglied@hessen.example.org',
  hessenObserver: 'beobachtung@hessen.example.org',
  sachsenAnhaltSecretariat: 'sekretariat@sachsen-anhalt.example.org',
} as const;

/**
 * Signs the visitor in through the sign-in page, as a person would, and waits for "Meine Gruppen".
 * Whoever was signed in leaves first, as on a fresh device: the page is left before the cookies go,
 * because sessions are rolling and a late answer to the old page would set its cookie again.
 */
export async function signIn(visitor: Visitor, email: string, password = DEMO_PASSWORD): Promise<void> {
  await visitor.page.goto('about:blank');
  await visitor.context.clearCookies();
  const signInPage = new SignInPage(visitor.page);
  await signInPage.open();
  await signInPage.signIn(email, password);
  await visitor.page.waitForURL('**/my-groups');
  await signInPage.signOutButton().waitFor();
}
