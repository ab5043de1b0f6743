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

/** Signs the visitor in through the sign-in page, as a person would, and waits for "Meine Gruppen". */
export async function signIn(visitor: Visitor, email: string, password = DEMO_PASSWORD): Promise<void> {
  const signInPage = new SignInPage(visitor.page);
  await signInPage.open();
  await signInPage.signIn(email, password);
  await visitor.page.waitForURL('**/my-groups');
  await signInPage.signOutButton().waitFor();
}
