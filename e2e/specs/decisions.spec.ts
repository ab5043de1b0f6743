import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BallotPage, BodyBallotsPage, NewBallotPage } from '../pages/ballot-pages';
import { signIn } from '../support/accounts';
import { freshVisitorForEachTest, newVisitor, type Visitor } from '../support/chromium';

// The ballots are the Hessen focus group's "Digitaler Wandel und Handwerk", whose chair, deputy,
// member and observer have demo accounts. Every test prepares a ballot of its own with a title
// of its own, so the order of tests and spec files does not matter.
const SLUG = 'hessen';
const GROUP = 'Fokusgruppe Digitaler Wandel und Handwerk';
const PEOPLE = {
  chair: { email: 'fokusgruppe-vorsitz@hessen.example.org', name: 'Dr. Frieder Haas' },
  deputy: { email: 'fokusgruppe-stellvertretung@hessen.example.org', name: 'Monika Lange' },
  member: { email: 'mitglied@hessen.example.org', name: 'Oliver Frank' },
  observer: { email: 'beobachtung@hessen.example.org', name: 'Lea Hartmann' },
} as const;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const visitor = freshVisitorForEachTest();
const others: Visitor[] = [];

afterEach(async () => {
  await Promise.all(others.splice(0).map((other) => other.context.close()));
});

/** Someone else, signed in in a browser context of their own (own cookies, own WebSocket). */
async function signedIn(email: string): Promise<Visitor> {
  const context = await newVisitor(visitor.browser);
  const other = { browser: visitor.browser, context, page: await context.newPage() };
  others.push(other);
  await signIn(other, email);
  return other;
}

/** Marks the page's document; still marked later means it was never reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { paktNotReloaded: true }));
}

function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { paktNotReloaded?: boolean }).paktNotReloaded === true);
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The chair prepares a ballot from the body's page on the alliance overview; returns its page. */
async function chairPrepares(title: string): Promise<BallotPage> {
  await signIn(visitor, PEOPLE.chair.email);
  const list = new BodyBallotsPage(visitor.page);
  await list.openFromOverview(SLUG, GROUP);
  const form = new NewBallotPage(visitor.page);
  await form.openFrom(list);
  const ballot = await form.create({
    title,
    motion: 'Die Fokusgruppe empfiehlt überbetriebliche Lernorte für digitale Fertigung im Handwerk.',
  });
  await ballot.statusBadge('In Vorbereitung').waitFor();
  return ballot;
}

describe('a ballot of a focus group', () => {
  it('is opened by the chair, voted on (once through a delegate) with participation rising live, and its result reaches everyone without reloading', async () => {
    const title = `Lernorte Handwerk ${Date.now().toString(36)}`;
    const chair = await chairPrepares(title);
    const path = chair.path();

    // The others follow the ballot from before it opens.
    // One after another: three sign-ins at once on a busy machine only test its patience.
    const deputy = await signedIn(PEOPLE.deputy.email);
    const member = await signedIn(PEOPLE.member.email);
    const observer = await signedIn(PEOPLE.observer.email);
    const pages = { deputy: new BallotPage(deputy.page), member: new BallotPage(member.page), observer: new BallotPage(observer.page) };
    for (const page of Object.values(pages)) {
      await page.open(path);
      await page.statusBadge('In Vorbereitung').waitFor();
      await markDocument(page.page);
    }
    await markDocument(chair.page);

    // Opened by the chair: everyone's page says so at once.
    await chair.step('Abstimmung öffnen');
    await chair.statusBadge('Läuft').waitFor();
    expect(await chair.waitForParticipation(0)).toMatch(/^0 von \d+ Stimmberechtigten haben abgestimmt\.$/);
    for (const page of Object.values(pages)) await page.statusBadge('Läuft').waitFor();
    await pages.member.votePanel().getByRole('group', { name: 'Wie stimmen Sie?', exact: true }).waitFor();

    // Oliver Frank cannot come and hands his vote to Monika Lange; it appears on her open page at once.
    await pages.member.delegateTo(PEOPLE.deputy.name);
    await pages.member.votePanel().getByText(`Sie haben Ihre Stimme an ${PEOPLE.deputy.name} übertragen`, { exact: false }).waitFor();
    await pages.deputy.announcement().filter({ hasText: 'Eine Stimmübertragung, die Sie betrifft, hat sich geändert.' }).waitFor();
    await pages.deputy.delegation().getByRole('listitem').first().waitFor();
    expect(await pages.deputy.delegation().getByRole('listitem').allInnerTexts()).toEqual([`${PEOPLE.member.name}: noch nicht abgestimmt`]);
    expect(await stillSameDocument(pages.deputy.page)).toBe(true);

    // Each vote raises the count on the chair's screen, live.
    await pages.deputy.vote('Ja');
    await chair.waitForParticipation(1);
    await pages.deputy.vote('Nein', { forName: PEOPLE.member.name, dissent: 'Die Finanzierung der Lernorte ist noch offen.' });
    await chair.waitForParticipation(2);
    expect(Number(await chair.progressBar().getAttribute('value'))).toBe(2);
    await chair.vote('Ja');
    await chair.waitForParticipation(3);
    expect(await observer.page.getByRole('heading', { name: 'Ergebnis', exact: true }).count()).toBe(0);

    // Closed by the chair: the result, the rule that decided it and why.
    await chair.step('Abstimmung schließen');
    const expected = { verdict: 'Angenommen', reason: 'Entscheidend: Einfache Mehrheit erreicht: 2 Ja, 1 Nein, 0 Enthaltungen.' };
    expect(await chair.waitForResult()).toEqual(expected);
    expect(await chair.chart().getAttribute('aria-label')).toBe(
      'Balkendiagramm des Ergebnisses: Ja: 2, Nein: 1, Enthaltung: 0. Die Zahlen stehen auch in der Tabelle.',
    );

    // Every member sees it the moment the ballot closes, in the same document, and hears it announced.
    for (const page of Object.values(pages)) {
      expect(await page.waitForResult()).toEqual(expected);
      await page.announcement().filter({ hasText: 'Die Abstimmung ist geschlossen. Das Ergebnis steht fest. Angenommen.' }).waitFor();
      expect(await stillSameDocument(page.page)).toBe(true);
    }
    expect(await stillSameDocument(chair.page)).toBe(true);

    // An open ballot shows who voted what once it is closed, with the dissent in the record.
    const rows = await chair.voterRows();
    expect(rows).toContainEqual([PEOPLE.member.name, '1', 'ja', 'Nein', 'Die Finanzierung der Lernorte ist noch offen.']);
    expect(rows).toContainEqual([PEOPLE.deputy.name, '1', 'ja', 'Ja', '']);
    expect(rows).toContainEqual([PEOPLE.chair.name, '1', 'ja', 'Ja', '']);

    // The body's results history lists it.
    const list = new BodyBallotsPage(visitor.page);
    await list.openFromOverview(SLUG, GROUP);
    expect((await list.historyRow(title))[2]).toBe('Angenommen');
  });
});

describe('the ballot screens', () => {
  it('have no axe violations in German and English: list, form with errors, draft, running with the vote form, and result', async () => {
    const title = `Barrierefreiheit ${Date.now().toString(36)}`;
    await signIn(visitor, PEOPLE.chair.email);
    const list = new BodyBallotsPage(visitor.page);
    await list.openFromOverview(SLUG, GROUP);
    expect(await violations(visitor.page)).toEqual([]);

    const form = new NewBallotPage(visitor.page);
    await form.openFrom(list);
    await form.button(form.main(), 'Abstimmung vorbereiten').click();
    await form.errorSummary().filter({ hasText: 'Bitte füllen Sie „Titel“ aus.' }).waitFor();
    expect(await form.field('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(visitor.page)).toEqual([]);

    const ballot = await form.create({ title, motion: 'Prüfung der Bildschirme.' });
    expect(await violations(visitor.page)).toEqual([]);
    await ballot.step('Abstimmung öffnen');
    await ballot.waitForParticipation(0);
    expect(await violations(visitor.page)).toEqual([]);
    await ballot.switchLanguage('English', 'en');
    await ballot.section('Your vote').waitFor();
    expect(await violations(visitor.page)).toEqual([]);
    await ballot.switchLanguage('Deutsch', 'de');

    await ballot.vote('Enthaltung');
    await ballot.step('Abstimmung schließen');
    await ballot.waitForResult();
    expect(await violations(visitor.page)).toEqual([]);
    await ballot.switchLanguage('English', 'en');
    await ballot.section('Result').getByText('Decisive:', { exact: true }).waitFor();
    expect(await violations(visitor.page)).toEqual([]);
  });

  it('can be used with the keyboard alone: choose with the arrow keys, confirm in the dialog, see "you have voted"', async () => {
    const title = `Tastatur ${Date.now().toString(36)}`;
    const ballot = await chairPrepares(title);
    await ballot.step('Abstimmung öffnen');
    await ballot.waitForParticipation(0);

    const yes = ballot.votePanel().getByRole('radio', { name: 'Ja', exact: true });
    await ballot.tabTo(yes, 40);
    await visitor.page.keyboard.press('ArrowDown');
    const no = ballot.votePanel().getByRole('radio', { name: 'Nein', exact: true });
    expect(await no.isChecked()).toBe(true);
    expect(await ballot.isFocused(no)).toBe(true);

    // With "Nein", the dissent field comes next, then the button.
    const dissent = ballot.votePanel().getByLabel('Abweichende Meinung (freiwillig)', { exact: true });
    await visitor.page.keyboard.press('Tab');
    expect(await ballot.isFocused(dissent)).toBe(true);
    await visitor.page.keyboard.type('Zu früh.');
    await visitor.page.keyboard.press('Tab');
    await visitor.page.keyboard.press('Enter');

    // The question starts on "Abbrechen", so Enter never votes by accident; Tab leads to the vote.
    const dialog = ballot.dialog();
    await dialog.waitFor();
    expect(await ballot.isFocused(dialog.getByRole('button', { name: 'Abbrechen', exact: true }))).toBe(true);
    expect(await dialog.innerText()).toContain('Sie stimmen mit „Nein“.');
    await visitor.page.keyboard.press('Tab');
    await visitor.page.keyboard.press('Enter');
    const confirmation = ballot.votePanel().locator('.ballot-voted').filter({ hasText: 'Sie haben abgestimmt.' });
    await confirmation.waitFor();
    await ballot.waitForParticipation(1);
    // The form is gone: focus is on the confirmation that took its place, not lost to the page.
    await visitor.page.waitForFunction(() => document.activeElement?.classList.contains('ballot-voted') === true);

    // Closing, too: the control (above the vote) is reached with Shift+Tab, the dialog answers to Tab and Enter.
    const close = ballot.button(ballot.controls(), 'Abstimmung schließen');
    for (let presses = 0; presses < 10 && !(await ballot.isFocused(close)); presses++) await visitor.page.keyboard.press('Shift+Tab');
    expect(await ballot.isFocused(close)).toBe(true);
    await visitor.page.keyboard.press('Enter');
    await dialog.waitFor();
    await visitor.page.keyboard.press('Tab');
    await visitor.page.keyboard.press('Enter');
    expect(await ballot.waitForResult()).toEqual({
      verdict: 'Abgelehnt',
      reason: 'Entscheidend: Einfache Mehrheit nicht erreicht: 0 Ja, 1 Nein, 0 Enthaltungen. Nötig: mehr Stimmen dafür als dagegen.',
    });
  });
});
