import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Shell } from '../pages/shell';
import { launchChromium, newVisitor } from '../support/chromium';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PAGES = [
  { name: 'the start page', path: '/' },
  { name: 'the Hessen overview', path: '/alliances/hessen' },
  { name: 'the Sachsen-Anhalt overview', path: '/alliances/sachsen-anhalt' },
  { name: 'the not-found page of an unknown alliance', path: '/alliances/gibt-es-nicht' },
  { name: 'the not-found page of an unknown address', path: '/gibt/es/nicht' },
];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await newVisitor(browser);
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** axe's findings, reduced to what a reader of a failed test needs: rule, impact, where. */
async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
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
  it.each(PAGES)('$name has no axe violations', async ({ path }) => {
    const shell = new Shell(page);
    await page.goto(path);
    await shell.heading().waitFor();
    if (code !== 'de') await shell.switchLanguage(button, code);
    expect(await violations()).toEqual([]);
  });
});
