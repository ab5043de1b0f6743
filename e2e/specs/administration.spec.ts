import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { AdminPage } from '../pages/admin-page';
import { AllianceOverviewPage } from '../pages/alliance-overview-page';
import { NotFoundPage } from '../pages/not-found-page';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

// The administration is tried on Sachsen-Anhalt: the other specs read Hessen's demo data as seeded.
const SLUG = 'sachsen-anhalt';
const TITLE = 'Verwaltung – Fachkräftesicherungspakt Sachsen-Anhalt';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const visitor = freshVisitorForEachTest();

async function asSecretariat(): Promise<AdminPage> {
  await signIn(visitor, ACCOUNTS.sachsenAnhaltSecretariat);
  const admin = new AdminPage(visitor.page);
  await admin.open(SLUG);
  return admin;
}

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the secretariat administers its alliance', () => {
  it('finds "Verwaltung" in the navigation and the page with every section', async () => {
    await signIn(visitor, ACCOUNTS.sachsenAnhaltSecretariat);
    const admin = new AdminPage(visitor.page);
    const link = admin.navigation('Hauptnavigation').getByRole('link', { name: 'Verwaltung', exact: true });
    await link.click();
    await visitor.page.waitForURL(`**/alliances/${SLUG}/admin`);
    await admin.loaded();
    expect(await admin.heading().innerText()).toBe(TITLE);
    expect(await visitor.page.title()).toBe(`${TITLE} – Pakt`);
    for (const name of ['Angaben zum Bündnis', 'Gremien', 'Handlungsfelder', 'Organisationen', 'Regionen', 'Mitglieder', 'Person einladen', 'Offene Einladungen']) {
      expect(await admin.section(name).count(), name).toBe(1);
    }
  });

  it('edits an organisation and sees it on the overview', async () => {
    const admin = await asSecretariat();
    const record = await admin.openRecord(admin.section('Organisationen'), 'Zukunftszentrum Digitale Arbeit Sachsen-Anhalt');
    await admin.field(record, 'Kurzname').fill('ZDA');
    await admin.button(record, 'Speichern').click();
    expect(await admin.notice(record).innerText()).toBe('Gespeichert.');

    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open(SLUG);
    expect(await overview.organisationsOfKind('Weitere Organisationen').allInnerTexts()).toEqual([
      'Zukunftszentrum Digitale Arbeit Sachsen-Anhalt (ZDA)',
    ]);
  });

  it('creates a focus group with an action field, and shows input errors next to the field', async () => {
    const admin = await asSecretariat();
    const bodies = admin.section('Gremien');
    const form = bodies.locator('form').last();
    // Without a name the api refuses, and the summary leads into the field.
    await admin.button(form, 'Fokusgruppe anlegen').click();
    const summary = admin.errorSummary(form);
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Bitte füllen Sie „Name“ aus.']);
    expect(await admin.isFocused(summary)).toBe(true);
    expect(await admin.field(form, 'Name').getAttribute('aria-invalid')).toBe('true');

    const name = 'Arbeitsgruppe Pflege und Gesundheit';
    await admin.field(form, 'Name').fill(name);
    await admin.field(form, 'Beschreibung').fill('Fachkräfte für Pflege und Gesundheit gewinnen und halten.');
    await form.getByLabel('Digitalisierung der Arbeitswelt unterstützen', { exact: true }).check();
    await admin.button(form, 'Fokusgruppe anlegen').click();
    expect(await admin.notice(form).innerText()).toBe('Angelegt.');
    await admin.record(bodies, `${name} (Fokusgruppe)`).waitFor();

    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open(SLUG);
    const group = overview.focusGroup(name);
    expect(await group.getByRole('listitem').allInnerTexts()).toEqual(['Digitalisierung der Arbeitswelt unterstützen']);
  });

  it("changes a member's role", async () => {
    const admin = await asSecretariat();
    await admin.searchMember('Yvonne Krug');
    const person = await admin.openRecord(admin.section('Mitglieder'), 'Yvonne Krug');
    const membership = admin.membership(person, 'Arbeitsgruppe Berufsausbildung');
    expect(await membership.locator('p').first().innerText()).toContain('Mitglied');
    const change = await admin.openRecord(membership, 'Rolle ändern');
    await admin.field(change, 'Rolle').selectOption({ label: 'Beobachtung' });
    await admin.button(change, 'Speichern').click();
    expect(await admin.notice(change).innerText()).toBe('Die Rolle ist geändert.');
    await membership.locator('p').filter({ hasText: 'Beobachtung' }).first().waitFor();
  });

  it('says a stale form was changed meanwhile, keeps what was typed, and saves after reloading', async () => {
    const admin = await asSecretariat();
    const stalePage = await visitor.context.newPage();
    const stale = new AdminPage(stalePage);
    await stale.open(SLUG);

    const organisation = 'Hochschule Magdeburg-Stendal';
    const first = await admin.openRecord(admin.section('Organisationen'), organisation);
    await admin.field(first, 'Kurzname').fill('HS Magdeburg');
    await admin.button(first, 'Speichern').click();
    expect(await admin.notice(first).innerText()).toBe('Gespeichert.');

    const second = await stale.openRecord(stale.section('Organisationen'), organisation);
    await stale.field(second, 'Kurzname').fill('h2');
    await stale.button(second, 'Speichern').click();
    const summary = stale.errorSummary(second);
    expect(await summary.innerText()).toContain('Jemand anderes hat diesen Eintrag inzwischen geändert.');
    expect(await stale.field(second, 'Kurzname').inputValue()).toBe('h2');

    await stale.button(second, 'Aktuellen Stand laden').click();
    expect(await stale.field(second, 'Kurzname').inputValue()).toBe('h2');
    await stale.button(second, 'Speichern').click();
    await stale.notice(second).filter({ hasText: 'Gespeichert.' }).waitFor();
    await stalePage.close();
  });
});

describe('others', () => {
  it('a member gets "not found" for the administration and its audit log, and no "Verwaltung"', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const notFound = new NotFoundPage(visitor.page);
    for (const path of ['/alliances/hessen/admin', '/alliances/hessen/admin/audit']) {
      await notFound.open(path);
      expect(await notFound.heading().innerText()).toBe('Seite nicht gefunden');
    }
    expect(await notFound.navigation('Hauptnavigation').getByRole('link').allInnerTexts()).toEqual(['Bündnisse', 'Meine Gruppen']);
  });

  it("the secretariat of one alliance gets \"not found\" for the other alliance's administration", async () => {
    await signIn(visitor, ACCOUNTS.sachsenAnhaltSecretariat);
    const notFound = new NotFoundPage(visitor.page);
    await notFound.open('/alliances/hessen/admin');
    expect(await notFound.heading().innerText()).toBe('Seite nicht gefunden');
  });
});

describe('keyboard only', () => {
  it('fills and saves a form with Tab, typing and Enter', async () => {
    const admin = await asSecretariat();
    const regions = admin.section('Regionen');
    const summary = admin.record(regions, 'Landkreis Harz (Landkreis)').locator('summary');
    await summary.focus();
    await visitor.page.keyboard.press('Enter');
    const record = admin.record(regions, 'Landkreis Harz (Landkreis)');
    await visitor.page.keyboard.press('Tab');
    expect(await admin.isFocused(admin.field(record, 'Name'))).toBe(true);
    await visitor.page.keyboard.press('Control+A');
    await visitor.page.keyboard.type('Landkreis Harz (Sitz Halberstadt)');
    await visitor.page.keyboard.press('Tab');
    expect(await admin.isFocused(admin.field(record, 'Art'))).toBe(true);
    await visitor.page.keyboard.press('Tab');
    expect(await admin.isFocused(admin.field(record, 'Gemeindeschlüssel'))).toBe(true);
    await visitor.page.keyboard.press('Enter');
    expect(await admin.notice(record).innerText()).toBe('Gespeichert.');
  });

  it('opens the confirmation dialog, keeps focus inside, cancels with Escape back to its button, and confirms', async () => {
    const admin = await asSecretariat();
    await admin.searchMember('Tatjana Engelhardt');
    const person = await admin.openRecord(admin.section('Mitglieder'), 'Tatjana Engelhardt');
    const anonymise = admin.button(person, 'Anonymisieren');
    await anonymise.focus();
    await visitor.page.keyboard.press('Enter');

    const dialog = admin.dialog();
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('Tatjana Engelhardt anonymisieren?');
    const cancel = dialog.getByRole('button', { name: 'Abbrechen', exact: true });
    const confirm = dialog.getByRole('button', { name: 'Endgültig anonymisieren', exact: true });
    expect(await admin.isFocused(cancel)).toBe(true);
    // The rest of the page is inert: Tab stays in the dialog (or leaves the page, never to it).
    for (let press = 0; press < 4; press++) {
      await visitor.page.keyboard.press('Tab');
      const inside = await dialog.evaluate((element) => element.contains(document.activeElement) || document.activeElement === document.body);
      expect(inside).toBe(true);
    }
    await visitor.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await admin.isFocused(anonymise)).toBe(true);

    await visitor.page.keyboard.press('Enter');
    await dialog.waitFor();
    await confirm.focus();
    await visitor.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await admin.main().getByRole('status').filter({ hasText: 'Die Person ist anonymisiert.' }).first().waitFor();
  });
});

describe.each([
  { language: 'German', button: 'Deutsch' as const, code: 'de' as const },
  { language: 'English', button: 'English' as const, code: 'en' as const },
])('WCAG 2.1 AA in $language', ({ button, code }) => {
  it('the administration with a record, an error summary and the dialog open has no axe violations', async () => {
    const admin = await asSecretariat();
    if (code !== 'de') await admin.switchLanguage(button, code);
    expect(await violations()).toEqual([]);

    const organisations = admin.section(code === 'de' ? 'Organisationen' : 'Organisations');
    const record = await admin.openRecord(organisations, 'IHK Magdeburg');
    await admin.field(record, 'Name').fill('');
    await admin.button(record, code === 'de' ? 'Speichern' : 'Save').click();
    await admin.errorSummary(record).waitFor();
    expect(await violations()).toEqual([]);

    const members = admin.section(code === 'de' ? 'Mitglieder' : 'Members');
    const person = await admin.openRecord(members, 'Andreas Tietz');
    await admin.button(person, code === 'de' ? 'Anonymisieren' : 'Anonymise').click();
    await admin.dialog().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('the audit log has no axe violations', async () => {
    await signIn(visitor, ACCOUNTS.sachsenAnhaltSecretariat);
    await visitor.page.goto(`/alliances/${SLUG}/admin/audit`);
    const admin = new AdminPage(visitor.page);
    await admin.heading().waitFor();
    await admin.main().getByRole('table').or(admin.main().getByText(/Keine Einträge|No entries/)).first().waitFor();
    if (code !== 'de') await admin.switchLanguage(button, code);
    expect(await violations()).toEqual([]);
  });
});
