import type { Locator } from 'playwright-core';
import { Shell } from './shell';

/** What every ballot page shares: waiting until it has loaded, sections, dialog and messages. */
class BallotShell extends Shell {
  /** Waits until nothing says "Wird geladen …" / "Loading …" any more. */
  async loaded(): Promise<void> {
    await this.heading().waitFor();
    await this.main().getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
  }

  section(name: string): Locator {
    return this.main().getByRole('region', { name, exact: true });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  button(scope: Locator, name: string): Locator {
    return scope.getByRole('button', { name, exact: true });
  }

  /** Answers the open confirm dialog with its confirming button. */
  async confirm(label: string): Promise<void> {
    await this.dialog().getByRole('button', { name: label, exact: true }).click();
    await this.dialog().waitFor({ state: 'hidden' });
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert').first();
  }
}

/** /alliances/:slug/bodies/:bodyId/ballots — running and prepared ballots, and the history of results. */
export class BodyBallotsPage extends BallotShell {
  /** Follows the body's link "Abstimmungen und Ergebnisse" on the alliance overview. */
  async openFromOverview(slug: string, body: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}`);
    await this.heading().waitFor();
    await this.main().getByRole('link', { name: `Abstimmungen und Ergebnisse: ${body}`, exact: true }).click();
    await this.waitForHeading(`Abstimmungen – ${body}`);
    await this.loaded();
  }

  /** The link of a ballot in one of the lists. */
  ballotLink(title: string): Locator {
    return this.main().getByRole('link', { name: title, exact: true });
  }

  /** The row of a ballot in "Ergebnisse", as its cells' texts. */
  async historyRow(title: string): Promise<string[]> {
    const row = this.section('Ergebnisse')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
    await row.waitFor();
    return (await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts()).map((text) => text.trim());
  }
}

export interface NewBallot {
  readonly title: string;
  readonly motion: string;
  readonly majority?: string;
  readonly voteChanges?: boolean;
}

/** /alliances/:slug/bodies/:bodyId/ballots/new — the form of a new ballot. */
export class NewBallotPage extends BallotShell {
  async openFrom(list: BodyBallotsPage): Promise<void> {
    await list.main().getByRole('link', { name: 'Neue Abstimmung vorbereiten', exact: true }).click();
    await this.waitForHeading('Neue Abstimmung vorbereiten');
  }

  field(label: string): Locator {
    return this.main().getByLabel(label, { exact: true });
  }

  /** Fills the form and submits it; returns the new ballot's page once it shows. */
  async create(ballot: NewBallot): Promise<BallotPage> {
    await this.field('Titel').fill(ballot.title);
    await this.field('Antragstext').fill(ballot.motion);
    if (ballot.majority) await this.main().getByRole('radio', { name: new RegExp(`^${ballot.majority}:`) }).check();
    if (ballot.voteChanges) {
      await this.main().getByRole('checkbox', { name: 'Stimmberechtigte dürfen ihre Stimme ändern, solange die Abstimmung läuft', exact: true }).check();
    }
    await this.button(this.main(), 'Abstimmung vorbereiten').click();
    const page = new BallotPage(this.page);
    await page.waitForHeading(ballot.title);
    return page;
  }
}

/** /alliances/:slug/ballots/:id — voting, running the ballot, participation and the result. */
export class BallotPage extends BallotShell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.loaded();
  }

  /** The address of this ballot, to open it in other people's browsers. */
  path(): string {
    return new URL(this.page.url()).pathname;
  }

  statusBadge(text: string): Locator {
    return this.main().locator('.ballot-heading').getByText(text, { exact: true });
  }

  /** "3 von 12 Stimmberechtigten haben abgestimmt." — the live region of "Beteiligung". */
  participation(): Locator {
    return this.section('Beteiligung').getByRole('status');
  }

  async waitForParticipation(cast: number): Promise<string> {
    const text = this.participation().filter({ hasText: new RegExp(`^${cast} von \\d+ Stimmberechtigten haben abgestimmt\\.$`) });
    await text.waitFor();
    return text.innerText();
  }

  progressBar(): Locator {
    return this.section('Beteiligung').getByRole('progressbar', { name: 'Beteiligung', exact: true });
  }

  /** The page's announcement of a change (opened, closed with the result). */
  announcement(): Locator {
    return this.main().getByTestId('ballot-announcement');
  }

  controls(): Locator {
    return this.section('Leitung der Abstimmung');
  }

  /** Runs a step of "Leitung der Abstimmung" (open, close, cancel) and answers its question. */
  async step(label: 'Abstimmung öffnen' | 'Abstimmung schließen' | 'Abstimmung abbrechen'): Promise<void> {
    await this.button(this.controls(), label).click();
    await this.confirm(label);
  }

  votePanel(): Locator {
    return this.section('Ihre Stimme');
  }

  /** Chooses an answer (for oneself, or — with `forName` — for whoever handed over their vote), confirms and waits for "abgestimmt". */
  async vote(choice: string, options: { forName?: string; dissent?: string } = {}): Promise<void> {
    const panel = this.votePanel();
    const legend = options.forName ? `Wie stimmen Sie für ${options.forName}?` : 'Wie stimmen Sie?';
    const form = panel.locator('form').filter({ has: this.page.getByRole('group', { name: legend, exact: true }) });
    await form.getByRole('group', { name: legend, exact: true }).getByRole('radio', { name: choice, exact: true }).check();
    if (options.dissent) await form.getByLabel('Abweichende Meinung (freiwillig)', { exact: true }).fill(options.dissent);
    await this.button(form, 'Weiter zur Bestätigung').click();
    await this.confirm('Stimme abgeben');
    const done = options.forName ? `Die Stimme für ${options.forName} ist abgegeben.` : 'Sie haben abgestimmt.';
    await panel.locator('.ballot-voted').filter({ hasText: done }).waitFor();
  }

  delegation(): Locator {
    return this.section('Stimme übertragen');
  }

  async delegateTo(name: string): Promise<void> {
    await this.delegation().getByLabel('Übertragen an', { exact: true }).selectOption({ label: name });
    await this.button(this.delegation(), 'Stimme übertragen').click();
    await this.delegation().getByRole('status').filter({ hasText: `Ihre Stimme ist an ${name} übertragen.` }).waitFor();
  }

  result(): Locator {
    return this.section('Ergebnis');
  }

  /** Waits for the result to appear (without reloading) and returns verdict and reason. */
  async waitForResult(): Promise<{ verdict: string; reason: string }> {
    const result = this.result();
    await result.waitFor();
    const verdict = (await result.locator('.ballot-verdict').innerText()).trim();
    const reason = (await result.getByTestId('ballot-reason').innerText()).trim();
    return { verdict, reason };
  }

  /** The chart of the result: one image whose name summarises it. */
  chart(): Locator {
    return this.result().getByRole('img').first();
  }

  /** Rows of "Stimmberechtigte" as [name, weight, voted, choice, dissent]. */
  async voterRows(): Promise<string[][]> {
    const rows = await this.section('Stimmberechtigte').getByRole('row').all();
    const texts: string[][] = [];
    for (const row of rows.slice(1)) texts.push((await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts()).map((text) => text.trim()));
    return texts;
  }
}
