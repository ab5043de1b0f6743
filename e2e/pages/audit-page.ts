import type { Locator } from 'playwright-core';
import { Shell } from './shell';

/** /alliances/:slug/admin/audit — filters, then the entries newest first. */
export class AuditPage extends Shell {
  async open(slug: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/admin/audit`);
    await this.heading().waitFor();
    await this.loaded();
  }

  async loaded(): Promise<void> {
    await this.main().getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
    await this.main().getByRole('table').or(this.main().getByText(/Keine Einträge|No entries/)).first().waitFor();
  }

  filters(name = 'Filtern'): Locator {
    return this.page.getByRole('form', { name, exact: true });
  }

  /** The entries as rows of cells: time, action, who, object, details. */
  async rows(): Promise<string[][]> {
    const rows = this.main().getByRole('table').getByRole('row');
    const texts: string[][] = [];
    for (const row of await rows.all()) {
      const cells = await row.getByRole('cell').allInnerTexts();
      if (cells.length > 0) texts.push(cells.map((cell) => cell.trim()));
    }
    return texts;
  }

  async filter(choices: { action?: string; actor?: string; from?: string; to?: string }, apply = 'Filter anwenden'): Promise<void> {
    const form = this.filters();
    if (choices.action !== undefined) await form.getByLabel(/^(Aktion|Action)$/).selectOption({ label: choices.action });
    if (choices.actor !== undefined) await form.getByLabel(/^(Person)$/).selectOption({ label: choices.actor });
    if (choices.from !== undefined) await form.getByLabel(/^(Von|From)$/).fill(choices.from);
    if (choices.to !== undefined) await form.getByLabel(/^(Bis|To)$/).fill(choices.to);
    const answered = this.page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('AuditLog'));
    await form.getByRole('button', { name: apply, exact: true }).click();
    await answered;
    await this.loaded();
  }
}
