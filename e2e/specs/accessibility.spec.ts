import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { Shell } from '../pages/shell';
import { SignInPage } from '../pages/sign-in-page';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each page as the person who may see it: `as` signs in first; null stays anonymous. */
const PAGES = [
  { name: 'the sign-in page', path: '/sign-in', as: null },
  { name: 'the not-found page of an unknown address', path: '/gibt/es/nicht', as: null },
  { name: 'the start page', path: '/', as: ACCOUNTS.hessenMember },
  { name: '"Meine Gruppen"', path: '/my-groups', as: ACCOUNTS.hessenMember },
  { name: '"Meine Gruppen" of the secretariat', path: '/my-groups', as: ACCOUNTS.hessenSecretariat },
  { name: 'the Hessen overview', path: '/alliances/hessen', as: ACCOUNTS.hessenMember },
  { name: 'the Sachsen-Anhalt overview', path: '/alliances/sachsen-anhalt', as: ACCOUNTS.sachsenAnhaltSecretariat },
  { name: 'the not-found page of an unknown alliance', path: '/alliances/gibt-es-nicht', as: ACCOUNTS.hessenMember },
];

const visitor = freshVisitorForEachTest();

/** axe's findings, reduced to what a reader of a failed test needs: rule, impact, where. */
async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

describe.each([
  { language: 'German', button: 'Deutsch' as const, code: 'de' as const },
  { language: 'English', button: 'English' as const, code: 'en' as const },
])('WCAG 2.1 AA in $language', ({ button, code }) => {
  it.each(PAGES)('$name has no axe violations', async ({ path, as }) => {
    if (as) await signIn(visitor, as);
    const shell = new Shell(visitor.page);
    await visitor.page.goto(path);
    await shell.heading().waitFor();
    // Check the page with its content, not while it is still loading.
    await shell.main().getByRole('status').filter({ hasText: 'Wird geladen' }).waitFor({ state: 'detached' });
    if (code !== 'de') await shell.switchLanguage(button, code);
    expect(await violations()).toEqual([]);
  });

  it('the sign-in page with errors shown has no axe violations', async () => {
    const signInPage = new SignInPage(visitor.page);
    await signInPage.open();
    if (code !== 'de') await signInPage.switchLanguage(button, code);
    signInPage.language = code;

    // Errors next to the fields (a malformed address, no password) …
    await signInPage.failToSignIn('keine-adresse', '');
    expect(await signInPage.email().getAttribute('aria-invalid')).toBe('true');
    expect(await violations()).toEqual([]);

    // … and the summary alone (an unknown account: no attempt on a demo account's counter).
    await signInPage.failToSignIn('niemand@hessen.example.org', 'falsch');
    await signInPage.errorSummary().filter({ hasText: code === 'de' ? 'nicht korrekt' : 'not correct' }).waitFor();
    expect(await violations()).toEqual([]);
  });
});
