import type { Locator, Page } from 'playwright-core';
import { fact, Shell } from './shell';

/** The demo seed's Digital focus group in Hessen and who sits in it (libs/api/demo/src/data/hessen.ts). */
export const DIGITAL_GROUP = {
  name: 'Fokusgruppe Digitaler Wandel und Handwerk',
  actionField: 'Fachkräftesicherung im digitalen Wandel und im Handwerk',
  chair: { email: 'fokusgruppe-vorsitz@hessen.example.org', name: 'Dr. Frieder Haas' },
  deputy: { email: 'fokusgruppe-stellvertretung@hessen.example.org', name: 'Monika Lange' },
  member: { email: 'mitglied@hessen.example.org', name: 'Oliver Frank' },
} as const;

/** The German labels of the editor's fields (the e2e suite runs in German unless a test switches). */
export const FIELD = {
  focusGroup: 'Fokusgruppe',
  actionField: 'Handlungsfeld',
  title: 'Titel',
  problem: 'Problem',
  measure: 'Maßnahme',
  expectedEffect: 'Erwartete Wirkung',
  timeFrame: 'Zeitrahmen',
  costNotes: 'Hinweise zu Kosten',
} as const;
export type TextFieldLabel = (typeof FIELD)[Exclude<keyof typeof FIELD, 'focusGroup' | 'actionField'>];

export const STATE = {
  DRAFT: 'Entwurf',
  SUBMITTED: 'Eingereicht',
  RETURNED: 'Zurückgegeben',
  APPROVED: 'Befürwortet',
  ADOPTED: 'Übernommen',
  REJECTED: 'Abgelehnt',
  WITHDRAWN: 'Zurückgezogen',
} as const;

export interface DraftContent {
  readonly title: string;
  readonly problem?: string;
  readonly measure?: string;
  readonly expectedEffect?: string;
  readonly timeFrame?: string;
  readonly costNotes?: string;
  /** Labels of organisation kinds as the form shows them, e.g. "Kammern". */
  readonly addresseeKinds?: readonly string[];
  /** Organisation names as the form shows them, e.g. "Hessischer Städtetag". */
  readonly organisations?: readonly string[];
  /** Focus group name; the first group the viewer may draft in when absent. */
  readonly group?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body rows of a table as texts of their cells (row headers included), skipping the header row. */
async function tableRows(table: Locator): Promise<string[][]> {
  const texts: string[][] = [];
  for (const row of await table.getByRole('row').all()) {
    const cells = await row.locator('th[scope=row], td').allInnerTexts();
    if (cells.length > 0) texts.push(cells.map((cell) => cell.trim()));
  }
  return texts;
}

/** Waits until nothing in main says "Wird geladen …" / "Loading …" any more. */
async function loaded(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
}

/** /alliances/:slug/recommendations[?group=] — the focus groups' recommendations by state. */
export class RecommendationWorkspacePage extends Shell {
  async open(slug: string, focusGroupId?: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/recommendations${focusGroupId ? `?group=${focusGroupId}` : ''}`);
    await this.heading().waitFor();
    await loaded(this.page);
    await this.stateSection(STATE.DRAFT).waitFor();
  }

  /** Narrows the list to one focus group with the filter links. */
  async chooseGroup(name: string): Promise<void> {
    await this.navigation('Fokusgruppe wählen').getByRole('link', { name, exact: true }).click();
    await this.waitForHeading(`Handlungsempfehlungen – ${name}`);
    await loaded(this.page);
  }

  /** The section of one state, e.g. "Entwurf (3)". */
  stateSection(state: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escape(state)} \\(\\d+\\)$`) });
  }

  /** How many recommendations the heading of a state counts. */
  async countIn(state: string): Promise<number> {
    const name = await this.stateSection(state).getByRole('heading', { level: 2 }).innerText();
    return Number(/\((\d+)\)/.exec(name)?.[1] ?? Number.NaN);
  }

  /** The titles listed in one state. */
  titlesIn(state: string): Promise<string[]> {
    return this.stateSection(state).getByRole('heading', { level: 3 }).allInnerTexts();
  }

  /** The card of one recommendation (an article named by its title). */
  card(title: string): Locator {
    return this.main().getByRole('article', { name: title, exact: true });
  }

  /** The focus group of every card listed, as each card names it. */
  async groupsListed(): Promise<string[]> {
    const groups: string[] = [];
    for (const card of await this.main().getByRole('article').all()) groups.push((await fact(card, 'Fokusgruppe').innerText()).trim());
    return groups;
  }

  newRecommendationLink(): Locator {
    return this.main().getByRole('link', { name: 'Neue Empfehlung', exact: true });
  }

  reviewQueueLink(): Locator {
    return this.main().getByRole('link', { name: 'Zur Prüfliste', exact: true });
  }

  async openRecommendation(title: string): Promise<RecommendationPage> {
    await this.card(title).getByRole('link', { name: title, exact: true }).click();
    const detail = new RecommendationPage(this.page);
    await detail.waitForHeading(title);
    await loaded(this.page);
    return detail;
  }
}

/** /alliances/:slug/recommendations/new — a new draft; only the title is required. */
export class NewRecommendationPage extends Shell {
  async open(slug: string, focusGroupId?: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/recommendations/new${focusGroupId ? `?group=${focusGroupId}` : ''}`);
    await this.waitForHeading('Neue Handlungsempfehlung');
  }

  field(label: string): Locator {
    return this.main().getByLabel(label, { exact: true });
  }

  submitButton(): Locator {
    return this.main().getByRole('button', { name: 'Entwurf anlegen', exact: true });
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert').first();
  }

  async fill(content: DraftContent): Promise<void> {
    if (content.group) await this.field(FIELD.focusGroup).selectOption({ label: content.group });
    await this.field(FIELD.title).fill(content.title);
    const texts: [TextFieldLabel, string | undefined][] = [
      [FIELD.problem, content.problem],
      [FIELD.measure, content.measure],
      [FIELD.expectedEffect, content.expectedEffect],
      [FIELD.timeFrame, content.timeFrame],
      [FIELD.costNotes, content.costNotes],
    ];
    for (const [label, text] of texts) if (text !== undefined) await this.field(label).fill(text);
    for (const kind of content.addresseeKinds ?? []) await addresseeKinds(this.main()).getByLabel(kind, { exact: true }).check();
    for (const name of content.organisations ?? []) await addresseeOrganisations(this.main()).getByLabel(name).check();
  }

  /** Fills the form, creates the draft and lands on its page; returns that page (its id is in the URL). */
  async create(content: DraftContent): Promise<RecommendationPage> {
    await this.fill(content);
    await this.submitButton().click();
    await this.page.waitForURL(/\/recommendations\/(?!new)[^/?]+$/);
    const detail = new RecommendationPage(this.page);
    await detail.waitForHeading(content.title);
    await loaded(this.page);
    return detail;
  }
}

function addresseeKinds(scope: Locator): Locator {
  return scope.getByRole('group', { name: 'Adressierte Arten von Organisationen', exact: true });
}

function addresseeOrganisations(scope: Locator): Locator {
  return scope.getByRole('group', { name: 'Adressierte Organisationen', exact: true });
}

/** /alliances/:slug/recommendations/:id — facts, workflow, the editor (or read view), history and discussion. */
export class RecommendationPage extends Shell {
  async open(slug: string, id: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/recommendations/${id}`);
    await this.heading().waitFor();
    await loaded(this.page);
  }

  /** The recommendation's id, from the address. */
  id(): string {
    const match = /\/recommendations\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!match?.[1]) throw new Error(`not on a recommendation page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  /** The value next to "Stand", "Fokusgruppe", "Fassung", … */
  fact(term: string): Locator {
    return fact(this.main(), term);
  }

  async state(): Promise<string> {
    return (await this.fact('Stand').innerText()).trim();
  }

  /** Waits until the page shows the recommendation in this state (after a step, the page reloads it). */
  async waitForState(state: string): Promise<void> {
    await this.fact('Stand').filter({ hasText: new RegExp(`^\\s*${escape(state)}\\s*$`) }).waitFor();
  }

  // ── the editor ──

  editor(): Locator {
    return this.page.getByRole('region', { name: 'Bearbeiten', exact: true });
  }

  field(label: string): Locator {
    return this.editor().getByLabel(label, { exact: true });
  }

  /** Replaces a text field's content, as a paste would (one change, then the autosave delay). */
  async editField(label: TextFieldLabel, text: string): Promise<void> {
    await this.field(label).fill(text);
  }

  /** Types at the end of a field key by key, as a person does. */
  async typeInto(label: TextFieldLabel, text: string): Promise<void> {
    const field = this.field(label);
    await field.focus();
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  async checkAddresseeKind(kind: string): Promise<void> {
    await addresseeKinds(this.editor()).getByLabel(kind, { exact: true }).check();
  }

  async checkOrganisation(name: string): Promise<void> {
    await addresseeOrganisations(this.editor()).getByLabel(name).check();
  }

  /** The polite live region of the autosave: "Gespeichert 14:03", "Wird gespeichert …", "Nicht gespeichert". */
  saveStatus(): Locator {
    return this.editor().getByRole('status').filter({ hasText: /^(Gespeichert|Wird gespeichert|Nicht gespeichert|Saved|Saving|Not saved)/ }).first();
  }

  /** Waits until the autosave says "Gespeichert HH:MM" (everything typed is on the server). */
  async waitUntilSaved(timeout = 15_000): Promise<void> {
    await this.editor()
      .getByRole('status')
      .filter({ hasText: /^(Gespeichert|Saved) \d{1,2}:\d{2}/ })
      .first()
      .waitFor({ timeout });
  }

  /** Leaves the field (Tab), which saves at once instead of after the pause. */
  async leaveField(): Promise<void> {
    await this.page.keyboard.press('Tab');
  }

  // ── workflow ──

  workflow(): Locator {
    return this.page.getByRole('region', { name: 'Bearbeitungsstand', exact: true });
  }

  actionButton(name: string): Locator {
    return this.workflow().getByRole('button', { name, exact: true });
  }

  /** The message after a step ("Einreichen: erledigt. Neuer Stand: Eingereicht."), which takes focus. */
  notice(): Locator {
    return this.workflow().getByRole('status').filter({ hasText: /\S/ }).first();
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert').filter({ has: this.page.locator('.alert__title') }).first();
  }

  /** Takes a step without a question (Einreichen, Befürworten) and waits for the new state. */
  async step(action: string, newState: string): Promise<void> {
    await this.actionButton(action).click();
    await this.notice().filter({ hasText: `Neuer Stand: ${newState}.` }).waitFor();
    await this.waitForState(newState);
  }

  submit(): Promise<void> {
    return this.step('Einreichen', STATE.SUBMITTED);
  }

  approve(): Promise<void> {
    return this.step('Befürworten', STATE.APPROVED);
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the dialog of a step that asks first, writes the reason (if any) and confirms. */
  async stepWithDialog(action: string, newState: string, reason?: string): Promise<void> {
    await this.actionButton(action).click();
    const dialog = this.dialog();
    await dialog.waitFor();
    if (reason !== undefined) await dialog.getByLabel('Begründung', { exact: true }).fill(reason);
    await dialog.getByRole('button', { name: action, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.notice().filter({ hasText: `Neuer Stand: ${newState}.` }).waitFor();
    await this.waitForState(newState);
  }

  returnWithReason(reason: string): Promise<void> {
    return this.stepWithDialog('Zurückgeben', STATE.RETURNED, reason);
  }

  reject(reason: string): Promise<void> {
    return this.stepWithDialog('Ablehnen', STATE.REJECTED, reason);
  }

  withdraw(): Promise<void> {
    return this.stepWithDialog('Zurückziehen', STATE.WITHDRAWN);
  }

  /** The chair's reason shown at the top while the recommendation is returned. */
  returnedReason(): Locator {
    return this.main().locator('.returned-reason .prose');
  }

  /** The workflow history as one text per step. */
  transitions(): Promise<string[]> {
    return this.page.getByRole('region', { name: 'Verlauf der Bearbeitung', exact: true }).getByRole('listitem').allInnerTexts();
  }

  historyLink(): Locator {
    return this.main().getByRole('link', { name: 'Fassungen vergleichen', exact: true });
  }

  async openHistory(): Promise<RecommendationHistoryPage> {
    await this.historyLink().click();
    const history = new RecommendationHistoryPage(this.page);
    await history.ready();
    return history;
  }

  supportButton(): Locator {
    return this.main().getByRole('button', { name: 'Unterstützen', exact: true });
  }

  // ── conflicts ──

  conflict(): Locator {
    return this.page.getByRole('region', { name: 'Jemand anderes hat diese Empfehlung inzwischen geändert', exact: true });
  }

  /** One field of the conflict view (a group named by the field's label). */
  conflictField(label: string): Locator {
    return this.conflict().getByRole('group', { name: label, exact: true });
  }

  /** The text of one side of a field in the conflict view: "Ihre Fassung" or "Aktuelle Fassung von …". */
  conflictVersion(label: string, side: 'mine' | 'theirs'): Locator {
    const heading = side === 'mine' ? /^(Ihre Fassung|Your version)$/ : /^(Aktuelle Fassung|Current version)/;
    return this.conflictField(label).locator('.conflict__columns > div').filter({ has: this.page.getByRole('heading', { name: heading }) }).locator('p');
  }

  async keepMine(label: string): Promise<void> {
    await this.conflictField(label).getByLabel('Meine Fassung behalten', { exact: true }).check();
  }

  async takeTheirs(label: string): Promise<void> {
    await this.conflictField(label).getByLabel('Aktuelle Fassung übernehmen', { exact: true }).check();
  }

  /** Saves the chosen versions on top of the current one and waits for "Gespeichert". */
  async resolveConflict(): Promise<void> {
    await this.conflict().getByRole('button', { name: 'Auswahl übernehmen und speichern', exact: true }).click();
    await this.conflict().waitFor({ state: 'detached' });
    await this.waitUntilSaved();
  }

  // ── discussion ──

  discussion(): Locator {
    return this.page.getByRole('region', { name: 'Diskussion', exact: true });
  }

  async postComment(text: string): Promise<void> {
    const discussion = this.discussion();
    await discussion.getByLabel('Kommentar', { exact: true }).fill(text);
    await discussion.getByRole('button', { name: 'Kommentieren', exact: true }).click();
    await discussion.getByRole('status').filter({ hasText: 'Ihr Kommentar ist gespeichert.' }).waitFor();
    await discussion.getByText(text, { exact: true }).waitFor();
  }

  /** Every thread shown (each an article). */
  threads(): Locator {
    return this.discussion().getByRole('article');
  }

  /** A thread (an article) that contains this text. */
  thread(text: string): Locator {
    return this.discussion().getByRole('article').filter({ hasText: text }).first();
  }
}

/** /alliances/:slug/recommendations/:id/history — revisions and a word diff of any two. */
export class RecommendationHistoryPage extends Shell {
  async open(slug: string, id: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/recommendations/${id}/history`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: /^(Verlauf|History): / }).waitFor();
    await loaded(this.page);
  }

  /** The revisions as rows of cells: number, author, time (newest first). */
  revisions(): Promise<string[][]> {
    return tableRows(this.page.getByRole('region', { name: 'Fassungen', exact: true }).getByRole('table'));
  }

  /** Chooses two revisions by number and compares them. */
  async compare(from: number, to: number): Promise<void> {
    const select = async (label: string, number: number) => {
      const field = this.main().getByLabel(label, { exact: true });
      const option = field.locator('option').filter({ hasText: new RegExp(`^Fassung ${number}( |$)`) });
      await field.selectOption({ label: (await option.innerText()).trim() });
    };
    await select('Ältere Fassung', from);
    await select('Neuere Fassung', to);
    await this.main().getByRole('button', { name: 'Vergleichen', exact: true }).click();
    await this.comparison(from, to).waitFor();
    await loaded(this.page);
  }

  comparison(from: number, to: number): Locator {
    return this.page.getByRole('region', { name: `Fassung ${from} mit Fassung ${to}`, exact: true });
  }

  /** The diff of one changed field (a region named by the field's label). */
  fieldDiff(label: string): Locator {
    return this.main().locator('.comparison').getByRole('region', { name: label, exact: true });
  }

  insertions(label: string): Promise<string[]> {
    return this.fieldDiff(label).locator('ins').allInnerTexts();
  }

  deletions(label: string): Promise<string[]> {
    return this.fieldDiff(label).locator('del').allInnerTexts();
  }

  /** The folded fields that did not change ("Titel (unverändert)"). */
  unchangedFields(): Promise<string[]> {
    return this.main().locator('.comparison details > summary').allInnerTexts();
  }
}

/** /alliances/:slug/review — the chair's queue of submitted recommendations. */
export class ReviewQueuePage extends Shell {
  async open(slug: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/review`);
    await this.heading().waitFor();
    await loaded(this.page);
  }

  /** The queue as rows: title, group (and action field), authors, submitted since. */
  rows(): Promise<string[][]> {
    return tableRows(this.main().getByRole('table'));
  }

  reviewLink(title: string): Locator {
    return this.main().getByRole('link', { name: `Prüfen: ${title}`, exact: true });
  }

  /** Opens a recommendation from the queue to review it on its page. */
  async openReview(title: string): Promise<RecommendationPage> {
    await this.reviewLink(title).click();
    const detail = new RecommendationPage(this.page);
    await detail.waitForHeading(title);
    await loaded(this.page);
    return detail;
  }
}

/** Everything a submission needs, for tests that only want an approved recommendation to work with. */
export const COMPLETE_DRAFT: Omit<DraftContent, 'title'> = {
  group: DIGITAL_GROUP.name,
  problem: 'Betriebe im Handwerk finden zu wenige Auszubildende.',
  measure: 'Ausbildungsbotschafterinnen und -botschafter besuchen Schulen in allen Landkreisen.',
  expectedEffect: 'Mehr Bewerbungen um Ausbildungsplätze im Handwerk.',
  timeFrame: 'bis Ende 2027',
  addresseeKinds: ['Kammern'],
};

/**
 * Drafts a complete recommendation as the member (their page signed in), submits it, and has the
 * chair (their page signed in) approve it from the review queue; returns its id. For the plan's
 * full-flow test, which goes on to place it in a plan version.
 */
export async function approvedRecommendation(options: {
  readonly slug: string;
  readonly memberPage: Page;
  readonly chairPage: Page;
  readonly title: string;
  readonly content?: Omit<DraftContent, 'title'>;
}): Promise<string> {
  const form = new NewRecommendationPage(options.memberPage);
  await form.open(options.slug);
  const draft = await form.create({ ...COMPLETE_DRAFT, ...options.content, title: options.title });
  await draft.submit();
  const id = draft.id();
  const queue = new ReviewQueuePage(options.chairPage);
  await queue.open(options.slug);
  const review = await queue.openReview(options.title);
  await review.approve();
  return id;
}
