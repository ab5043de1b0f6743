import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { SearchPage } from '../pages/search-page';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

// Searching reads only: it runs on Hessen's demo data as seeded. The Pflegequalifizierungszentrum
// is an adopted recommendation of the care group, so every member of the alliance finds it,
// also the Digital group's member who searches here.

const SLUG = 'hessen';
const QUERY = 'Anerkennung Pflegekraft';
const TITLE = /Pflegequalifizierungszentrum/;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const visitor = freshVisitorForEachTest();

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('search', () => {
  it('a member searches, sees the match marked and follows the hit by keyboard alone', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const search = new SearchPage(visitor.page);
    await search.open(SLUG);
    expect(await search.heading().innerText()).toBe('Suche in Neues Bündnis Fachkräftesicherung Hessen');

    await search.field().focus();
    await search.search(QUERY);
    // The query is in the address, so the search can be shared and reloaded.
    expect(new URL(visitor.page.url()).searchParams.get('q')).toBe(QUERY);
    expect(await search.count().innerText()).toMatch(/^\d+ Treffer für „Anerkennung Pflegekraft“$/);

    const hit = search.hit(TITLE);
    await hit.waitFor();
    expect(await hit.innerText()).toContain('Handlungsempfehlung');
    // "Pflegekraft" finds the German forms the text uses ("Pflegekräfte"), marked as matches.
    const marked = await search.marks(hit).allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^(Pflegekr(a|ä)ft|Anerkennung)/);

    const link = search.hitLink(hit);
    const title = await link.innerText();
    await search.tabTo(link, 30);
    await visitor.page.keyboard.press('Enter');
    await visitor.page.waitForURL(new RegExp(`/alliances/${SLUG}/recommendations/[0-9a-f-]{36}$`));
    await visitor.page.getByRole('heading', { level: 1, name: title }).waitFor();
  });

  it('shows the same hits again from a shared address, says when there are none and explains a too short query', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const search = new SearchPage(visitor.page);
    await search.open(SLUG, QUERY);
    await search.count().filter({ hasText: QUERY }).waitFor();
    await search.hit(TITLE).waitFor();
    expect(await search.field().inputValue()).toBe(QUERY);

    await search.search('Zyxwvutquokka');
    expect(await search.count().innerText()).toBe('Keine Treffer für „Zyxwvutquokka“.');
    expect(await search.results().innerText()).toContain('Versuchen Sie andere oder weniger Wörter');

    await search.field().fill('a');
    await search.field().press('Enter');
    await search.errorSummary().waitFor();
    expect(await search.errorSummary().innerText()).toContain('Bitte geben Sie mindestens 2 Zeichen ein.');
    expect(await search.field().getAttribute('aria-invalid')).toBe('true');
    // Nothing was searched: the address still holds the last query.
    expect(new URL(visitor.page.url()).searchParams.get('q')).toBe('Zyxwvutquokka');

    // A too short query typed into the address gets the same explanation, and no search.
    await search.open(SLUG, 'a');
    await search.errorSummary().waitFor();
    expect(await search.results().count()).toBe(0);
  });

  it('loads more results on request and hands the keyboard to the first of them', async () => {
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const search = new SearchPage(visitor.page);
    // Hessen's recommendations, comments and plan together say this more than one page (20) holds.
    const broad = 'Fachkräfte or Ausbildung or Pflege or Betrieb or Hessen or Schule';
    await search.open(SLUG, broad);
    await search.count().filter({ hasText: broad }).waitFor();
    const total = Number((await search.count().innerText()).split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    expect(await search.hits().count()).toBe(20);
    const firstPage = new Set(await search.results().getByRole('heading', { level: 3 }).allInnerTexts());

    await search.moreButton().focus();
    await visitor.page.keyboard.press('Enter');
    await search.main().getByRole('status').filter({ hasText: /weitere Ergebnisse? geladen/ }).waitFor();
    expect(await search.hits().count()).toBe(Math.min(total, 40));
    const focused = await visitor.page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? '' }));
    expect(focused.tag).toBe('A');
    expect(firstPage.has(focused.text)).toBe(false);
  });

  it.each([
    { language: 'German', button: 'Deutsch' as const, code: 'de' as const },
    { language: 'English', button: 'English' as const, code: 'en' as const },
  ])('has no axe violations in $language: empty, with hits and with an error', async ({ button, code }) => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const search = new SearchPage(visitor.page);
    await search.open(SLUG);
    if (code !== 'de') await search.switchLanguage(button, code);
    search.language = code;
    expect(await violations()).toEqual([]);

    await search.search(QUERY);
    await search.hit(TITLE).waitFor();
    expect(await violations()).toEqual([]);

    await search.field().fill('a');
    await search.submitButton().click();
    await search.errorSummary().waitFor();
    expect(await violations()).toEqual([]);
  });
});
