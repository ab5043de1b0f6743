import type { Locator } from 'playwright-core';
import { Shell } from './shell';

/**
 * The initiative register's pages: the register, an initiative, the progress-report form, the
 * dashboard, the import and the published list (all under /alliances/:slug/initiatives).
 */
export class InitiativePages extends Shell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.loaded();
  }

  /** Waits for the page's heading and until nothing says "Wird geladen …" / "Loading …" any more. */
  async loaded(): Promise<void> {
    await this.heading().waitFor();
    await this.main().getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name, exact: typeof name === 'string' });
  }

  field(scope: Locator, label: string): Locator {
    return scope.getByLabel(label, { exact: true }).first();
  }

  button(scope: Locator, name: string): Locator {
    return scope.getByRole('button', { name, exact: true }).first();
  }

  link(scope: Locator, name: string): Locator {
    return scope.getByRole('link', { name, exact: true }).first();
  }

  /** A checkbox in the fieldset with this legend. */
  checkbox(legend: string, label: string): Locator {
    return this.main().getByRole('group', { name: legend, exact: true }).getByRole('checkbox', { name: label, exact: true });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The polite status message with this text. */
  notice(text: string | RegExp, scope: Locator = this.main()): Locator {
    return scope.getByRole('status').filter({ hasText: text }).first();
  }

  errorSummary(scope: Locator = this.main()): Locator {
    return scope.getByRole('alert').first();
  }

  /** The rows of a table as the text of their header and data cells, without the header row. */
  async rows(table: Locator): Promise<string[][]> {
    const texts: string[][] = [];
    for (const row of await table.getByRole('row').all()) {
      const cells = await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts();
      if (cells.length > 0) texts.push(cells.map((cell) => cell.trim()));
    }
    return texts;
  }

  /** A table's row whose row header is this text. */
  row(table: Locator, header: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: header, exact: true }) });
  }

  /** The register's row of an initiative, by its name. */
  registerRow(name: string): Locator {
    return this.row(this.main().getByRole('table', { name: /^(Initiativen|Initiatives)$/ }), name);
  }

  /** A chart's drawing (role="img"), by the start of its spoken label. */
  chart(label: RegExp): Locator {
    return this.main().getByRole('img', { name: label });
  }
}
