import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  approvedRecommendation,
  COMPLETE_DRAFT,
  DIGITAL_GROUP,
  FIELD,
  NewRecommendationPage,
  RecommendationHistoryPage,
  RecommendationPage,
  RecommendationWorkspacePage,
  ReviewQueuePage,
  STATE,
} from '../pages/recommendation-pages';
import { signIn } from '../support/accounts';
import { freshVisitorForEachTest, newVisitor, type Visitor } from '../support/chromium';

// Every test drafts its own recommendations: the other specs read Hessen's seeded ones.
const SLUG = 'hessen';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const visitor = freshVisitorForEachTest();

/** A unique title, so reruns against the same database never meet an older draft. */
function unique(title: string): string {
  return `${title} ${Date.now().toString(36)}`;
}

/** A second person in a browser context of their own (closed with the test's browser). */
async function secondVisitor(email: string): Promise<Visitor> {
  const context = await newVisitor(visitor.browser);
  const page = await context.newPage();
  const other: Visitor = { browser: visitor.browser, context, page };
  await signIn(other, email);
  return other;
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The member opens the workspace, follows "Neue Empfehlung" and creates a draft. */
async function draftAsMember(content: Parameters<NewRecommendationPage['create']>[0]): Promise<RecommendationPage> {
  await signIn(visitor, DIGITAL_GROUP.member.email);
  const workspace = new RecommendationWorkspacePage(visitor.page);
  await workspace.open(SLUG);
  await workspace.newRecommendationLink().click();
  const form = new NewRecommendationPage(visitor.page);
  await form.waitForHeading('Neue Handlungsempfehlung');
  return form.create({ group: DIGITAL_GROUP.name, ...content });
}

describe('drafting, review and approval', () => {
  it('a member drafts and submits, the chair returns it with a reason, the member revises and resubmits, the chair approves, and the history shows the change', async () => {
    const title = unique('Digitale Lernorte im Handwerk');
    const detail = await draftAsMember({ title, problem: 'Viele Betriebe bilden ohne digitale Werkzeuge aus.' });
    expect(await detail.state()).toBe(STATE.DRAFT);
    expect(await detail.fact('Fokusgruppe').innerText()).toBe(DIGITAL_GROUP.name);

    // Submitting with fields missing names each one, and each link leads into its field.
    await detail.actionButton('Einreichen').click();
    const summary = detail.errorSummary();
    await summary.waitFor();
    expect(await detail.isFocused(summary)).toBe(true);
    const problems = await summary.getByRole('link').allInnerTexts();
    expect(problems).toEqual(expect.arrayContaining(['Bitte füllen Sie „Maßnahme“ aus.', 'Bitte füllen Sie „Zeitrahmen“ aus.']));
    await summary.getByRole('link', { name: 'Bitte füllen Sie „Maßnahme“ aus.', exact: true }).click();
    expect(await detail.isFocused(detail.field(FIELD.measure))).toBe(true);
    expect(await detail.field(FIELD.measure).getAttribute('aria-invalid')).toBe('true');

    await detail.editField(FIELD.measure, 'Überbetriebliche Lernorte mit digitalen Werkstätten ausstatten.');
    await detail.editField(FIELD.expectedEffect, 'Mehr Ausbildungsplätze in Handwerksberufen.');
    await detail.editField(FIELD.timeFrame, 'bis Ende 2027');
    await detail.checkAddresseeKind('Kammern');
    await detail.waitUntilSaved();
    await detail.submit();
    expect(await detail.isFocused(detail.notice())).toBe(true);
    expect(await detail.editor().count()).toBe(0);
    const id = detail.id();

    // The chair finds it in the review queue and returns it with a reason.
    const chair = await secondVisitor(DIGITAL_GROUP.chair.email);
    const queue = new ReviewQueuePage(chair.page);
    await queue.open(SLUG);
    const row = (await queue.rows()).find((cells) => cells[0] === title);
    expect(row?.[1]).toContain(DIGITAL_GROUP.name);
    expect(row?.[2]).toBe(DIGITAL_GROUP.member.name);
    const review = await queue.openReview(title);
    const reason = 'Bitte ergänzen Sie, was die Ausstattung kostet.';
    await review.returnWithReason(reason);

    // The member sees the reason, revises and submits again.
    await detail.open(SLUG, id);
    expect(await detail.state()).toBe(STATE.RETURNED);
    expect(await detail.returnedReason().innerText()).toBe(reason);
    expect((await detail.transitions()).join('\n')).toContain(reason);
    await detail.editField(FIELD.costNotes, 'Rund 40.000 Euro je Lernort, davon 80 % aus Landesmitteln.');
    await detail.typeInto(FIELD.measure, ' Die Kammern koordinieren die Anschaffung.');
    await detail.leaveField();
    await detail.waitUntilSaved();
    await detail.submit();

    // The chair approves.
    await review.open(SLUG, id);
    await review.approve();
    expect(await review.actionButton('Befürworten').count()).toBe(0);

    // The history lists the revisions and shows the change to the measure word by word.
    const history = await detail.openHistory();
    const revisions = await history.revisions();
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    expect(revisions.every((cells) => cells[1] === DIGITAL_GROUP.member.name)).toBe(true);
    const newest = Number(revisions[0]?.[0]);
    await history.compare(1, newest);
    expect((await history.insertions(FIELD.measure)).join('')).toContain('Die Kammern koordinieren die Anschaffung.');
    expect((await history.insertions(FIELD.costNotes)).join('')).toContain('Rund 40.000 Euro');
    expect(await history.unchangedFields()).toContain('Problem (unverändert)');
    // Addressed kinds are named, not given as codes.
    expect((await history.insertions('Adressaten')).join('')).toContain('Kammern');
    await chair.context.close();
  });
});

describe('two people edit the same draft at once', () => {
  it('refuses the later save with both versions side by side, keeps what was typed, and saves the chosen version', async () => {
    const title = unique('Weiterbildungsverbund Digitalisierung');
    const member = await draftAsMember({ title, problem: 'Ausgangslage: Kleine Betriebe finden kaum passende Weiterbildung.' });
    const id = member.id();

    // The deputy opens the same draft before the member's next save.
    const deputy = await secondVisitor(DIGITAL_GROUP.deputy.email);
    const stale = new RecommendationPage(deputy.page);
    await stale.open(SLUG, id);

    await member.editField(FIELD.problem, 'Ausgangslage: Kleine Betriebe im ländlichen Raum finden kaum passende Weiterbildung.');
    await member.waitUntilSaved();

    const typed = ' Die Stellvertretung ergänzt: Es fehlen auch Lernzeiten.';
    await stale.typeInto(FIELD.problem, typed);
    await stale.conflict().waitFor({ timeout: 15_000 });
    expect(await stale.saveStatus().innerText()).toBe('Nicht gespeichert: Jemand anderes hat inzwischen gespeichert.');
    // Nothing typed is lost: it is still in the field and shown as "Ihre Fassung".
    const mine = `Ausgangslage: Kleine Betriebe finden kaum passende Weiterbildung.${typed}`;
    expect(await stale.field(FIELD.problem).inputValue()).toBe(mine);
    expect(await stale.conflictVersion(FIELD.problem, 'mine').innerText()).toBe(mine);
    expect(await stale.conflictVersion(FIELD.problem, 'theirs').innerText()).toBe(
      'Ausgangslage: Kleine Betriebe im ländlichen Raum finden kaum passende Weiterbildung.',
    );
    expect(
      await stale.conflictField(FIELD.problem).getByRole('heading', { name: `Aktuelle Fassung von ${DIGITAL_GROUP.member.name}`, exact: true }).count(),
    ).toBe(1);
    expect((await stale.conflictField(FIELD.problem).locator('ins').allInnerTexts()).join('')).toContain('Es fehlen auch Lernzeiten.');
    // Unsaved input also survives a reload of the window until it is saved.
    expect(await deputy.page.evaluate((key) => sessionStorage.getItem(key), `pakt.recommendation.${id}`)).toContain('Lernzeiten');

    await stale.keepMine(FIELD.problem);
    await stale.resolveConflict();
    expect(await deputy.page.evaluate((key) => sessionStorage.getItem(key), `pakt.recommendation.${id}`)).toBeNull();

    await member.open(SLUG, id);
    expect(await member.field(FIELD.problem).inputValue()).toBe(mine);
    await deputy.context.close();
  });

  it('puts unsaved input back after a reload and saves it', async () => {
    const title = unique('Mentoring für Gründungen im Handwerk');
    const detail = await draftAsMember({ title });
    await visitor.page.route('**/graphql', async (route) => {
      // The connection drops for saves only; everything else still loads.
      if ((route.request().postData() ?? '').includes('UpdateRecommendation')) await route.abort();
      else await route.continue();
    });
    await detail.editField(FIELD.problem, 'Nachfolge in Handwerksbetrieben ist ungeklärt.');
    await detail.editor().getByRole('status').filter({ hasText: /^Nicht gespeichert: Die Verbindung ist gestört/ }).waitFor({ timeout: 15_000 });
    await visitor.page.unroute('**/graphql');
    await visitor.page.reload();
    await detail.heading().waitFor();
    await detail.editor().getByText('Ungespeicherte Eingaben aus dieser Sitzung wurden wiederhergestellt.').waitFor();
    expect(await detail.field(FIELD.problem).inputValue()).toBe('Nachfolge in Handwerksbetrieben ist ungeklärt.');
    await detail.waitUntilSaved();
    await detail.open(SLUG, detail.id());
    expect(await detail.field(FIELD.problem).inputValue()).toBe('Nachfolge in Handwerksbetrieben ist ungeklärt.');
  });
});

describe('saving as you type', () => {
  it('saves text with spaces around it once (the api trims them) and then rests', async () => {
    const detail = await draftAsMember({ title: unique('Leerzeichen') });
    let saves = 0;
    visitor.page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('UpdateRecommendation')) saves += 1;
    });
    await detail.typeInto(FIELD.expectedEffect, ' Mehr Bewerbungen ');
    await detail.leaveField();
    await detail.waitUntilSaved();
    await visitor.page.waitForTimeout(2_500);
    expect(saves).toBe(1);
    await detail.open(SLUG, detail.id());
    expect(await detail.field(FIELD.expectedEffect).inputValue()).toBe('Mehr Bewerbungen');
  });
});

describe('discussion', () => {
  it('comments, replies, edits the own comment, resolves the thread and supports the recommendation', async () => {
    const title = unique('Digitalkompetenz in der Berufsschule');
    const detail = await draftAsMember({ title, problem: 'Lehrkräfte brauchen Fortbildung.' });
    await detail.postComment('Sollten wir die Berufsschulen ausdrücklich nennen?');
    // The only thread of this new recommendation; its text changes below, so it is not found by text.
    expect(await detail.threads().count()).toBe(1);
    const thread = detail.threads();

    await thread.getByRole('button', { name: /^Antworten/ }).click();
    await thread.getByLabel(`Antwort an ${DIGITAL_GROUP.member.name}`, { exact: true }).fill('Ja, und die Kammern auch.');
    await thread.getByRole('button', { name: 'Antwort senden', exact: true }).click();
    await thread.getByRole('status').filter({ hasText: 'Ihre Antwort ist gespeichert.' }).waitFor();
    await thread.getByText('Ja, und die Kammern auch.', { exact: true }).waitFor();

    await thread.getByRole('button', { name: 'Bearbeiten', exact: true }).first().click();
    await thread.getByLabel('Ihr Kommentar', { exact: true }).fill('Sollten wir die Berufsschulen und Kammern ausdrücklich nennen?');
    await thread.getByRole('button', { name: 'Änderung speichern', exact: true }).click();
    await detail.discussion().getByText('Sollten wir die Berufsschulen und Kammern ausdrücklich nennen?', { exact: true }).waitFor();
    await detail.discussion().getByText('(bearbeitet)').first().waitFor();

    await thread.getByRole('button', { name: 'Als erledigt markieren', exact: true }).click();
    // Resolved threads fold away but stay reachable.
    const folded = detail.discussion().locator('details > summary').filter({ hasText: /^Erledigt: / });
    await folded.waitFor();
    await folded.click();
    await detail.discussion().getByRole('button', { name: 'Wieder öffnen', exact: true }).waitFor();

    const support = detail.supportButton();
    expect(await support.getAttribute('aria-pressed')).toBe('false');
    await support.click();
    await detail.main().getByText('1 Unterstützung', { exact: true }).waitFor();
    expect(await support.getAttribute('aria-pressed')).toBe('true');
  });
  it('a stale edit of a comment is refused, keeps the typed text and shows the current one, and saves when sent again', async () => {
    const detail = await draftAsMember({ title: unique('Kommentar im zweiten Fenster') });
    await detail.postComment('Erste Fassung des Kommentars.');
    const otherPage = await visitor.context.newPage();
    const other = new RecommendationPage(otherPage);
    await other.open(SLUG, detail.id());
    await other.discussion().getByText('Erste Fassung des Kommentars.', { exact: true }).waitFor();

    const thread = detail.threads();
    await thread.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
    await thread.getByLabel('Ihr Kommentar', { exact: true }).fill('Zweite Fassung des Kommentars.');
    await thread.getByRole('button', { name: 'Änderung speichern', exact: true }).click();
    await thread.getByText('Zweite Fassung des Kommentars.', { exact: true }).waitFor();

    const stale = other.threads();
    await stale.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
    const field = stale.getByLabel('Ihr Kommentar', { exact: true });
    await field.fill('Dritte Fassung des Kommentars.');
    await stale.getByRole('button', { name: 'Änderung speichern', exact: true }).click();
    await stale.getByText(/^Dieser Kommentar wurde inzwischen geändert\./).waitFor();
    expect(await field.inputValue()).toBe('Dritte Fassung des Kommentars.');
    expect(await other.isFocused(field)).toBe(true);
    await stale.locator('details > summary').filter({ hasText: 'Aktuelle Fassung' }).click();
    await stale.getByText('Zweite Fassung des Kommentars.', { exact: true }).waitFor();

    await stale.getByRole('button', { name: 'Änderung speichern', exact: true }).click();
    await stale.getByRole('status').filter({ hasText: 'Die Änderung ist gespeichert.' }).waitFor();
    await stale.getByText('Dritte Fassung des Kommentars.', { exact: true }).waitFor();
    await otherPage.close();
  });

  it('shows the first 20 threads and loads the rest on request, moving focus to where they begin', async () => {
    const title = unique('Viele Kommentare');
    const detail = await draftAsMember({ title });
    // Twenty-one threads through the api, as the member, oldest first.
    await visitor.page.evaluate(async (recommendationId) => {
      for (let number = 1; number <= 21; number++) {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation Add($input: AddRecommendationCommentInput!) { addRecommendationComment(input: $input) { id } }',
            variables: { input: { recommendationId, body: `Anmerkung Nummer ${number}` } },
          }),
        });
        if (!response.ok) throw new Error(`comment ${number}: ${response.status}`);
      }
    }, detail.id());
    await detail.open(SLUG, detail.id());
    await detail.discussion().getByText('21 Diskussionsfäden').waitFor();
    expect(await detail.threads().count()).toBe(20);
    expect(await detail.discussion().getByText('Anmerkung Nummer 1', { exact: true }).count()).toBe(1);
    expect(await detail.discussion().getByText('Anmerkung Nummer 21', { exact: true }).count()).toBe(0);
    await detail.discussion().getByRole('button', { name: 'Weitere Kommentare laden', exact: true }).click();
    await detail.discussion().getByText('Anmerkung Nummer 21', { exact: true }).waitFor();
    expect(await detail.threads().count()).toBe(21);
    expect(await detail.discussion().getByRole('button', { name: 'Weitere Kommentare laden', exact: true }).count()).toBe(0);
    expect(await detail.page.evaluate(() => document.activeElement?.textContent?.includes('Anmerkung Nummer 21') ?? false)).toBe(true);
  });
});

describe('keyboard only', () => {
  it('reaches the editor, types, submits, follows the error summary into the field and saves on leaving it', async () => {
    const title = unique('Tastatur: Ausbildungsbotschafter');
    const detail = await draftAsMember({ title });
    await detail.field(FIELD.title).focus();
    expect(await detail.tabTo(detail.field(FIELD.problem), 2)).toBe(1);
    await visitor.page.keyboard.type('Zu wenige Jugendliche kennen die Handwerksberufe.');
    await visitor.page.keyboard.press('Tab');
    expect(await detail.isFocused(detail.field(FIELD.measure))).toBe(true);
    await visitor.page.keyboard.press('Tab');
    await detail.waitUntilSaved();

    const submit = detail.actionButton('Einreichen');
    await submit.focus();
    await visitor.page.keyboard.press('Enter');
    const summary = detail.errorSummary();
    await summary.waitFor();
    expect(await detail.isFocused(summary)).toBe(true);
    const link = summary.getByRole('link', { name: 'Bitte füllen Sie „Maßnahme“ aus.', exact: true });
    await detail.tabTo(link, 5);
    await visitor.page.keyboard.press('Enter');
    expect(await detail.isFocused(detail.field(FIELD.measure))).toBe(true);
    await visitor.page.keyboard.type('Auszubildende besuchen Schulen als Botschafter.');
    await visitor.page.keyboard.press('Tab');
    await detail.waitUntilSaved();
    expect(await detail.field(FIELD.measure).getAttribute('aria-invalid')).toBeNull();

    // Withdrawing asks first; Escape cancels back to the button, Enter on the confirm button withdraws.
    const withdraw = detail.actionButton('Zurückziehen');
    await withdraw.focus();
    await visitor.page.keyboard.press('Enter');
    await detail.dialog().waitFor();
    await visitor.page.keyboard.press('Escape');
    await detail.dialog().waitFor({ state: 'hidden' });
    expect(await detail.isFocused(withdraw)).toBe(true);
    await visitor.page.keyboard.press('Enter');
    await detail.dialog().getByRole('button', { name: 'Zurückziehen', exact: true }).focus();
    await visitor.page.keyboard.press('Enter');
    await detail.waitForState(STATE.WITHDRAWN);
    expect(await detail.isFocused(detail.notice())).toBe(true);
  });
});

describe('WCAG 2.1 AA', () => {
  it('the workspace, the editor with an error summary, the conflict-free history and the review queue have no axe violations', async () => {
    const title = unique('Barrierefreiheit: Digitale Meisterschule');
    const detail = await draftAsMember({ title, problem: 'Meisterkurse sind selten online.' });
    expect(await violations(visitor.page)).toEqual([]);
    await detail.actionButton('Einreichen').click();
    await detail.errorSummary().waitFor();
    expect(await violations(visitor.page)).toEqual([]);

    await detail.editField(FIELD.measure, 'Meisterkurse in Teilzeit auch online anbieten.');
    await detail.editField(FIELD.expectedEffect, 'Mehr Meisterinnen und Meister.');
    await detail.editField(FIELD.timeFrame, 'ab 2026');
    await detail.checkAddresseeKind('Kammern');
    await detail.waitUntilSaved();
    await detail.submit();
    expect(await violations(visitor.page)).toEqual([]);

    const history = new RecommendationHistoryPage(visitor.page);
    await history.open(SLUG, detail.id());
    expect(await violations(visitor.page)).toEqual([]);

    const workspace = new RecommendationWorkspacePage(visitor.page);
    await workspace.open(SLUG);
    expect(await workspace.titlesIn(STATE.SUBMITTED)).toContain(title);
    expect(await violations(visitor.page)).toEqual([]);
    // Narrowed to the member's group, only its recommendations are listed.
    await workspace.chooseGroup(DIGITAL_GROUP.name);
    expect(await workspace.titlesIn(STATE.SUBMITTED)).toContain(title);
    expect(new Set(await workspace.groupsListed())).toEqual(new Set([DIGITAL_GROUP.name]));
    await workspace.switchLanguage('English', 'en');
    await workspace.page.getByRole('heading', { level: 1, name: /^Recommendations – / }).waitFor();
    expect(await violations(visitor.page)).toEqual([]);
    const english = await workspace.openRecommendation(title);
    await english.page.getByRole('region', { name: 'Progress', exact: true }).waitFor();
    expect(await violations(visitor.page)).toEqual([]);

    const chair = await secondVisitor(DIGITAL_GROUP.chair.email);
    const queue = new ReviewQueuePage(chair.page);
    await queue.open(SLUG);
    await queue.reviewLink(title).waitFor();
    expect(await violations(chair.page)).toEqual([]);
    const review = await queue.openReview(title);
    await review.actionButton('Zurückgeben').click();
    await review.dialog().waitFor();
    expect(await violations(chair.page)).toEqual([]);
    await chair.context.close();
  });

  it('the conflict view has no axe violations', async () => {
    const title = unique('Barrierefreiheit: Konfliktansicht');
    const member = await draftAsMember({ title, problem: 'Erste Fassung.' });
    const deputy = await secondVisitor(DIGITAL_GROUP.deputy.email);
    const stale = new RecommendationPage(deputy.page);
    await stale.open(SLUG, member.id());
    await member.editField(FIELD.problem, 'Zweite Fassung des Mitglieds.');
    await member.waitUntilSaved();
    await stale.editField(FIELD.problem, 'Fassung der Stellvertretung.');
    await stale.conflict().waitFor({ timeout: 15_000 });
    expect(await violations(deputy.page)).toEqual([]);
    await deputy.context.close();
  });
});

describe('who sees what', () => {
  it('an approved recommendation is read by the steering board chair outside the group, without editor or workflow steps', async () => {
    await signIn(visitor, DIGITAL_GROUP.member.email);
    const chair = await secondVisitor(DIGITAL_GROUP.chair.email);
    const title = unique('Befürwortet: Ausbildungsbotschafter');
    const id = await approvedRecommendation({ slug: SLUG, memberPage: visitor.page, chairPage: chair.page, title });
    await chair.context.close();

    const board = await secondVisitor('vorsitz@hessen.example.org');
    const workspace = new RecommendationWorkspacePage(board.page);
    await workspace.open(SLUG);
    expect(await workspace.titlesIn(STATE.APPROVED)).toContain(title);
    const detail = await workspace.openRecommendation(title);
    expect(detail.id()).toBe(id);
    expect(await detail.state()).toBe(STATE.APPROVED);
    expect(await detail.editor().count()).toBe(0);
    expect(await detail.workflow().getByRole('button').count()).toBe(0);
    expect(await detail.page.getByRole('region', { name: 'Inhalt', exact: true }).innerText()).toContain(COMPLETE_DRAFT.measure ?? '');
    await board.context.close();
  });

  it('an observer reads the workspace but is offered neither a new recommendation nor the review queue', async () => {
    await signIn(visitor, 'beobachtung@hessen.example.org');
    const workspace = new RecommendationWorkspacePage(visitor.page);
    await workspace.open(SLUG);
    expect(await workspace.newRecommendationLink().count()).toBe(0);
    expect(await workspace.reviewQueueLink().count()).toBe(0);
  });

  it("the group's observer reads a draft without editor, steps or discussion form; an unknown id is not found", async () => {
    const title = unique('Nur lesen');
    const draft = await draftAsMember({ title, problem: 'Beobachtung liest mit.' });
    const observer = await secondVisitor('beobachtung@hessen.example.org');
    const reader = new RecommendationPage(observer.page);
    await reader.open(SLUG, draft.id());
    expect(await reader.heading().innerText()).toBe(title);
    expect(await reader.editor().count()).toBe(0);
    expect(await reader.workflow().getByRole('button').count()).toBe(0);
    expect(await reader.supportButton().count()).toBe(0);
    expect(await reader.page.getByRole('region', { name: 'Inhalt', exact: true }).innerText()).toContain('Beobachtung liest mit.');
    await reader.discussion().getByText('Sie können diese Diskussion lesen, aber nicht mitdiskutieren.').waitFor();

    await reader.open(SLUG, '00000000-0000-4000-8000-000000000000');
    expect(await reader.heading().innerText()).toBe('Seite nicht gefunden');
    await observer.context.close();
  });

  it('a member gets "not found" for the review queue', async () => {
    await signIn(visitor, DIGITAL_GROUP.member.email);
    const queue = new ReviewQueuePage(visitor.page);
    await queue.open(SLUG);
    expect(await queue.heading().innerText()).toBe('Seite nicht gefunden');
  });
});
