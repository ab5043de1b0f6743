import type { Download, Locator } from 'playwright-core';
import { Shell } from './shell';

/** What every page of a declaration shares: waiting until it has loaded, sections, the confirm dialog, notices. */
class DeclarationShell extends Shell {
  /** Waits until nothing says "Wird geladen …" / "Loading …" any more. */
  async loaded(): Promise<void> {
    await this.heading().waitFor();
    await this.main().getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
  }

  section(name: string | RegExp): Locator {
    return this.main().getByRole('region', { name, exact: typeof name === 'string' });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Answers the open confirm dialog with its confirming button. */
  async confirm(label: string): Promise<void> {
    await this.dialog().getByRole('button', { name: label, exact: true }).click();
    await this.dialog().waitFor({ state: 'hidden' });
  }

  /** A polite status message with this text (after saving, a step, …), once it is there. */
  async notice(text: string | RegExp): Promise<string> {
    const notice = this.main().getByRole('status').filter({ hasText: text }).first();
    await notice.waitFor();
    return notice.innerText();
  }

  button(name: string, scope: Locator = this.main()): Locator {
    return scope.getByRole('button', { name, exact: true });
  }

  link(name: string, scope: Locator = this.main()): Locator {
    return scope.getByRole('link', { name, exact: true });
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert').first();
  }
}

/** /alliances/:slug/declarations — the list and "Neue Erklärung beginnen". */
export class DeclarationListPage extends DeclarationShell {
  async open(slug: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/declarations`);
    await this.waitForHeading('Gemeinsame Erklärungen');
    await this.loaded();
  }

  /** Begins a declaration of the body; leaves its reader open. */
  async create(title: string, body: string): Promise<DeclarationReader> {
    const form = this.section('Neue Erklärung beginnen');
    await form.getByLabel('Titel', { exact: true }).fill(title);
    await form.getByLabel('Gremium', { exact: true }).selectOption({ label: body });
    await this.button('Erklärung anlegen', form).click();
    const reader = new DeclarationReader(this.page);
    await reader.waitForHeading(title);
    await reader.loaded();
    return reader;
  }
}

/** /alliances/:slug/declarations/:id — the text with amendments beside its paragraphs, steps, downloads. */
export class DeclarationReader extends DeclarationShell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.loaded();
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  /** The phase marked as current in "Phasen der Erklärung". */
  async currentPhase(): Promise<string> {
    const current = this.main().getByRole('list', { name: 'Phasen der Erklärung', exact: true }).locator('[aria-current="step"]');
    return (await current.locator('.declaration-phases__name').innerText()).trim();
  }

  /** Moves on to the next phase and waits until the reader shows it. */
  async advanceTo(phase: string): Promise<void> {
    await this.button(`Weiter zur Phase „${phase}“`).click();
    await this.confirm('Phase beginnen');
    await this.notice(`Die Erklärung ist jetzt in der Phase „${phase}“.`);
    await this.main().getByRole('list', { name: 'Phasen der Erklärung', exact: true }).locator('[aria-current="step"]', { hasText: phase }).waitFor();
  }

  /** The text of a numbered paragraph, as it reads (struck-through words included, marked by the screen-reader words). */
  paragraph(number: number): Locator {
    return this.main()
      .locator('.declaration-paragraph')
      .filter({ has: this.page.locator('.declaration-paragraph__number', { hasText: new RegExp(`^Absatz ${number}$`) }) })
      .locator('.declaration-paragraph__text');
  }

  /** The amendments beside a paragraph. */
  amendmentsOf(number: number): Locator {
    return this.main().getByRole('complementary', { name: `Änderungsanträge zu Absatz ${number}`, exact: true });
  }

  async proposeTo(number: number): Promise<AmendmentForm> {
    await this.link(`Änderung zu Absatz ${number} beantragen`).click();
    const form = new AmendmentForm(this.page);
    await form.waitForHeading('Änderung beantragen');
    await form.loaded();
    return form;
  }

  async edit(): Promise<DraftEditor> {
    await this.link('Text bearbeiten').click();
    const editor = new DraftEditor(this.page);
    await editor.heading().filter({ hasText: /^Text bearbeiten – / }).waitFor();
    await editor.loaded();
    return editor;
  }

  async deciding(): Promise<DecidingView> {
    await this.link('Änderungsanträge entscheiden').click();
    const view = new DecidingView(this.page);
    await view.heading().filter({ hasText: /^Änderungsanträge entscheiden – / }).waitFor();
    await view.loaded();
    return view;
  }

  async endorsements(): Promise<EndorsementPage> {
    await this.link('Mitzeichnungen').click();
    const page = new EndorsementPage(this.page);
    await page.heading().filter({ hasText: /^Mitzeichnungen – / }).waitFor();
    await page.loaded();
    return page;
  }

  /** Downloads the adopted declaration as PDF. */
  async downloadPdf(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.link('Als PDF herunterladen').click()]);
    return download;
  }
}

/** /alliances/:slug/declarations/:id/edit — the drafting team's editor. */
export class DraftEditor extends DeclarationShell {
  field(label: string): Locator {
    return this.main().getByLabel(label, { exact: true });
  }

  async write(text: { preamble: string; sections: readonly { heading: string; paragraphs: readonly string[] }[] }): Promise<void> {
    await this.field('Präambel').fill(text.preamble);
    for (const [index, section] of text.sections.entries()) {
      const number = index + 1;
      if ((await this.field(`Überschrift von Abschnitt ${number}`).count()) === 0) {
        await this.button('Abschnitt hinzufügen').click();
        await this.notice(`Abschnitt ${number} ist hinzugefügt.`);
      }
      await this.field(`Überschrift von Abschnitt ${number}`).fill(section.heading);
      await this.field(`Absätze von Abschnitt ${number}`).fill(section.paragraphs.join('\n\n'));
    }
  }

  /** Saves and returns the revision's number from "Gespeichert als Fassung n.". */
  async save(): Promise<number> {
    await this.button('Als neue Fassung speichern').click();
    const text = await this.notice(/^Gespeichert als Fassung \d+\.$/);
    return Number(/\d+/.exec(text)?.[0]);
  }
}

/** /alliances/:slug/declarations/:id/amendments/new — the amendment form with its live diff. */
export class AmendmentForm extends DeclarationShell {
  textField(): Locator {
    return this.main().getByLabel('Neuer Wortlaut', { exact: true });
  }

  /** The live word diff under "Ihre Änderung". */
  diff(): Locator {
    return this.section('Ihre Änderung');
  }

  inserted(): Locator {
    return this.diff().locator('ins');
  }

  deleted(): Locator {
    return this.diff().locator('del');
  }

  /** Proposes the new wording with a reason; returns the new amendment's page. */
  async propose(text: string, reason: string): Promise<AmendmentPage> {
    await this.textField().fill(text);
    await this.main().getByLabel('Begründung', { exact: true }).fill(reason);
    await this.button('Antrag stellen').click();
    const page = new AmendmentPage(this.page);
    await page.heading().filter({ hasText: /^Änderungsantrag \d+$/ }).waitFor();
    await page.notice('Ihr Antrag ist gestellt.');
    return page;
  }
}

/** /alliances/:slug/declarations/:id/amendments/:id — one amendment. */
export class AmendmentPage extends DeclarationShell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.loaded();
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  async number(): Promise<number> {
    return Number(/\d+/.exec(await this.heading().innerText())?.[0]);
  }

  /** A fact of the amendment ("Stand", "Entscheidung", …). */
  fact(term: string): Locator {
    return this.main().getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** Waits until the fact reads this (the page reloads it after a step) and returns it. */
  async waitForFact(term: string, text: string): Promise<string> {
    const fact = this.fact(term).filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
    await fact.waitFor();
    return fact.innerText();
  }

  change(): Locator {
    return this.section('Die Änderung');
  }

  async support(): Promise<void> {
    await this.button('Unterstützen').click();
    await this.notice('Sie unterstützen diesen Antrag.');
  }

  /** The drafting team takes it over, as it is or (with `text`) in a modified wording. */
  async takeOver(text?: string): Promise<void> {
    const takeover = this.section('Übernehmen');
    if (text !== undefined) {
      await takeover.getByRole('radio', { name: 'In geänderter Form übernehmen', exact: true }).check();
      await takeover.getByLabel('Übernommener Wortlaut', { exact: true }).fill(text);
    }
    await this.button('Übernehmen', takeover).click();
    await this.notice('Der Antrag ist übernommen und in den Text eingearbeitet.');
  }
}

/** /alliances/:slug/declarations/:id/deciding — the chair's view, amendment by amendment. */
export class DecidingView extends DeclarationShell {
  /** An amendment's entry (open or decided) by its number. */
  entry(number: number): Locator {
    return this.main()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: `Änderungsantrag ${number}`, exact: true }) });
  }

  openSection(): Locator {
    return this.section(/^Offen \(\d+\)$/);
  }

  decidedSection(): Locator {
    return this.section(/^Entschieden \(\d+\)$/);
  }
}

/** /alliances/:slug/declarations/:id/endorsements — answers of the partner organisations. */
export class EndorsementPage extends DeclarationShell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.loaded();
  }

  /** A representative answers for the organisation; with a reservation, ENDORSED_WITH_RESERVATION. */
  async answer(organisation: string, answer: 'Mitgezeichnet' | 'Mitgezeichnet mit Vorbehalt' | 'Abgelehnt', reservation?: string): Promise<void> {
    const form = this.section(`Antwort für ${organisation}`);
    await form.getByRole('radio', { name: answer, exact: true }).check();
    if (reservation !== undefined) await form.getByLabel('Vorbehalt', { exact: true }).fill(reservation);
    await this.button('Antwort geben', form).click();
    await this.notice(`Die Antwort für ${organisation} ist gespeichert.`);
  }

  pending(): Locator {
    return this.section(/^Noch ohne Antwort \(\d+\)$/);
  }

  published(): Locator {
    return this.section('Die veröffentlichte Erklärung');
  }
}
