import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { DIGITAL_GROUP, FIELD, NewRecommendationPage } from '../pages/recommendation-pages';
import { PlanBuilder, PlanComparePage, PlanOverviewPage, PlanVersionReader } from '../pages/plan-pages';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

// The plan is Hessen's: its demo data has an adopted first version. Every test here works on a
// draft of its own (a new version, or the one a test before left open), so the order of the
// tests and of the spec files does not matter; other specs do not read Hessen's plan.
const SLUG = 'hessen';
const STEERING_BOARD = { chair: ACCOUNTS.hessenChair, deputy: 'stellvertretung@hessen.example.org' } as const;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const visitor = freshVisitorForEachTest();

/** Signs in as someone else (signIn signs out whoever was signed in). */
const as = (email: string) => signIn(visitor, email);

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function focusedName(): Promise<string> {
  return visitor.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
}

/** A member drafts and submits; the group's chair returns it with a reason; the member revises and resubmits; the chair approves. */
async function draftedReturnedRevisedAndApproved(title: string): Promise<void> {
  await as(DIGITAL_GROUP.member.email);
  const creation = new NewRecommendationPage(visitor.page);
  await creation.open(SLUG);
  const recommendation = await creation.create({
    title,
    group: DIGITAL_GROUP.name,
    problem: 'Betriebe im Handwerk finden für digitale Aufgaben kaum ausgebildete Fachkräfte.',
    measure: 'Überbetriebliche Lernorte bieten Kurse zu digitaler Planung und Fertigung an.',
    expectedEffect: 'Mehr Beschäftigte im Handwerk mit digitalen Grundkenntnissen.',
    timeFrame: '2026 bis 2028',
    addresseeKinds: ['Kammern'],
  });
  const id = recommendation.id();
  await recommendation.submit();

  const reason = 'Bitte nennen Sie, wer die Kurse bezahlt.';
  await as(DIGITAL_GROUP.chair.email);
  await recommendation.open(SLUG, id);
  await recommendation.returnWithReason(reason);

  await as(DIGITAL_GROUP.member.email);
  await recommendation.open(SLUG, id);
  expect(await recommendation.returnedReason().innerText()).toContain(reason);
  await recommendation.editField(FIELD.costNotes, 'Finanziert aus Mitteln der Kammern und des Landes.');
  await recommendation.leaveField();
  await recommendation.waitUntilSaved();
  await recommendation.submit();

  await as(DIGITAL_GROUP.chair.email);
  await recommendation.open(SLUG, id);
  await recommendation.approve();
}

describe('the Bündnisplan', () => {
  it('takes a recommendation from the first draft to the published plan and its PDF', async () => {
    const title = `Digitale Lernorte im Handwerk ${Date.now().toString(36)}`;
    await draftedReturnedRevisedAndApproved(title);

    // The steering board's chair places it in a new version of the plan and submits it.
    await as(STEERING_BOARD.chair);
    const overview = new PlanOverviewPage(visitor.page);
    const builderPath = await overview.openDraft(SLUG);
    const builder = new PlanBuilder(visitor.page);
    const actionField = await builder.actionFieldOf(title);
    expect(await builder.available(actionField)).toContain(title);
    await builder.addButton(title).click();
    // Focus follows the recommendation into the plan's list, and the move is announced.
    expect(await builder.isFocused(builder.removeButton(title))).toBe(true);
    expect(await builder.announcement().innerText()).toBe(`„${title}“ ist aufgenommen (noch nicht gespeichert).`);
    expect((await builder.chosen(actionField)).at(-1)).toBe(title);
    await builder.save();
    await builder.submit();
    const readerPath = builderPath.replace(/\/edit$/, '');
    await visitor.page.waitForURL(`**${readerPath}`);
    const reader = new PlanVersionReader(visitor.page);
    await reader.loaded();
    expect(await reader.notice('Die Version ist zur Freigabe eingereicht.').isVisible()).toBe(true);
    expect(await reader.subtitle().innerText()).toMatch(/^Version \d+\s+Zur Freigabe eingereicht$/);
    const number = Number(/\d+/.exec(await reader.subtitle().innerText())![0]);
    expect(await reader.signOffOf('Vorsitz').innerText()).toMatch(/^Freigabe fehlt noch/);

    // Chair and deputy sign off, each in their role.
    await reader.signOff('Vorsitz');
    expect(await reader.signOffOf('Vorsitz').innerText()).toMatch(/^Freigegeben von Tobias Lindner am /);
    expect(await reader.signOffOf('Stellvertretender Vorsitz').innerText()).toBe('Freigabe fehlt noch (Dr. Sabine Kessler)');
    expect(await reader.section('Freigabe').getByRole('button').count()).toBe(0);

    await as(STEERING_BOARD.deputy);
    await reader.open(readerPath);
    await reader.signOff('stellvertretender Vorsitz');
    expect(await reader.notice(/beschlossen und veröffentlicht/).innerText()).toMatch(/^Beide Freigaben liegen vor: Version \d+ ist beschlossen und veröffentlicht\.$/);
    expect(await reader.subtitle().innerText()).toMatch(/Beschlossen/);
    expect(await reader.main().getByText(/^Entwurf –/).count()).toBe(0);

    // The published plan shows it, with its focus group, and the PDF downloads.
    await as(DIGITAL_GROUP.member.email);
    await overview.open(SLUG);
    await overview.main().getByRole('link', { name: `Version ${number} lesen`, exact: true }).click();
    await visitor.page.waitForURL(`**${readerPath}`);
    await reader.loaded();
    expect(await reader.recommendationTitles(actionField)).toContain(title);
    const entry = reader.recommendation(title);
    expect(await entry.getByRole('definition').first().innerText()).toBe(DIGITAL_GROUP.name);
    const planTitle = (await reader.heading().innerText()).trim();

    expect(await reader.exportLink('pdf').getAttribute('href')).toMatch(/\.pdf\?lang=de$/);
    const download = await reader.download('pdf');
    expect(download.suggestedFilename()).toBe(`Buendnisplan-hessen-v${number}.pdf`);
    const path = await download.path();
    const bytes = new Uint8Array(await readFile(path));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(planTitle);
    expect(flat).toContain(title);
  });

  it('reorders a draft’s recommendations with the keyboard only, focus following the item', async () => {
    await as(STEERING_BOARD.chair);
    await new PlanOverviewPage(visitor.page).openDraft(SLUG);
    const builder = new PlanBuilder(visitor.page);
    // An action field with at least two recommendations in the plan (adding one when needed).
    const fields = await builder.main().getByRole('region', { name: 'Handlungsempfehlungen', exact: true }).getByRole('heading', { level: 3 }).allInnerTexts();
    let field = '';
    for (const candidate of fields) {
      const chosen = await builder.chosen(candidate);
      const available = await builder.available(candidate);
      if (chosen.length >= 2 || chosen.length + available.length >= 2) {
        field = candidate;
        for (const title of available.slice(0, Math.max(0, 2 - chosen.length))) {
          await builder.addButton(title).focus();
          await visitor.page.keyboard.press('Enter');
        }
        break;
      }
    }
    expect(field, 'an action field with two recommendations').not.toBe('');
    const [first, second] = await builder.chosen(field);

    await builder.downButton(first!).focus();
    await visitor.page.keyboard.press('Enter');
    expect((await builder.chosen(field)).slice(0, 2)).toEqual([second, first]);
    expect(await builder.isFocused(builder.downButton(first!))).toBe(true);
    const count = (await builder.chosen(field)).length;
    expect(await builder.announcement().innerText()).toBe(`„${first}“ steht jetzt an Stelle 2 von ${count}.`);

    await visitor.page.keyboard.press('Shift+Tab');
    expect(await focusedName()).toBe(`„${first}“ nach oben`);
    await visitor.page.keyboard.press('Enter');
    expect((await builder.chosen(field)).slice(0, 2)).toEqual([first, second]);
    expect(await builder.isFocused(builder.upButton(first!))).toBe(true);
    expect(await builder.announcement().innerText()).toBe(`„${first}“ steht jetzt an Stelle 1 von ${count}.`);

    // At the top, "nach oben" stays focusable and does nothing.
    await visitor.page.keyboard.press('Enter');
    expect((await builder.chosen(field)).slice(0, 2)).toEqual([first, second]);

    // Remove and add again, by keyboard: focus goes to the counterpart button each time.
    await visitor.page.keyboard.press('Tab');
    await visitor.page.keyboard.press('Tab');
    expect(await focusedName()).toBe(`„${first}“ aus dem Plan entfernen`);
    await visitor.page.keyboard.press('Enter');
    expect(await builder.chosen(field)).not.toContain(first);
    expect(await builder.isFocused(builder.addButton(first!))).toBe(true);
    await visitor.page.keyboard.press('Enter');
    expect((await builder.chosen(field)).at(-1)).toBe(first);
    expect(await builder.isFocused(builder.removeButton(first!))).toBe(true);

    await builder.save();
    await builder.open(new URL(visitor.page.url()).pathname);
    expect((await builder.chosen(field)).at(-1)).toBe(first);
  });

  it('keeps what was typed when someone else saved the draft meanwhile, and shows both', async () => {
    await as(STEERING_BOARD.chair);
    const path = await new PlanOverviewPage(visitor.page).openDraft(SLUG);
    const builder = new PlanBuilder(visitor.page);

    // The secretariat saves the same draft in another browser first.
    const other = await visitor.browser.newContext({ baseURL: new URL(visitor.page.url()).origin, locale: 'de-DE' });
    const otherPage = await other.newPage();
    const otherVisitor = { browser: visitor.browser, context: other, page: otherPage };
    await signIn(otherVisitor, ACCOUNTS.hessenSecretariat);
    const otherBuilder = new PlanBuilder(otherPage);
    await otherBuilder.open(path);
    await otherBuilder.field('Selbstverpflichtung').fill('Die Partner verpflichten sich, jährlich zu berichten.');
    await otherBuilder.save();
    await other.close();

    const mine = 'Die Partner verpflichten sich, ihre Ausbildungsplätze zu erhalten.';
    await builder.field('Selbstverpflichtung').fill(mine);
    await builder.button('Speichern').click();
    const summary = builder.errorSummary();
    await summary.waitFor();
    expect(await builder.isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toMatch(/Jemand anderes hat diese Version inzwischen geändert/);
    const comparison = builder.page.getByRole('region', { name: 'Ihre Eingaben und der aktuelle Stand', exact: true });
    await comparison.waitFor();
    expect(await comparison.getByRole('blockquote').innerText()).toBe('Die Partner verpflichten sich, jährlich zu berichten.');
    expect(await builder.field('Selbstverpflichtung').inputValue()).toBe(mine);

    await comparison.getByRole('button', { name: 'Meine Eingaben behalten (dann erneut speichern)', exact: true }).click();
    await builder.save();
    await builder.open(path);
    expect(await builder.field('Selbstverpflichtung').inputValue()).toBe(mine);
  });

  it('has no WCAG 2.1 AA violations on the plan, a version, the builder and the comparison', async () => {
    await as(STEERING_BOARD.chair);
    const overview = new PlanOverviewPage(visitor.page);
    const builderPath = await overview.openDraft(SLUG);
    expect(await violations()).toEqual([]);

    const reader = new PlanVersionReader(visitor.page);
    await reader.open(builderPath.replace(/\/edit$/, ''));
    expect(await reader.main().getByText(/^Entwurf – diese Version ist noch nicht beschlossen/).count()).toBe(1);
    expect(await violations()).toEqual([]);
    // In English the page and the exported documents speak English.
    await reader.switchLanguage('English', 'en');
    expect(await reader.main().getByRole('link', { name: 'Download as PDF', exact: true }).getAttribute('href')).toMatch(/\.pdf\?lang=en$/);
    expect(await reader.main().getByText(/^Draft – this version has not been adopted/).count()).toBe(1);
    expect(await violations()).toEqual([]);
    await reader.switchLanguage('Deutsch', 'de');
    // The table of contents leads to the parts of the page.
    await reader.contents().getByRole('link', { name: 'Standortbestimmung', exact: true }).click();
    expect(visitor.page.url()).toMatch(/#situation$/);

    await overview.open(SLUG);
    expect(await violations()).toEqual([]);
    await overview.versionLink(1).click();
    await reader.loaded();
    expect(await reader.subtitle().innerText()).toMatch(/Beschlossen/);
    expect(await violations()).toEqual([]);

    const compare = new PlanComparePage(visitor.page);
    await compare.open(SLUG);
    await compare.choose('Version 1 ', /Entwurf/);
    expect(visitor.page.url()).toMatch(/\/plan\/compare\?from=.+&to=.+/);
    expect(await compare.isFocused(compare.result())).toBe(true);
    await compare.part('Hinzugekommene Handlungsempfehlungen').waitFor();
    expect(await violations()).toEqual([]);
  });
  it('shows an observer only the adopted versions, without building or signing, and a draft as not found', async () => {
    await as(STEERING_BOARD.chair);
    const draftPath = (await new PlanOverviewPage(visitor.page).openDraft(SLUG)).replace(/\/edit$/, '');

    await as(ACCOUNTS.hessenObserver);
    const overview = new PlanOverviewPage(visitor.page);
    await overview.open(SLUG);
    const versions = await overview.versions();
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.every((row) => row[2] === 'Beschlossen')).toBe(true);
    expect(await overview.section('Neue Version beginnen').count()).toBe(0);

    await overview.versionLink(1).click();
    const reader = new PlanVersionReader(visitor.page);
    await reader.loaded();
    expect(await reader.exportLink('pdf').isVisible()).toBe(true);
    expect(await reader.section('Bearbeitung und Freigabe').count()).toBe(0);
    expect(await reader.section('Freigabe').getByRole('button').count()).toBe(0);

    await visitor.page.goto(draftPath);
    await visitor.page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden', exact: true }).waitFor();
    await visitor.page.goto(`${draftPath}/edit`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden', exact: true }).waitFor();
  });
  it('refuses to submit a draft without a situation assessment, and the error leads into the field', async () => {
    await as(STEERING_BOARD.chair);
    await new PlanOverviewPage(visitor.page).openDraft(SLUG);
    const builder = new PlanBuilder(visitor.page);
    const field = builder.field('Standortbestimmung');
    const original = await field.inputValue();
    await field.fill('');
    await builder.button('Zur Freigabe einreichen').click();
    await builder.confirm('Einreichen');

    const summary = builder.errorSummary();
    await summary.waitFor();
    expect(await builder.isFocused(summary)).toBe(true);
    expect(await summary.getByRole('paragraph').first().innerText()).toBe('Die Version konnte nicht eingereicht werden');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Bitte füllen Sie „Standortbestimmung“ aus.']);
    await summary.getByRole('link').click();
    expect(await builder.isFocused(field)).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(visitor.page.url()).toMatch(/\/edit$/);

    // The draft gets its text back, for whoever submits it next.
    await field.fill(original);
    await builder.save();
  });
});
