import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

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

export interface Visitor {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Registers the hooks of a spec file: one Chromium for the file, a fresh visitor and page for every test. */
export function freshVisitorForEachTest(): Visitor {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newVisitor(browser!);
    page = await context.newPage();
  });
  afterEach(async ({ task }) => {
    // A failed step says what the visitor was looking at: the address and the start of the page's text.
    if (task.result?.state === 'fail' && page && !page.isClosed()) {
      const text = await page
        .locator('body')
        .innerText({ timeout: 2_000 })
        .catch(() => '(no text)');
      process.stderr.write(`e2e: "${task.name}" failed on ${page.url()}\n${text.slice(0, 1_500)}\n`);
    }
    await context?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'the browser');
    },
    get context() {
      return ready(context, 'the visitor');
    },
    get page() {
      return ready(page, 'the page');
    },
  };
}
