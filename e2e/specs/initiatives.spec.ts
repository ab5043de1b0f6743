import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InitiativePages } from '../pages/initiative-pages';
import { fact } from '../pages/shell';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest, newVisitor } from '../support/chromium';

const SLUG = 'hessen';
const REGISTER = `/alliances/${SLUG}/initiatives`;
const DASHBOARD = `${REGISTER}/dashboard`;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The organisations as the form offers them (name and short name) and who represents them in the demo data.
const LEAD = 'Hessisches Ministerium für Wirtschaft, Energie, Verkehr und Wohnen (HMWEVW)';
const IHK = 'Arbeitsgemeinschaft hessischer Industrie- und Handelskammern (AG hessischer IHKs)';
const HWK = 'Arbeitsgemeinschaft der Hessischen Handwerkskammern (AGH)';
/** Oliver Frank, member of the Digital focus group on behalf of the IHKs: a partner's representative. */
const PARTNER_REPRESENTATIVE = ACCOUNTS.hessenMember;
const ACTION_FIELD = 'Fachkräftesicherung im digitalen Wandel und im Handwerk';

const visitor = freshVisitorForEachTest();
const fresh = (what: string) => `${what} ${randomBytes(3).toString('hex')}`;

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The dashboard's figures for the action field and the status-over-time chart's latest month, read from their tables. */
async function dashboardFigures(pages: InitiativePages): Promise<{ field: string[]; latest: string[]; chartLabel: string }> {
  await pages.open(DASHBOARD);
  const byStatus = pages.section('Initiativen nach Stand und Handlungsfeld').getByRole('table');
  const fieldRow = pages.row(byStatus, ACTION_FIELD);
  await fieldRow.waitFor();
  const field = await fieldRow.getByRole('rowheader').or(fieldRow.getByRole('cell')).allInnerTexts();
  // The chart's values are in a table behind "Werte als Tabelle", as a reader opens it.
  const overTimeFigure = pages.main().getByRole('figure', { name: 'Stand im Zeitverlauf' });
  await overTimeFigure.getByText('Werte als Tabelle', { exact: true }).click();
  const overTime = overTimeFigure.getByRole('table', { name: 'Stand im Zeitverlauf' });
  await overTime.getByRole('rowheader').first().waitFor();
  const months = await pages.rows(overTime);
  const chartLabel = (await pages.chart(/^Gestapeltes Flächendiagramm/).getAttribute('aria-label')) ?? '';
  return { field: field.map((cell) => cell.trim()), latest: months[months.length - 1] ?? [], chartLabel };
}

/** The columns of the dashboard's tables: the row header, then PLANNED, RUNNING, PAUSED, COMPLETED, CANCELLED. */
const COLUMN = { PLANNED: 1, RUNNING: 2, PAUSED: 3, COMPLETED: 4, CANCELLED: 5 } as const;
const count = (row: string[], status: keyof typeof COLUMN) => Number(row[COLUMN[status]]);

/** The secretariat enters a joint initiative (lead HMWEVW, partners IHKs and AGH) through the form; leaves its page open. */
async function createInitiative(pages: InitiativePages, name: string): Promise<void> {
  await pages.open(REGISTER);
  await pages.link(pages.main(), 'Neue Initiative').click();
  await pages.waitForHeading('Neue Initiative anlegen');
  await pages.loaded();
  const form = pages.main();
  await pages.field(form, 'Name').fill(name);
  await pages.field(form, 'Beschreibung').fill('Auszubildende werben in Schulen für Berufe im digitalen Handwerk.');
  await pages.field(form, 'Art der Initiative').selectOption({ label: 'Gemeinschaftsinitiative' });
  await pages.field(form, 'Federführende Organisation').selectOption({ label: LEAD });
  await pages.checkbox('Partnerorganisationen', IHK).check();
  await pages.checkbox('Partnerorganisationen', HWK).check();
  await pages.checkbox('Handlungsfelder', ACTION_FIELD).check();
  await pages.checkbox('Regionen', 'Kassel').check();
  await pages.field(form, 'Zielgruppen').fill('Schülerinnen und Schüler der Klassen 8 bis 10');
  await pages.field(form, 'Beginn').fill('2026-01-15');
  await pages.field(form, 'Ende').fill('2027-12-31');
  await pages.field(form, 'Hinweise zur Finanzierung').fill('Landesmittel aus dem Programm Ausbildung 4.0');
  await pages.button(form, 'Initiative anlegen').click();
  await pages.waitForHeading(name);
  await pages.notice('Die Initiative ist angelegt.').waitFor();
}

/** Changes the status on the initiative page through its dialog, and waits until the page says so. */
async function changeStatus(pages: InitiativePages, to: string, note: string): Promise<void> {
  const section = pages.section('Stand und Verlauf');
  await pages.button(section, `Stand ändern: ${to}`).click();
  const dialog = pages.dialog();
  await dialog.waitFor();
  await pages.field(dialog, to === 'Abgebrochen' ? 'Begründung' : 'Notiz').fill(note);
  await pages.button(dialog, `Stand ändern: ${to}`).click();
  await pages.notice(`Der Stand ist jetzt „${to}“.`, section).waitFor();
  await section.getByText(`Aktueller Stand: ${to}`, { exact: true }).waitFor();
}

describe('initiatives', () => {
  it('a joint initiative from creation to completion: milestone, a partner’s report, done, and the dashboard follows', async () => {
    const name = fresh('Digitale Ausbildungsbotschafter');
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    const before = await dashboardFigures(pages);

    // The secretariat enters a joint initiative with two partners.
    await createInitiative(pages, name);
    expect(await fact(pages.main(), 'Federführende Organisation').innerText()).toBe(LEAD.replace(/ \(HMWEVW\)$/, ''));
    expect(await fact(pages.main(), 'Partnerorganisationen').innerText()).toContain('Arbeitsgemeinschaft hessischer Industrie- und Handelskammern');
    expect(await fact(pages.main(), 'Partnerorganisationen').innerText()).toContain('Arbeitsgemeinschaft der Hessischen Handwerkskammern');
    const initiativeUrl = new URL(visitor.page.url()).pathname;

    // A milestone already past its due date is flagged as overdue.
    const milestones = pages.section('Meilensteine');
    await pages.field(milestones, 'Bezeichnung').fill('Erste Schulbesuche');
    await pages.field(milestones, 'Fällig am').fill('2026-02-01');
    await pages.button(milestones, 'Meilenstein hinzufügen').click();
    await pages.notice('Der Meilenstein „Erste Schulbesuche“ ist angelegt.', milestones).waitFor();
    const milestoneRow = pages.row(milestones.getByRole('table'), 'Erste Schulbesuche');
    await milestoneRow.waitFor();
    expect(await milestoneRow.innerText()).toContain('überfällig');

    await changeStatus(pages, 'Laufend', 'Die ersten Botschafterinnen sind geschult.');

    // A partner's representative files a progress report.
    await signIn(visitor, PARTNER_REPRESENTATIVE);
    await pages.open(initiativeUrl);
    await pages.link(pages.main(), 'Fortschrittsbericht schreiben').click();
    await pages.waitForHeading(`Fortschrittsbericht zu „${name}“`);
    await pages.field(pages.main(), 'Fortschritt in Prozent').fill('60');
    await pages.field(pages.main(), 'Bericht').fill('Zwölf Schulen im Landkreis Kassel besucht.');
    await pages.button(pages.main(), 'Bericht einreichen').click();
    await pages.waitForHeading(name);
    await pages.notice('Der Bericht ist eingereicht.').waitFor();
    // The reports load apart from the page: wait for the new one, not for time.
    const reportTable = pages.section('Fortschrittsberichte').getByRole('table', { name: 'Berichte, neueste zuerst' });
    await reportTable.getByRole('row').filter({ hasText: 'Zwölf Schulen im Landkreis Kassel besucht.' }).waitFor();
    const [report] = await pages.rows(reportTable);
    expect(report?.slice(1, 3)).toEqual(['60 %', 'Zwölf Schulen im Landkreis Kassel besucht.']);
    expect(report?.[4]).toBe('Oliver Frank');
    expect(await pages.chart(/^Liniendiagramm: Fortschritt/).getAttribute('aria-label')).toMatch(/^Liniendiagramm: Fortschritt von 60 % am .+ auf 60 % am .+\./);

    // The secretariat marks the milestone done and completes the initiative.
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    await pages.open(initiativeUrl);
    await pages.button(pages.section('Meilensteine'), '„Erste Schulbesuche“ als erledigt markieren').click();
    await pages.notice('Der Meilenstein „Erste Schulbesuche“ ist erledigt.', pages.section('Meilensteine')).waitFor();
    await pages.row(pages.section('Meilensteine').getByRole('table'), 'Erste Schulbesuche').getByText(/^erledigt am /).waitFor();
    await changeStatus(pages, 'Abgeschlossen', 'Alle Schulbesuche sind gemacht.');
    const timeline = await pages.section('Verlauf').getByRole('listitem').allInnerTexts();
    expect(timeline.map((entry) => entry.split('\n')[0]?.replace(/^.*?: /, '').replace(/ von .*$/, ''))).toEqual([
      'Angelegt als „Geplant“',
      'Geplant → Laufend',
      'Laufend → Abgeschlossen',
    ]);

    // The dashboard counts it as completed in its action field and in the latest month of the chart.
    const after = await dashboardFigures(pages);
    // The action field's row: its name, five statuses, the total and the progress; the chart's rows: month and five statuses.
    expect([after.field.length, after.latest.length]).toEqual([8, 6]);
    expect(count(after.field, 'COMPLETED')).toBe(count(before.field, 'COMPLETED') + 1);
    expect(count(after.field, 'PLANNED')).toBe(count(before.field, 'PLANNED'));
    expect(count(after.field, 'RUNNING')).toBe(count(before.field, 'RUNNING'));
    expect(count(after.latest, 'COMPLETED')).toBe(count(before.latest, 'COMPLETED') + 1);
    expect(after.chartLabel).toContain(`Abgeschlossen ${count(after.latest, 'COMPLETED')}`);
    expect(after.chartLabel).not.toBe(before.chartLabel);
  });

  it('a reporting round reminds the lead’s representatives in the app, and the secretariat sees who has not reported', async () => {
    const round = fresh('Bericht zum Quartal');
    const dueOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    await pages.open(DASHBOARD);
    const rounds = pages.section('Berichtsrunden');
    await pages.field(rounds, 'Bezeichnung').fill(round);
    await pages.field(rounds, 'Berichte bis').fill(dueOn);
    await pages.button(rounds, 'Berichtsrunde eröffnen').click();
    await pages.notice(`Die Berichtsrunde „${round}“ ist eröffnet.`, rounds).waitFor();
    const card = rounds.getByRole('article', { name: new RegExp(`^${round}, fällig am `) });
    await card.getByRole('link', { name: 'Pflegequalifizierungszentrum Hessen', exact: true }).waitFor();

    // Tobias Lindner represents the HMSI, which leads the Pflegequalifizierungszentrum: the register reminds him.
    await signIn(visitor, ACCOUNTS.hessenChair);
    await pages.open(REGISTER);
    const reminders = pages.section('Fällige Fortschrittsberichte');
    const reminder = reminders.getByRole('listitem').filter({ hasText: `(Berichtsrunde „${round}“)` }).filter({ hasText: 'Pflegequalifizierungszentrum Hessen' });
    await reminder.waitFor();
    await pages.link(reminder, 'Bericht zu „Pflegequalifizierungszentrum Hessen“ schreiben').click();
    await pages.waitForHeading('Fortschrittsbericht zu „Pflegequalifizierungszentrum Hessen“');
    await pages.loaded();
    await pages.field(pages.main(), 'Fortschritt in Prozent').fill('70');
    await pages.field(pages.main(), 'Bericht').fill('Zweiter Standort in Kassel eröffnet.');
    await pages.field(pages.main(), 'Anerkannte Pflegefachkräfte (Personen)').fill('1.240');
    await pages.button(pages.main(), 'Bericht einreichen').click();
    await pages.waitForHeading('Pflegequalifizierungszentrum Hessen');
    await pages.notice('Der Bericht ist eingereicht.').waitFor();
    // The value typed the German way ("1.240") is the indicator's latest: 1240, not 1.24.
    const indicators = pages.section('Indikatoren der Initiative').getByRole('table', { name: 'Indikatoren mit Ausgangs- und Zielwert' });
    await pages.row(indicators, 'Anerkannte Pflegefachkräfte (Personen)').getByRole('cell').filter({ hasText: /^1\.240 \(/ }).waitFor();

    // The round no longer lists it as missing.
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    await pages.open(DASHBOARD);
    const after = pages.section('Berichtsrunden').getByRole('article', { name: new RegExp(`^${round}, fällig am `) });
    await after.waitFor();
    await after.getByText(/^\d+ von \d+ Initiativen haben berichtet\.$/).waitFor();
    expect(await after.getByRole('link', { name: 'Pflegequalifizierungszentrum Hessen', exact: true }).count()).toBe(0);
  });

  it('changes the status with the keyboard alone: the dialog asks for a note, refuses none, and focus lands on the outcome', async () => {
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    await createInitiative(pages, fresh('Tastaturinitiative'));
    const keyboard = visitor.page.keyboard;
    const section = pages.section('Stand und Verlauf');

    await pages.button(section, 'Stand ändern: Laufend').focus();
    await keyboard.press('Enter');
    const dialog = pages.dialog();
    await dialog.waitFor();
    // The dialog starts on "Abbrechen", so Enter never confirms by accident; Tab leads to confirming.
    expect(await pages.isFocused(pages.button(dialog, 'Abbrechen'))).toBe(true);
    await keyboard.press('Tab');
    expect(await pages.isFocused(pages.button(dialog, 'Stand ändern: Laufend'))).toBe(true);
    await keyboard.press('Enter');
    const note = pages.field(dialog, 'Notiz');
    expect(await pages.isFocused(note)).toBe(true);
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await keyboard.type('Start mit dem neuen Schuljahr.');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    expect(await pages.isFocused(pages.button(dialog, 'Stand ändern: Laufend'))).toBe(true);
    await keyboard.press('Enter');
    const outcome = pages.notice('Der Stand ist jetzt „Laufend“.', section);
    await outcome.waitFor();
    expect(await pages.isFocused(outcome)).toBe(true);
    await section.getByRole('listitem').filter({ hasText: 'Geplant → Laufend' }).filter({ hasText: 'Start mit dem neuen Schuljahr.' }).waitFor();
  });

  it('downloads the filtered register as CSV and XLSX', async () => {
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    await pages.open(`${REGISTER}?status=COMPLETED`);
    const exports = pages.section('Export der gefilterten Liste');
    for (const [label, ending] of [
      ['Als CSV herunterladen', '.csv'],
      ['Als Excel-Datei (XLSX) herunterladen', '.xlsx'],
    ] as const) {
      const [download] = await Promise.all([visitor.page.waitForEvent('download'), pages.link(exports, label).click()]);
      expect(download.suggestedFilename().endsWith(ending)).toBe(true);
      if (ending === '.csv') {
        const text = await readFile(await download.path(), 'utf8');
        // The filter travels with the link: the demo's completed initiatives only.
        expect(text).toContain('Fachkräftecamps in Gesundheit, Pflege und Kinder- und Jugendhilfe');
        expect(text).not.toContain('WELCOMECENTER Hessen');
      }
    }
  });

  it('an import file with one bad row shows that row’s error and adds nothing', async () => {
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    await pages.open(REGISTER);
    const total = await pages.main().getByRole('status').filter({ hasText: /^\d+ Initiativen$/ }).innerText();

    const good = fresh('Importierte Initiative');
    const bad = fresh('Fehlerhafte Initiative');
    const csv = [
      'Name,Art,Federführung,Partner,Handlungsfelder,Beginn,Ende',
      `"${good}",Einzelinitiative,HMWEVW,,"${ACTION_FIELD}",2026-03-01,2026-12-31`,
      `"${bad}",Irgendwie,HMWEVW,,"${ACTION_FIELD}",2026-03-01,2026-12-31`,
    ].join('\n');
    await pages.open(`${REGISTER}/import`);
    await pages.field(pages.main(), 'Datei wählen (CSV oder XLSX)').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await pages.button(pages.main(), 'Importieren').click();
    const summary = pages.errorSummary();
    await summary.waitFor();
    expect(await pages.isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toContain('Eine Zeile der Datei kann nicht übernommen werden. Es wurde nichts importiert.');
    expect(await pages.rows(summary.getByRole('table', { name: 'Probleme der Datei, nach Zeile' }))).toEqual([
      ['3', 'Art', 'Unbekannte Art: erlaubt sind Einzelinitiative und Gemeinschaftsinitiative.'],
    ]);
    expect(await violations()).toEqual([]);

    // Nothing was imported, not even the good row.
    await pages.open(REGISTER);
    expect(await pages.main().getByRole('status').filter({ hasText: /^\d+ Initiativen$/ }).innerText()).toBe(total);
    expect(await pages.registerRow(good).count()).toBe(0);
  });

  it('filters the register with the keyboard alone, and the list shows only what matches', async () => {
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    const name = fresh('Geplante Initiative');
    await createInitiative(pages, name);
    await pages.open(REGISTER);
    const totalText = pages.main().getByRole('status').filter({ hasText: /^(\d+ Initiativen|Eine Initiative)$/ });
    const filters = pages.main().getByRole('form', { name: 'Filter' });

    await pages.field(filters, 'Handlungsfeld').focus();
    expect(await pages.tabTo(pages.field(filters, 'Stand'), 3)).toBe(3);
    // In a closed native select the arrow keys choose: "alle" → "Geplant".
    await visitor.page.keyboard.press('ArrowDown');
    expect(await pages.field(filters, 'Stand').inputValue()).toBe('PLANNED');
    expect(await pages.tabTo(pages.button(filters, 'Filter anwenden'), 1)).toBe(1);
    await visitor.page.keyboard.press('Enter');
    await visitor.page.waitForURL(/status=PLANNED/);
    // Wait for the filtered list itself (every row planned, the new one among them), never for time.
    const table = pages.main().getByRole('table', { name: 'Initiativen' });
    await visitor.page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('main table tbody tr td:nth-of-type(3)')).map((cell) => cell.textContent?.trim());
      return cells.length > 0 && cells.every((text) => text === 'Geplant');
    });
    await pages.registerRow(name).waitFor();
    const statuses = await table.getByRole('row').locator('td:nth-of-type(3)').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Geplant']));
    expect(await totalText.innerText()).toMatch(/^(\d+ Initiativen|Eine Initiative)$/);

    // The new initiative opens with Enter on its link.
    const link = pages.registerRow(name).getByRole('link', { name, exact: true });
    await link.focus();
    await visitor.page.keyboard.press('Enter');
    await pages.waitForHeading(name);
  });

  it.each([
    { language: 'de' as const, button: 'Deutsch' as const },
    { language: 'en' as const, button: 'English' as const },
  ])('has no axe violations on any initiative screen in $language, nor with errors shown', async ({ language, button }) => {
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    await createInitiative(pages, fresh('Barrierefreie Initiative'));
    const initiativeUrl = new URL(visitor.page.url()).pathname;
    if (language !== 'de') await pages.switchLanguage(button, language);
    const screens = [REGISTER, `${REGISTER}/new`, initiativeUrl, `${initiativeUrl}/report`, `${initiativeUrl}/edit`, DASHBOARD, `${REGISTER}/import`, `${REGISTER}/published`];
    for (const path of screens) {
      await pages.open(path);
      await pages.waitForLanguage(language);
      expect({ path, violations: await violations() }).toEqual({ path, violations: [] });
    }

    // The form with the api's per-field errors shown.
    await pages.open(`${REGISTER}/new`);
    await pages.button(pages.main(), language === 'de' ? 'Initiative anlegen' : 'Create initiative').click();
    const summary = pages.errorSummary();
    await summary.waitFor();
    expect(await summary.getByRole('link').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  }, 120_000);

  it('observers read the published list, not the register', async () => {
    await signIn(visitor, ACCOUNTS.hessenSecretariat);
    const pages = new InitiativePages(visitor.page);
    await pages.open(`${REGISTER}/published`);
    await pages.button(pages.main(), 'Aktuellen Stand veröffentlichen').click();
    await pages.notice('Die Liste ist veröffentlicht.').waitFor();

    // The observer in a browser of her own.
    const context = await newVisitor(visitor.browser);
    try {
      const observer = { browser: visitor.browser, context, page: await context.newPage() };
      await signIn(observer, ACCOUNTS.hessenObserver);
      const observerPages = new InitiativePages(observer.page);
      await observerPages.open(`/alliances/${SLUG}`);
      await observerPages.link(observer.page.getByRole('navigation', { name: /^Bereiche: / }), 'Initiativen').click();
      await observerPages.waitForHeading('Initiativen – Neues Bündnis Fachkräftesicherung Hessen');
      const table = observerPages.main().getByRole('table', { name: 'Initiativen' });
      await observerPages.row(table, 'WELCOMECENTER Hessen').waitFor();
      expect(await observerPages.main().getByRole('button').count()).toBe(0);
      const results = await new AxeBuilder({ page: observer.page }).withTags(WCAG_21_AA).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
