import type { Locator } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { AllianceListPage } from '../pages/alliance-list-page';
import { AllianceOverviewPage } from '../pages/alliance-overview-page';
import { SignInPage } from '../pages/sign-in-page';
import { ACCOUNTS, DEMO_PASSWORD, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

const visitor = freshVisitorForEachTest();

/** The visible text of whatever has keyboard focus now. */
function focusedText(): Promise<string> {
  return visitor.page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
}

/** A sighted keyboard user must see where focus is (WCAG 2.4.7). */
async function focusIndicator(locator: Locator): Promise<{ style: string; width: number }> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
}

describe('signing in with the keyboard only', () => {
  it('reaches the fields in order, signs in with Enter and lands on the page it was sent from', async () => {
    await visitor.page.goto('/alliances/hessen');
    await visitor.page.waitForURL('**/sign-in?next=%2Falliances%2Fhessen');
    const signInPage = new SignInPage(visitor.page);
    await signInPage.email().waitFor();

    // Sent here from another page, the visitor starts at the content: one Tab to the e-mail field.
    expect(await signInPage.tabTo(signInPage.email(), 5)).toBe(1);
    await visitor.page.keyboard.type(ACCOUNTS.hessenMember);
    await visitor.page.keyboard.press('Tab');
    expect(await signInPage.isFocused(signInPage.password())).toBe(true);
    await visitor.page.keyboard.type(DEMO_PASSWORD);
    await visitor.page.keyboard.press('Tab');
    expect(await signInPage.isFocused(signInPage.submit())).toBe(true);
    expect((await focusIndicator(signInPage.submit())).style).not.toBe('none');
    await visitor.page.keyboard.press('Enter');

    await visitor.page.waitForURL('**/alliances/hessen');
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.heading().filter({ hasText: 'Neues Bündnis Fachkräftesicherung Hessen' }).waitFor();
    expect(await overview.isFocused(overview.main())).toBe(true);
  });

  it('puts focus on the error summary after a failure, and its link leads into the field', async () => {
    const signInPage = new SignInPage(visitor.page);
    await signInPage.open();
    await signInPage.email().focus();
    await visitor.page.keyboard.type('keine-adresse');
    await visitor.page.keyboard.press('Tab');
    await visitor.page.keyboard.type('irgendetwas');
    await visitor.page.keyboard.press('Enter');

    const summary = signInPage.errorSummary();
    await summary.waitFor();
    expect(await signInPage.isFocused(summary)).toBe(true);
    expect((await focusIndicator(summary)).style).not.toBe('none');
    await visitor.page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.');
    await visitor.page.keyboard.press('Enter');
    expect(await signInPage.isFocused(signInPage.email())).toBe(true);
  });
});

describe('signed in', () => {
  beforeEach(() => signIn(visitor, ACCOUNTS.hessenMember));

  it('starts with the skip link, then the header in reading order, each with a visible focus', async () => {
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');

    const order: string[] = [];
    for (let press = 0; press < 7; press++) {
      await visitor.page.keyboard.press('Tab');
      order.push(await focusedText());
    }
    // The brand's visible text is the product name and its tagline.
    expect(order).toEqual([
      'Zum Inhalt springen',
      'Pakt\nArbeitsbereich für Fachkräftebündnisse',
      'Bündnisse',
      'Meine Gruppen',
      'Deutsch',
      'English',
      'Abmelden',
    ]);
    for (const control of [overview.languageButton('English'), overview.signOutButton()]) {
      await control.focus();
      const indicator = await focusIndicator(control);
      expect(indicator.style).not.toBe('none');
      expect(indicator.width).toBeGreaterThanOrEqual(2);
    }
  });

  it('jumps over the header to the content with the skip link', async () => {
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');

    await visitor.page.keyboard.press('Tab');
    const skipLink = overview.skipLink('Zum Inhalt springen');
    expect(await overview.isFocused(skipLink)).toBe(true);
    // Hidden until focused, then on screen.
    const box = await skipLink.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    expect((await focusIndicator(skipLink)).style).not.toBe('none');

    await visitor.page.keyboard.press('Enter');
    expect(await overview.isFocused(overview.main())).toBe(true);
    await visitor.page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Alle Bündnisse');
  });

  it('switches the language with Enter and back with Space, keyboard only', async () => {
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');

    const english = overview.languageButton('English');
    await overview.tabTo(english);
    await visitor.page.keyboard.press('Enter');
    await overview.waitForLanguage('en');
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    expect(await overview.isFocused(english)).toBe(true);
    expect(await overview.skipLink('Skip to content').count()).toBe(1);

    await visitor.page.keyboard.press('Shift+Tab');
    const deutsch = overview.languageButton('Deutsch');
    expect(await overview.isFocused(deutsch)).toBe(true);
    await visitor.page.keyboard.press('Space');
    await overview.waitForLanguage('de');
    expect(await deutsch.getAttribute('aria-pressed')).toBe('true');
    expect(await overview.skipLink('Zum Inhalt springen').count()).toBe(1);
  });

  it('opens an alliance from the start page with the keyboard and starts reading at its content', async () => {
    const list = new AllianceListPage(visitor.page);
    await list.open();

    const hessen = list.allianceLink('Neues Bündnis Fachkräftesicherung Hessen');
    await list.tabTo(hessen, 15);
    await visitor.page.keyboard.press('Enter');
    await visitor.page.waitForURL('**/alliances/hessen');
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.heading().filter({ hasText: 'Neues Bündnis Fachkräftesicherung Hessen' }).waitFor();
    expect(await overview.isFocused(overview.main())).toBe(true);
  });

  it('signs out with the keyboard', async () => {
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');
    await overview.tabTo(overview.signOutButton());
    await visitor.page.keyboard.press('Enter');
    await visitor.page.waitForURL('**/sign-in');
    expect(await new SignInPage(visitor.page).confirmation()).toBe('Sie haben sich abgemeldet.');
    expect(await overview.isFocused(overview.main())).toBe(true);
  });
});
