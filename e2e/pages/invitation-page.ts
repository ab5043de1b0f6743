import type { Locator } from 'playwright-core';
import { fact, Shell, type Language } from './shell';

const LABELS = {
  de: {
    title: 'Einladung zu Pakt',
    invalid: 'Einladung nicht gültig',
    password: 'Neues Passwort',
    repeat: 'Neues Passwort wiederholen',
    current: 'Ihr Passwort',
    submit: 'Einladung annehmen',
  },
  en: {
    title: 'Invitation to Pakt',
    invalid: 'Invitation not valid',
    password: 'New password',
    repeat: 'Repeat the new password',
    current: 'Your password',
    submit: 'Accept the invitation',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** /invitation/:token — what the invitation is for, and the password that accepts it. */
export class InvitationPage extends Shell {
  language: Language = 'de';

  /** Opens the link of an invitation mail (absolute) or a path, and waits for the page's answer. */
  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.heading().waitFor();
  }

  /** The value next to "Bündnis", "Gremium", "Rolle", … */
  fact(term: string): Locator {
    return fact(this.main(), term);
  }

  newPassword(): Locator {
    return this.main().getByLabel(LABELS[this.language].password, { exact: true });
  }

  repeatPassword(): Locator {
    return this.main().getByLabel(LABELS[this.language].repeat, { exact: true });
  }

  currentPassword(): Locator {
    return this.main().getByLabel(LABELS[this.language].current, { exact: true });
  }

  submit(): Locator {
    return this.main().getByRole('button', { name: LABELS[this.language].submit, exact: true });
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert');
  }

  invalidHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: LABELS[this.language].invalid, exact: true });
  }

  async accept(password: string, repeat = password): Promise<void> {
    await this.newPassword().fill(password);
    await this.repeatPassword().fill(repeat);
    await this.submit().click();
  }
}
