import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { MyGroupsPage } from '../pages/my-groups-page';
import { ForgotPasswordPage, ResetPasswordPage } from '../pages/password-pages';
import { SignInPage } from '../pages/sign-in-page';
import { signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';
import { acceptOverApi, newAddress, secretariatInvites, tokenOf } from '../support/invitations';
import { expireLinksOf, mailsTo, waitForMail } from '../support/outbox';

const OLD_PASSWORD = 'Das alte Passwort, vergessen';
const NEW_PASSWORD = 'Das neue Passwort, gemerkt';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const visitor = freshVisitorForEachTest();

/** A person of their own for each test: invited by the secretariat and accepted with OLD_PASSWORD. */
async function newPerson(prefix: string): Promise<string> {
  const email = newAddress(prefix);
  await secretariatInvites({
    email,
    displayName: 'Paul Vergesslich',
    body: 'Arbeitsgruppe Digitalisierung der Arbeitswelt',
    role: 'MEMBER',
  });
  await acceptOverApi(tokenOf((await waitForMail(email, 'invitation')).link), OLD_PASSWORD);
  return email;
}

async function requestLink(email: string): Promise<void> {
  const forgot = new ForgotPasswordPage(visitor.page);
  await forgot.open();
  await forgot.request(email);
  await forgot.confirmation().waitFor();
}

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('a forgotten password', () => {
  it('is replaced through the mailed link: signed in at once, and from then on with the new one only', async () => {
    const email = await newPerson('vergessen');

    // From sign-in, by keyboard, to "Passwort vergessen?".
    const signInPage = new SignInPage(visitor.page);
    await signInPage.open();
    const link = signInPage.main().getByRole('link', { name: 'Passwort vergessen?', exact: true });
    await signInPage.tabTo(link, 15);
    await visitor.page.keyboard.press('Enter');
    await visitor.page.waitForURL('**/password/forgot');

    const forgot = new ForgotPasswordPage(visitor.page);
    await forgot.waitForHeading('Passwort vergessen');
    await forgot.request(email);
    const confirmation = forgot.confirmation();
    expect(await confirmation.innerText()).toBe(
      `Wenn es ein Konto mit der Adresse ${email} gibt, ist eine E-Mail mit dem Link unterwegs. Bitte sehen Sie auch im Spam-Ordner nach.`,
    );
    expect(await forgot.isFocused(confirmation)).toBe(true);

    const mail = await waitForMail(email, 'password-reset');
    expect(mail.link.startsWith(`${inject('baseUrl')}/password/reset/`)).toBe(true);
    expect(mail.text).toContain(mail.link);

    const reset = new ResetPasswordPage(visitor.page);
    await reset.open(mail.link);
    expect(await reset.heading().innerText()).toBe('Neues Passwort festlegen');
    await reset.save('zu kurz');
    expect(await reset.errorSummary().getByRole('link').allInnerTexts()).toEqual([
      'Das Passwort muss mindestens 10 Zeichen lang sein.',
    ]);
    expect(await reset.isFocused(reset.errorSummary())).toBe(true);

    await reset.save(NEW_PASSWORD);
    await visitor.page.waitForURL('**/my-groups');
    const myGroups = new MyGroupsPage(visitor.page);
    await myGroups.loaded();
    expect(await myGroups.main().getByRole('status').filter({ hasText: 'Passwort' }).innerText()).toBe(
      'Ihr Passwort ist geändert, und Sie sind angemeldet.',
    );

    // The old password is gone, the new one works.
    await myGroups.signOutButton().click();
    await visitor.page.waitForURL('**/sign-in');
    await signInPage.failToSignIn(email, OLD_PASSWORD);
    expect(await signInPage.errorSummary().innerText()).toContain('E-Mail-Adresse oder Passwort ist nicht korrekt.');
    await signIn(visitor, email, NEW_PASSWORD);
  });

  it('gets no further with a link that was used or has expired', async () => {
    const email = await newPerson('einmal');
    await requestLink(email);
    const used = await waitForMail(email, 'password-reset');
    const reset = new ResetPasswordPage(visitor.page);
    await reset.open(used.link);
    await reset.save(NEW_PASSWORD);
    await visitor.page.waitForURL('**/my-groups');

    // The same link again: refused, with the way to a new one.
    await reset.open(used.link);
    await reset.save('Noch ein neues Passwort');
    const summary = reset.errorSummary();
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.');
    expect(await reset.isFocused(summary)).toBe(true);
    await summary.getByRole('link', { name: 'Einen neuen Link anfordern', exact: true }).click();
    await visitor.page.waitForURL('**/password/forgot');

    // A fresh link whose hour has passed: refused the same way.
    await requestLink(email);
    const expired = await waitForMail(email, 'password-reset', 1);
    expect(expired.link).not.toBe(used.link);
    await expireLinksOf(email);
    await reset.open(expired.link);
    await reset.save('Noch ein neues Passwort');
    expect(await reset.errorSummary().innerText()).toContain('Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.');
    // The password is still the one set through the first link (signing in afresh, as on another device).
    await signIn(visitor, email, NEW_PASSWORD);
  });

  it('gets the same answer for an address without an account, and no mail goes out', async () => {
    const email = newAddress('niemand');
    await requestLink(email);
    expect(await new ForgotPasswordPage(visitor.page).confirmation().innerText()).toContain(
      'Wenn es ein Konto mit der Adresse',
    );
    expect(await mailsTo(email, 'password-reset')).toEqual([]);
  });
});

describe.each([
  { language: 'German', button: 'Deutsch' as const, code: 'de' as const },
  { language: 'English', button: 'English' as const, code: 'en' as const },
])('WCAG 2.1 AA of the password pages in $language', ({ button, code }) => {
  it('"Passwort vergessen" with an error, and its confirmation, have no axe violations', async () => {
    const forgot = new ForgotPasswordPage(visitor.page);
    await forgot.open();
    if (code !== 'de') await forgot.switchLanguage(button, code);
    forgot.language = code;
    expect(await violations()).toEqual([]);

    await forgot.request('keine-adresse');
    await forgot.errorSummary().waitFor();
    expect(await forgot.email().getAttribute('aria-invalid')).toBe('true');
    expect(await violations()).toEqual([]);

    await forgot.request(newAddress(`axe-${code}`));
    await forgot.confirmation().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('"Neues Passwort festlegen" with errors has no axe violations', async () => {
    const reset = new ResetPasswordPage(visitor.page);
    reset.language = 'de';
    await reset.open('/password/reset/gibt-es-nicht');
    if (code !== 'de') await reset.switchLanguage(button, code);
    reset.language = code;
    expect(await violations()).toEqual([]);

    await reset.save('kurz', 'anders');
    await reset.errorSummary().waitFor();
    expect(await violations()).toEqual([]);

    await reset.save(NEW_PASSWORD);
    await reset.errorSummary().filter({ hasText: code === 'de' ? 'ungültig' : 'invalid' }).waitFor();
    expect(await violations()).toEqual([]);
  });
});
