import type { Download, Locator } from 'playwright-core';
import { Shell } from './shell';

function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** What every page of the plan shares: waiting until it has loaded, and the confirm dialog. */
class PlanShell extends Shell {
  /** Waits until nothing says "Wird geladen …" / "Loading …" any more. */
  async loaded(): Promise<void> {
    await this.heading().waitFor();
    await this.main().getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Answers the open confirm dialog with its confirming button. */
  async confirm(label: string): Promise<void> {
    await this.dialog().getByRole('button', { name: label, exact: true }).click();
    await this.dialog().waitFor({ state: 'hidden' });
  }

  /** The polite status message with text (after saving, signing off, …). */
  notice(text?: string | RegExp): Locator {
    const notices = this.main().getByRole('status').filter({ hasText: text ?? /\S/ });
    return notices.first();
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert').first();
  }

  button(name: string): Locator {
    return this.main().getByRole('button', { name, exact: true });
  }
}

/** /alliances/:slug/plan — the current version, all versions, and "Neue Version beginnen". */
export class PlanOverviewPage extends PlanShell {
  async open(slug: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/plan`);
    await this.loaded();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The rows of "Alle Versionen": version, title, state, dates. */
  async versions(): Promise<string[][]> {
    const rows = this.section('Alle Versionen').getByRole('table').getByRole('row');
    const texts: string[][] = [];
    for (const row of await rows.all()) {
      const cells = await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts();
      if (cells.length > 0) texts.push(cells.map((cell) => cell.trim()));
    }
    return texts;
  }

  versionLink(number: number): Locator {
    return this.section('Alle Versionen').getByRole('link', { name: `Version ${number}`, exact: true });
  }

  /**
   * A draft to work on, as one who may assemble the plan: the one in progress (taken back first
   * when it is submitted), or a new one. Leaves the builder open and returns its address.
   */
  async openDraft(slug: string, title?: string): Promise<string> {
    await this.open(slug);
    const start = this.section('Neue Version beginnen');
    const startButton = start.getByRole('button', { name: 'Neue Version beginnen', exact: true });
    const edit = start.getByRole('link', { name: 'Entwurf bearbeiten', exact: true });
    const submitted = start.getByRole('link', { name: /^Version \d+$/ });
    await startButton.or(edit).or(submitted).first().waitFor();
    if (await startButton.isVisible()) {
      if (title) await start.getByLabel('Titel der neuen Version', { exact: true }).fill(title);
      await startButton.click();
    } else if (await edit.isVisible()) {
      await edit.click();
    } else {
      await submitted.click();
      const reader = new PlanVersionReader(this.page);
      await reader.loaded();
      await reader.reopen();
      await reader.editLink().click();
    }
    await this.page.waitForURL('**/plan/versions/*/edit');
    const builder = new PlanBuilder(this.page);
    await builder.loaded();
    return new URL(this.page.url()).pathname;
  }
}

/** /alliances/:slug/plan/versions/:id — one version as it reads, with sign-off and downloads. */
export class PlanVersionReader extends PlanShell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.loaded();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** "Version 2 Entwurf" under the title. */
  subtitle(): Locator {
    return this.main().locator('.plan-subtitle');
  }

  contents(): Locator {
    return this.navigation('Inhalt');
  }

  /** The state and sign-offs: "Vorsitz" → "Freigegeben von … am …" or "Freigabe fehlt noch (…)". */
  signOffOf(role: 'Vorsitz' | 'Stellvertretender Vorsitz'): Locator {
    return this.section('Freigabe').getByRole('term').filter({ hasText: exactly(role) }).locator('xpath=following-sibling::dd[1]');
  }

  async signOff(as: 'Vorsitz' | 'stellvertretender Vorsitz'): Promise<void> {
    const button = this.section('Freigabe').getByRole('button', { name: `Freigeben (als ${as})`, exact: true });
    await button.click();
    await this.confirm('Jetzt freigeben');
    await this.notice(/Freigabe ist erfasst|beschlossen und veröffentlicht/).waitFor();
    // The page loads the version again: once signed, the button is gone.
    await button.waitFor({ state: 'detached' });
  }

  editLink(): Locator {
    return this.main().getByRole('link', { name: 'Entwurf bearbeiten', exact: true });
  }

  async reopen(): Promise<void> {
    await this.button('Zur Bearbeitung zurückholen').click();
    await this.confirm('Zurückholen');
    await this.notice(/wieder ein Entwurf/).waitFor();
    await this.editLink().waitFor();
  }

  /** The recommendations of one action field, by title. */
  async recommendationTitles(actionField: string): Promise<string[]> {
    const field = this.section('Handlungsempfehlungen').getByRole('region', { name: actionField, exact: true });
    return (await field.getByRole('heading', { level: 4 }).allInnerTexts()).map((title) => title.trim());
  }

  recommendation(title: string): Locator {
    return this.section('Handlungsempfehlungen').getByRole('article', { name: title, exact: true });
  }

  exportLink(kind: 'pdf' | 'docx'): Locator {
    const name = kind === 'pdf' ? 'Als PDF herunterladen' : 'Als Word-Datei (DOCX) herunterladen';
    return this.section('Herunterladen').getByRole('link', { name, exact: true });
  }

  /** Clicks an export link and returns the download. */
  async download(kind: 'pdf' | 'docx'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportLink(kind).click();
    return download;
  }
}

/** /alliances/:slug/plan/versions/:id/edit — texts, indicators and recommendations of a draft. */
export class PlanBuilder extends PlanShell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.loaded();
  }

  form(): Locator {
    return this.main().locator('form');
  }

  field(label: string): Locator {
    return this.main().getByLabel(label, { exact: true });
  }

  /** The area of one action field in "Handlungsempfehlungen". */
  actionField(title: string): Locator {
    return this.page.getByRole('region', { name: 'Handlungsempfehlungen', exact: true }).getByRole('region', { name: title, exact: true });
  }

  addButton(title: string): Locator {
    return this.main().getByRole('button', { name: `„${title}“ in den Plan aufnehmen`, exact: true });
  }

  removeButton(title: string): Locator {
    return this.main().getByRole('button', { name: `„${title}“ aus dem Plan entfernen`, exact: true });
  }

  upButton(title: string): Locator {
    return this.main().getByRole('button', { name: `„${title}“ nach oben`, exact: true });
  }

  downButton(title: string): Locator {
    return this.main().getByRole('button', { name: `„${title}“ nach unten`, exact: true });
  }

  /** The titles in the plan for one action field, in their order. */
  async chosen(actionField: string): Promise<string[]> {
    const list = this.actionField(actionField).getByRole('list', { name: new RegExp(`^${actionField.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Im Plan`) });
    if ((await list.count()) === 0) return [];
    return list.getByRole('listitem').evaluateAll((items) =>
      items.map((item) => item.querySelector('.plan-reorder__title')?.firstChild?.textContent?.trim() ?? ''),
    );
  }

  /** The titles still to choose in one action field. */
  async available(actionField: string): Promise<string[]> {
    const list = this.actionField(actionField).getByRole('list', { name: new RegExp(`^${actionField.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Zur Auswahl`) });
    if ((await list.count()) === 0) return [];
    return list.getByRole('listitem').evaluateAll((items) =>
      items.map((item) => item.querySelector('.plan-reorder__title')?.firstChild?.textContent?.trim() ?? ''),
    );
  }

  /** The action field a recommendation stands under in the builder. */
  async actionFieldOf(title: string): Promise<string> {
    const button = this.addButton(title).or(this.removeButton(title)).first();
    return button.evaluate((element) => element.closest('section')?.querySelector('h3')?.textContent?.trim() ?? '');
  }

  /** The live region that announces moves and choices. */
  announcement(): Locator {
    return this.main().getByRole('status').filter({ hasText: /steht jetzt an Stelle|aufgenommen|entfernt/ }).first();
  }

  async save(): Promise<void> {
    await this.button('Speichern').click();
    await this.notice('Gespeichert.').waitFor();
  }

  /** "Zur Freigabe einreichen", confirmed; leads to the reader. */
  async submit(): Promise<void> {
    await this.button('Zur Freigabe einreichen').click();
    await this.confirm('Einreichen');
  }
}

/** /alliances/:slug/plan/compare — two versions chosen, their differences shown. */
export class PlanComparePage extends PlanShell {
  async open(slug: string, fromId?: string, toId?: string): Promise<void> {
    const query = fromId && toId ? `?from=${fromId}&to=${toId}` : '';
    await this.page.goto(`/alliances/${slug}/plan/compare${query}`);
    await this.loaded();
  }

  async choose(from: string | RegExp, to: string | RegExp): Promise<void> {
    const options = async (label: string, wanted: string | RegExp) => {
      const select = this.main().getByLabel(label, { exact: true });
      const texts = await select.locator('option').allInnerTexts();
      const match = texts.find((text) => (typeof wanted === 'string' ? text.startsWith(wanted) : wanted.test(text)));
      if (!match) throw new Error(`no option ${String(wanted)} in ${label}: ${texts.join(' | ')}`);
      await select.selectOption({ label: match });
    };
    await options('Ältere Version', from);
    await options('Neuere Version', to);
    await this.button('Vergleichen').click();
    await this.result().waitFor();
  }

  result(): Locator {
    return this.main().getByRole('heading', { level: 2, name: /^Version \d+ und Version \d+ im Vergleich$/ });
  }

  part(name: string): Locator {
    return this.page.getByRole('region', { name: /im Vergleich$/ }).getByRole('region', { name, exact: true });
  }
}
