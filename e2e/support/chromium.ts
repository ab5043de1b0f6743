import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium (apt-get install chromium); no browser download of Playwright's own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh visitor: own storage (so no remembered language), German browser, the product's address. */
export async function newVisitor(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: inject('baseUrl'), locale: 'de-DE' });
  // The pages answer in well under a second; a missing element should fail the test quickly.
  context.setDefaultTimeout(10_000);
  return context;
}
