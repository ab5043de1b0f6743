import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { AdminPage } from '../pages/admin-page';
import { InvitationPage } from '../pages/invitation-page';
import { MyGroupsPage } from '../pages/my-groups-page';
import { NotFoundPage } from '../pages/not-found-page';
import { fact } from '../pages/shell';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest, newVisitor } from '../support/chromium';
import { acceptOverApi, newAddress, secretariatInvites, tokenOf, type Invitee } from '../support/invitations';
import { expireLinksOf, waitForMail } from '../support/outbox';

// Invitations go to Sachsen-Anhalt: the other specs read Hessen's demo data as seeded.
const ALLIANCE = 'Fachkräftesicherungspakt Sachsen-Anhalt';
const GROUP = 'Arbeitsgruppe Digitalisierung der Arbeitswelt';
const PASSWORD = 'Ein Satz, den ich mir merke';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const visitor = freshVisitorForEachTest();

function invitee(prefix: string): Invitee {
  return { email: newAddress(prefix), displayName: 'Jana Neumann', body: GROUP, role: 'MEMBER' };
}

/** The Sachsen-Anhalt secretariat, on its own device, invites the person through the members administration. */
async function secretariatInvitesOnScreen(person: Invitee): Promise<void> {
  const device = await newVisitor(visitor.browser);
  try {
    const page = await device.newPage();
    await signIn({ browser: visitor.browser, context: device, page }, ACCOUNTS.sachsenAnhaltSecretariat);
    const admin = new AdminPage(page);
    await admin.open('sachsen-anhalt');
    const form = admin.section('Person einladen');
    await admin.field(form, 'Name').fill(person.displayName);
    await admin.field(form, 'E-Mail-Adresse').fill(person.email);
    await admin.field(form, 'Gremium').selectOption({ label: person.body });
    await admin.field(form, 'Rolle').selectOption({ label: 'Mitglied' });
    await admin.button(form, 'Einladung senden').click();
    await admin.notice(form).filter({ hasText: 'Die Einladung ist verschickt.' }).waitFor();
  } finally {
    await device.close();
  }
}

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('an invitation into a focus group', () => {
  it('is sent by the secretariat, accepted with a new password, and the person then works in their group and nowhere else', async () => {
    const person = invitee('eingeladen');
    await secretariatInvitesOnScreen(person);

    const mail = await waitForMail(person.email, 'invitation');
    expect(mail.link.startsWith(`${inject('baseUrl')}/invitation/`)).toBe(true);
    expect(mail.text).toContain(mail.link);
    expect(mail.html).toContain(mail.link);

    const invitation = new InvitationPage(visitor.page);
    await invitation.open(mail.link);
    expect(await invitation.heading().innerText()).toBe('Einladung zu Pakt');
    expect(await visitor.page.title()).toBe('Einladung zu Pakt – Pakt');
    expect(await invitation.fact('Bündnis').innerText()).toBe(ALLIANCE);
    expect(await invitation.fact('Gremium').innerText()).toBe(GROUP);
    expect(await invitation.fact('Rolle').innerText()).toBe('Mitglied');
    expect(await invitation.fact('E-Mail-Adresse').innerText()).toBe(person.email);

    // Two different entries: the repeat field says so, and the summary takes focus.
    await invitation.accept(PASSWORD, `${PASSWORD}!`);
    const summary = invitation.errorSummary();
    await summary.waitFor();
    expect(await invitation.isFocused(summary)).toBe(true);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Die beiden Passwörter stimmen nicht überein.']);
    expect(await invitation.repeatPassword().getAttribute('aria-invalid')).toBe('true');
    // The summary's link leads into the field, ready to type.
    await summary.getByRole('link').click();
    expect(await invitation.isFocused(invitation.repeatPassword())).toBe(true);

    await invitation.accept(PASSWORD);
    await visitor.page.waitForURL('**/my-groups');
    const myGroups = new MyGroupsPage(visitor.page);
    await myGroups.loaded();
    expect(await myGroups.main().getByRole('status').filter({ hasText: 'Willkommen' }).innerText()).toBe(
      'Willkommen bei Pakt! Sie haben die Einladung angenommen und sind angemeldet.',
    );
    expect(await myGroups.signedInAs().innerText()).toBe(`Angemeldet als ${person.displayName}`);
    expect(await fact(myGroups.group(GROUP), 'Rolle').innerText()).toBe('Mitglied');

    // Signing in again later, with the password just set.
    await myGroups.signOutButton().click();
    await visitor.page.waitForURL('**/sign-in');
    await signIn(visitor, person.email, PASSWORD);
    await myGroups.loaded();
    expect(await myGroups.groups().count()).toBe(1);
    expect(await fact(myGroups.group(GROUP), 'Rolle').innerText()).toBe('Mitglied');
    expect(await myGroups.navigation('Hauptnavigation').getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);

    // A member is no secretariat: the administration is not theirs to open …
    await visitor.page.goto('/alliances/sachsen-anhalt/admin');
    await myGroups.heading().waitFor();
    await myGroups.main().getByRole('status').filter({ hasText: 'Wird geladen' }).waitFor({ state: 'detached' });
    expect(await myGroups.heading().innerText()).not.toMatch(/^Verwaltung/);
    expect(await myGroups.main().getByRole('button', { name: 'Einladen' }).count()).toBe(0);
    // … and another alliance looks like one that does not exist.
    const notFound = new NotFoundPage(visitor.page);
    await notFound.open('/alliances/hessen');
    expect(await notFound.heading().innerText()).toBe('Seite nicht gefunden');

    // The link worked once.
    await invitation.open(mail.link);
    expect(await invitation.invalidHeading().count()).toBe(1);
  });

  it('for someone who has an account already is accepted with their current password', async () => {
    const person = invitee('zweite');
    await secretariatInvites(person);
    await acceptOverApi(tokenOf((await waitForMail(person.email, 'invitation')).link), PASSWORD);
    const second = 'Arbeitsgruppe Qualifizierung';
    await secretariatInvites({ ...person, body: second, role: 'OBSERVER' });

    const invitation = new InvitationPage(visitor.page);
    await invitation.open((await waitForMail(person.email, 'invitation', 1)).link);
    expect(await invitation.fact('Gremium').innerText()).toBe(second);
    expect(await invitation.newPassword().count()).toBe(0);

    await invitation.currentPassword().fill('nicht mein Passwort');
    await invitation.submit().click();
    await invitation.errorSummary().waitFor();
    expect(await invitation.errorSummary().getByRole('link').allInnerTexts()).toEqual(['Das Passwort ist nicht korrekt.']);
    expect(await invitation.currentPassword().getAttribute('aria-invalid')).toBe('true');

    await invitation.currentPassword().fill(PASSWORD);
    await invitation.submit().click();
    await visitor.page.waitForURL('**/my-groups');
    const myGroups = new MyGroupsPage(visitor.page);
    await myGroups.loaded();
    expect(await fact(myGroups.group(GROUP), 'Rolle').innerText()).toBe('Mitglied');
    expect(await fact(myGroups.group(second), 'Rolle').innerText()).toBe('Beobachtung');
  });

  it('whose link has expired or is unknown says so and offers sign-in', async () => {
    const person = invitee('abgelaufen');
    await secretariatInvites(person);
    const mail = await waitForMail(person.email, 'invitation');
    await expireLinksOf(person.email);

    const invitation = new InvitationPage(visitor.page);
    await invitation.open(mail.link);
    expect(await invitation.heading().innerText()).toBe('Einladung nicht gültig');
    expect(await invitation.main().innerText()).toContain('ungültig, abgelaufen oder wurde schon benutzt');
    expect(await invitation.main().innerText()).not.toContain(person.email);
    expect(await invitation.main().getByRole('link', { name: 'Zur Anmeldung' }).count()).toBe(1);
    expect(await invitation.newPassword().count()).toBe(0);

    await invitation.open('/invitation/gibt-es-nicht');
    expect(await invitation.heading().innerText()).toBe('Einladung nicht gültig');
  });

  it('reads in English', async () => {
    const person = invitee('english');
    await secretariatInvites(person);
    const mail = await waitForMail(person.email, 'invitation');
    const invitation = new InvitationPage(visitor.page);
    await invitation.open(mail.link);
    await invitation.switchLanguage('English', 'en');
    invitation.language = 'en';
    expect(await invitation.heading().innerText()).toBe('Invitation to Pakt');
    expect(await invitation.fact('Role').innerText()).toBe('Member');
    await invitation.accept('zu kurz');
    expect(await invitation.errorSummary().getByRole('link').allInnerTexts()).toEqual([
      'The password must have at least 10 characters.',
    ]);
  });
});

describe('"Meine Daten herunterladen"', () => {
  it('downloads everything stored about the signed-in person as JSON', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const myGroups = new MyGroupsPage(visitor.page);
    await myGroups.loaded();
    const button = myGroups.main().getByRole('button', { name: 'Meine Daten herunterladen', exact: true });
    // Keyboard only: the button is reachable and works with Enter.
    await button.focus();
    const downloading = visitor.page.waitForEvent('download');
    await visitor.page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pakt-daten-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(typeof JSON.parse(text)).toBe('object');
    expect(text).toContain(ACCOUNTS.hessenMember);
    expect(text).not.toMatch(/argon2|passwordHash|password_hash/i);
    expect(await myGroups.main().getByRole('status').filter({ hasText: 'heruntergeladen' }).innerText()).toMatch(
      /^Die Datei pakt-daten-[\d-]+\.json wurde heruntergeladen\.$/,
    );
  });
});

describe.each([
  { language: 'German', button: 'Deutsch' as const, code: 'de' as const },
  { language: 'English', button: 'English' as const, code: 'en' as const },
])('WCAG 2.1 AA of the invitation pages in $language', ({ button, code }) => {
  it('the invitation, also with errors shown, has no axe violations', async () => {
    const person = invitee(`axe-${code}`);
    await secretariatInvites(person);
    const invitation = new InvitationPage(visitor.page);
    await invitation.open((await waitForMail(person.email, 'invitation')).link);
    if (code !== 'de') await invitation.switchLanguage(button, code);
    invitation.language = code;
    expect(await violations()).toEqual([]);

    await invitation.accept('kurz', 'anders');
    await invitation.errorSummary().waitFor();
    expect(await invitation.newPassword().getAttribute('aria-invalid')).toBe('true');
    expect(await violations()).toEqual([]);
  });

  it('an invalid invitation link has no axe violations', async () => {
    const invitation = new InvitationPage(visitor.page);
    await invitation.open('/invitation/gibt-es-nicht');
    if (code !== 'de') await invitation.switchLanguage(button, code);
    invitation.language = code;
    await invitation.invalidHeading().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('"Meine Gruppen" after downloading the data has no axe violations', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const myGroups = new MyGroupsPage(visitor.page);
    await myGroups.loaded();
    if (code !== 'de') await myGroups.switchLanguage(button, code);
    const downloading = visitor.page.waitForEvent('download');
    await myGroups.main().getByRole('button', { name: code === 'de' ? 'Meine Daten herunterladen' : 'Download my data' }).click();
    await downloading;
    expect(await violations()).toEqual([]);
  });
});
