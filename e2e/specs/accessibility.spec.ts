import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { Shell } from '../pages/shell';
import { freshVisitorForEachTest } from '../support/chromium';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PAGES = [
  { name: 'the start page', path: '/' },
  { name: 'the Hessen overview', path: '/alliances/hessen' },
  { name: 'the Sachsen-Anhalt overview', path: '/alliances/sachsen-anhalt' },
  { name: 'the not-found page of an unknown alliance', path: '/alliances/gibt-es-nicht' },
  { name: 'the not-found page of an unknown address', path: '/gibt/es/nicht' },
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
  it.each(PAGES)('$name has no axe violations', async ({ path }) => {
    const shell = new Shell(visitor.page);
    await visitor.page.goto(path);
    await shell.heading().waitFor();
    if (code !== 'de') await shell.switchLanguage(button, code);
    expect(await violations()).toEqual([]);
  });
});
