import type { Locator } from 'playwright-core';
import { Shell, type Language } from './shell';

const FORGOT = {
  de: { email: 'E-Mail-Adresse', submit: 'Link anfordern' },
  en: { email: 'E-mail address', submit: 'Request a link' },
} as const satisfies Record<Language, Record<string, string>>;

/** /password/forgot — asks for a reset link by e-mail. */
export class ForgotPasswordPage extends Shell {
  language: Language = 'de';

  async open(): Promise<void> {
    await this.page.goto('/password/forgot');
    await this.email().waitFor();
  }

  email(): Locator {
    return this.main().getByLabel(FORGOT[this.language].email, { exact: true });
  }

  submit(): Locator {
    return this.main().getByRole('button', { name: FORGOT[this.language].submit, exact: true });
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert');
  }

  /** The confirmation that replaces the form (the same whether an account exists or not). */
  confirmation(): Locator {
    return this.main().getByRole('status').filter({ hasText: /^(Wenn es ein Konto|If there is an account)/ });
  }

  async request(email: string): Promise<void> {
    await this.email().fill(email);
    await this.submit().click();
  }
}

const RESET = {
  de: { password: 'Neues Passwort', repeat: 'Neues Passwort wiederholen', submit: 'Passwort speichern' },
  en: { password: 'New password', repeat: 'Repeat the new password', submit: 'Save password' },
} as const satisfies Record<Language, Record<string, string>>;

/** /password/reset/:token — the page behind the mailed reset link. */
export class ResetPasswordPage extends Shell {
  language: Language = 'de';

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.newPassword().waitFor();
  }

  newPassword(): Locator {
    return this.main().getByLabel(RESET[this.language].password, { exact: true });
  }

  repeatPassword(): Locator {
    return this.main().getByLabel(RESET[this.language].repeat, { exact: true });
  }

  submit(): Locator {
    return this.main().getByRole('button', { name: RESET[this.language].submit, exact: true });
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert');
  }

  async save(password: string, repeat = password): Promise<void> {
    await this.newPassword().fill(password);
    await this.repeatPassword().fill(repeat);
    await this.submit().click();
  }
}
