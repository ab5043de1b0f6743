import type { Locator } from 'playwright-core';
import { Shell } from './shell';

/** /alliances/:slug/indicators and /alliances/:slug/indicators/:id — the list, one indicator's chart and values, and its editing. */
export class IndicatorsPage extends Shell {
  async open(slug: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/indicators`);
    await this.heading().waitFor();
    await this.loaded();
  }

  /** Waits until nothing says "Wird geladen …" / "Loading …" any more. */
  async loaded(): Promise<void> {
    await this.main().getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  field(scope: Locator, label: string): Locator {
    return scope.getByLabel(label, { exact: true }).first();
  }

  button(scope: Locator, name: string): Locator {
    return scope.getByRole('button', { name, exact: true }).first();
  }

  /** The list's row of an indicator, by its name. */
  listRow(name: string): Locator {
    return this.main().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Creates an indicator from the list page and waits for its own page. */
  async create(name: string, unit: string): Promise<void> {
    const form = this.section('Neuen Indikator anlegen');
    await this.field(form, 'Name').fill(name);
    await this.field(form, 'Einheit').fill(unit);
    await this.button(form, 'Indikator anlegen').click();
    await this.waitForHeading(name);
  }

  importSection(): Locator {
    return this.section('CSV-Datei importieren');
  }

  /** Chooses a CSV file with this content in the import section. */
  async chooseFile(content: string, name = 'prognose.csv'): Promise<void> {
    await this.field(this.importSection(), 'CSV-Datei wählen').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
    await this.page.waitForFunction(
      (text) => Array.from(document.querySelectorAll('textarea')).some((area) => area.value === text),
      content,
    );
  }

  /** The import's outcome: a status after success, the error summary after a refusal. */
  importStatus(): Locator {
    return this.importSection().getByRole('status').filter({ hasText: /\S/ }).first();
  }

  importErrorSummary(): Locator {
    return this.importSection().getByRole('alert').first();
  }

  /** The report's rows as [row, column, problem]. */
  async reportRows(): Promise<string[][]> {
    const table = this.importSection().getByRole('table', { name: /Probleme der Datei|Problems of the file/ });
    const rows = await table.getByRole('row').all();
    const cells = await Promise.all(rows.slice(1).map((row) => row.getByRole('cell').or(row.getByRole('rowheader')).allInnerTexts()));
    return cells;
  }

  /** The values table of the page (years × series), as text per row including the header. */
  async valueTable(): Promise<string[][]> {
    const table = this.section('Werte').getByRole('table');
    const rows = await table.getByRole('row').all();
    return Promise.all(rows.map((row) => row.getByRole('columnheader').or(row.getByRole('rowheader')).or(row.getByRole('cell')).allInnerTexts()));
  }

  chart(): Locator {
    return this.main().getByRole('img', { name: /^(Liniendiagramm|Line chart|Diagramm|Chart) / });
  }
}
