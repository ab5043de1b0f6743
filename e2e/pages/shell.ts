import type { Locator, Page } from 'playwright-core';

export type Language = 'de' | 'en';

/** What every page has: skip link, header with navigation and language switch, main, footer. */
export class Shell {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** After a client-side navigation the URL changes before the new page renders: wait for its heading. */
  async waitForHeading(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  main(): Locator {
    return this.page.getByRole('main');
  }

  skipLink(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  navigation(name: string): Locator {
    return this.page.getByRole('navigation', { name, exact: true });
  }

  /** "Angemeldet als …" in the header, when someone is signed in. */
  signedInAs(): Locator {
    return this.page.getByRole('banner').getByText(/^(Angemeldet als|Signed in as) /);
  }

  signOutButton(name = 'Abmelden'): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  signInLink(name = 'Anmelden'): Locator {
    return this.page.getByRole('banner').getByRole('link', { name, exact: true });
  }

  languageButton(name: 'Deutsch' | 'English'): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  async switchLanguage(name: 'Deutsch' | 'English', language: Language): Promise<void> {
    await this.languageButton(name).click();
    await this.waitForLanguage(language);
  }

  async waitForLanguage(language: Language): Promise<void> {
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  documentLanguage(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** True when the element has keyboard focus. */
  isFocused(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => element === document.activeElement);
  }

  /** Presses Tab until the element has focus; fails after `limit` presses (focus order is wrong). */
  async tabTo(locator: Locator, limit = 10): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
      await this.page.keyboard.press('Tab');
      if (await this.isFocused(locator)) return presses;
    }
    throw new Error(`${locator.toString()} did not receive focus within ${limit} Tab presses`);
  }
}

/** The value next to a label in a description list (dt/dd), found by the label's exact text. */
export function fact(scope: Locator, term: string): Locator {
  const exact = new RegExp(`^\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return scope.getByRole('term').filter({ hasText: exact }).locator('xpath=following-sibling::dd[1]');
}
