import type { Locator } from 'playwright-core';
import { Shell, type Language } from './shell';

const LABELS = {
  de: { email: 'E-Mail-Adresse', password: 'Passwort', submit: 'Anmelden' },
  en: { email: 'E-mail address', password: 'Password', submit: 'Sign in' },
} as const satisfies Record<Language, Record<string, string>>;

/** /sign-in — e-mail, password, and the error summary when it did not work. */
export class SignInPage extends Shell {
  language: Language = 'de';

  /** Opens the page directly; `next` is where it should lead after signing in. */
  async open(next?: string): Promise<void> {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
    await this.email().waitFor();
  }

  email(): Locator {
    return this.main().getByLabel(LABELS[this.language].email, { exact: true });
  }

  password(): Locator {
    return this.main().getByLabel(LABELS[this.language].password, { exact: true });
  }

  submit(): Locator {
    return this.main().getByRole('button', { name: LABELS[this.language].submit, exact: true });
  }

  /** The summary of what went wrong, an alert that takes focus. */
  errorSummary(): Locator {
    return this.main().getByRole('alert');
  }

  /** The confirmation after signing out, once the page has loaded (not "Wird geladen …"). */
  async confirmation(): Promise<string> {
    await this.email().waitFor();
    return this.main().getByRole('status').filter({ hasText: /\S/ }).innerText();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
  }

  /** Signs in with a wrong password or the like and waits for the api's answer and its summary. */
  async failToSignIn(email: string, password: string): Promise<void> {
    const answered = this.page.waitForResponse(
      (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('signIn'),
    );
    await this.signIn(email, password);
    await answered;
    await this.errorSummary().waitFor();
  }
}
