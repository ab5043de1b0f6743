import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IndicatorsPage } from '../pages/indicators-page';
import { fact } from '../pages/shell';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

// Indicators are tried on Sachsen-Anhalt, each test with its own new indicator: the other specs
// read Hessen's demo data as seeded.
const SLUG = 'sachsen-anhalt';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const BAD = 'Qualifikation;Jahr;Wert\nInsgesamt;2025;12.400\nInsgesamt;2030;viele\nAkademisch;2025;2.100,5\n';
const GOOD = 'Qualifikation;Jahr;Wert\nInsgesamt;2025;12.400\nInsgesamt;2030;15.250\nAkademisch;2025;2.100,5\n';

const visitor = freshVisitorForEachTest();
const fresh = (what: string) => `${what} ${randomBytes(3).toString('hex')}`;

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Signs in as the secretariat and creates a new indicator; returns its page. */
async function newIndicator(name: string): Promise<IndicatorsPage> {
  await signIn(visitor, ACCOUNTS.sachsenAnhaltSecretariat);
  const indicators = new IndicatorsPage(visitor.page);
  await indicators.open(SLUG);
  await indicators.create(name, 'Personen');
  return indicators;
}

describe('indicators', () => {
  it('the secretariat creates an indicator, sees a bad row refused with nothing saved, fixes the file and sees chart and table', async () => {
    const name = fresh('Fachkräfteengpass');
    const page = await newIndicator(name);
    expect(await page.main().getByRole('status').filter({ hasText: 'Der Indikator ist angelegt' }).count()).toBe(1);
    expect(await page.section('Werte').innerText()).toContain('noch keine Werte');

    await page.chooseFile(BAD);
    await page.button(page.importSection(), 'Importieren').click();
    const summary = page.importErrorSummary();
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Eine Zeile der Datei kann nicht übernommen werden. Es wurde nichts gespeichert.');
    expect(await page.isFocused(summary)).toBe(true);
    expect(await page.reportRows()).toEqual([['3', 'Wert', 'Der Wert ist keine Zahl im erwarteten Format (mit Semikolon: 1.234,5; mit Komma: 1234.5).']]);
    expect(await page.section('Werte').innerText()).toContain('noch keine Werte');

    await page.chooseFile(GOOD, 'prognose-korrigiert.csv');
    await page.button(page.importSection(), 'Prüfen').click();
    await page.importStatus().filter({ hasText: 'Die Datei ist in Ordnung: 3 Zeilen mit den Reihen Insgesamt, Akademisch.' }).waitFor();
    expect(await page.section('Werte').innerText()).toContain('noch keine Werte');
    await page.button(page.importSection(), 'Importieren').click();
    await page.importStatus().filter({ hasText: 'Importiert: 3 Zeilen' }).waitFor();

    await page.section('Werte').getByRole('table').waitFor();
    expect(await page.valueTable()).toEqual([
      ['Jahr', 'Insgesamt', 'Akademisch'],
      ['2025', '12.400', '2.100,5'],
      ['2030', '15.250', '–'],
    ]);
    const chart = page.chart();
    expect(await chart.getAttribute('aria-label')).toBe(
      `Liniendiagramm „${name}“ in Personen: Insgesamt, Akademisch, 2025 bis 2030. Die Werte stehen in der Tabelle.`,
    );
    // One line per series, one marker per value (a series with one value has a marker but no visible line).
    await chart.locator('.recharts-line-dot').nth(2).waitFor();
    expect(await chart.locator('.recharts-line').count()).toBe(2);
    expect(await chart.locator('.recharts-line-dot').count()).toBe(3);

    // The list shows the new indicator with its latest values.
    await page.open(SLUG);
    expect(await page.listRow(name).getByRole('cell').allInnerTexts()).toEqual(['Personen', '–', 'Insgesamt 2030: 15.250\nAkademisch 2025: 2.100,5']);
  });

  it('has no axe violations on the list and the indicator page, with a report shown, in German and English', async () => {
    const name = fresh('Ausbildungsquote');
    const page = await newIndicator(name);
    await page.chooseFile(BAD);
    await page.button(page.importSection(), 'Prüfen').click();
    await page.importErrorSummary().waitFor();
    expect(await violations()).toEqual([]);

    await page.chooseFile(GOOD);
    await page.button(page.importSection(), 'Importieren').click();
    await page.importStatus().filter({ hasText: 'Importiert' }).waitFor();
    await page.chart().locator('.recharts-line-dot').nth(2).waitFor();
    expect(await violations()).toEqual([]);
    await page.switchLanguage('English', 'en');
    await page.main().getByRole('img', { name: /^Line chart/ }).waitFor();
    expect(await violations()).toEqual([]);

    await page.open(SLUG);
    expect(await violations()).toEqual([]);
    await page.switchLanguage('Deutsch', 'de');
    expect(await violations()).toEqual([]);
  });

  it('imports with the keyboard alone: paste, check, see the report with focus, correct, import', async () => {
    const name = fresh('Tastaturprognose');
    const page = await newIndicator(name);
    const keyboard = visitor.page.keyboard;
    const area = page.field(page.importSection(), 'Inhalt der CSV-Datei');
    const check = page.button(page.importSection(), 'Prüfen');
    const importButton = page.button(page.importSection(), 'Importieren');

    // Focus starts at the new indicator's heading; Tab leads past the chart's table to the file chooser, then the text field.
    expect(await page.isFocused(page.heading())).toBe(true);
    await page.tabTo(page.field(page.importSection(), 'CSV-Datei wählen'), 4);
    await keyboard.press('Tab');
    expect(await page.isFocused(area)).toBe(true);
    await keyboard.insertText(BAD);
    expect(await page.tabTo(check, 2)).toBe(1);
    await keyboard.press('Enter');
    const summary = page.importErrorSummary();
    await summary.waitFor();
    expect(await page.isFocused(summary)).toBe(true);
    expect((await page.reportRows()).map((row) => row[0])).toEqual(['3']);

    // Back to the text with Shift+Tab (past both buttons), fix the bad value, then Tab to "Importieren".
    for (let presses = 0; presses < 3 && !(await page.isFocused(area)); presses++) await keyboard.press('Shift+Tab');
    expect(await page.isFocused(area)).toBe(true);
    await keyboard.press('Control+A');
    await keyboard.insertText(GOOD);
    expect(await page.tabTo(importButton, 3)).toBe(2);
    await keyboard.press('Enter');
    const status = page.importStatus().filter({ hasText: 'Importiert: 3 Zeilen' });
    await status.waitFor();
    expect(await page.isFocused(status)).toBe(true);
    await page.section('Werte').getByRole('table').waitFor();
    expect((await page.valueTable()).length).toBe(3);
  });

  it('enters values by hand with the keyboard: rows are added with focus in them, a duplicate year is refused with a link into the field', async () => {
    const name = fresh('Handeingabe');
    const page = await newIndicator(name);
    const entry = page.section('Werte von Hand eingeben');
    const keyboard = visitor.page.keyboard;

    await page.button(entry, 'Zeile hinzufügen').focus();
    await keyboard.press('Enter');
    expect(await page.isFocused(page.field(entry, 'Reihe in Zeile 1'))).toBe(true);
    await keyboard.type('Insgesamt');
    await keyboard.press('Tab');
    await keyboard.type('2025');
    await keyboard.press('Tab');
    await keyboard.type('1.234,5');
    expect(await page.tabTo(page.button(entry, 'Zeile hinzufügen'), 2)).toBe(2);
    await keyboard.press('Enter');
    // A new row takes the series of the row above; focus goes to its year.
    expect(await page.isFocused(page.field(entry, 'Jahr in Zeile 2'))).toBe(true);
    expect(await page.field(entry, 'Reihe in Zeile 2').inputValue()).toBe('Insgesamt');
    await keyboard.type('2025');
    await keyboard.press('Tab');
    await keyboard.type('7');
    expect(await page.tabTo(page.button(entry, 'Werte speichern'), 3)).toBe(3);
    await keyboard.press('Enter');

    const summary = entry.getByRole('alert').first();
    await summary.waitFor();
    expect(await page.isFocused(summary)).toBe(true);
    const link = summary.getByRole('link');
    expect(await link.allInnerTexts()).toEqual(['Zeile 2, Jahr: Für diese Reihe gibt es dieses Jahr schon (in Zeile 1).']);
    expect(await page.field(entry, 'Jahr in Zeile 2').getAttribute('aria-invalid')).toBe('true');
    expect(await violations()).toEqual([]);
    await link.focus();
    await keyboard.press('Enter');
    expect(await page.isFocused(page.field(entry, 'Jahr in Zeile 2'))).toBe(true);
    await keyboard.press('Control+A');
    await keyboard.type('2030');
    // Past the value, "Zeile 2 entfernen" and "Zeile hinzufügen".
    expect(await page.tabTo(page.button(entry, 'Werte speichern'), 4)).toBe(4);
    await keyboard.press('Enter');
    await entry.getByRole('status').filter({ hasText: 'Die Werte sind gespeichert.' }).waitFor();
    await page.section('Werte').getByRole('table').waitFor();
    expect(await page.valueTable()).toEqual([
      ['Jahr', 'Insgesamt'],
      ['2025', '1.234,5'],
      ['2030', '7'],
    ]);

    // Removing a row moves focus to the row that takes its place and says so.
    await page.button(entry, 'Zeile 1 entfernen').focus();
    await keyboard.press('Enter');
    expect(await page.isFocused(page.field(entry, 'Reihe in Zeile 1'))).toBe(true);
    expect(await page.field(entry, 'Jahr in Zeile 1').inputValue()).toBe('2030');
    await entry.getByRole('status').filter({ hasText: 'Zeile 1 ist entfernt.' }).waitFor();
  });

  it('keeps what was typed when someone else changed the indicator meanwhile, and saves after loading the current state', async () => {
    const name = fresh('Konfliktprognose');
    const page = await newIndicator(name);
    const path = new URL(visitor.page.url()).pathname;

    // The same secretariat account changes the unit in another browser first.
    const other = await visitor.browser.newContext({ baseURL: new URL(visitor.page.url()).origin, locale: 'de-DE' });
    const otherVisitor = { browser: visitor.browser, context: other, page: await other.newPage() };
    await signIn(otherVisitor, ACCOUNTS.sachsenAnhaltSecretariat);
    const otherPage = new IndicatorsPage(otherVisitor.page);
    await otherVisitor.page.goto(path);
    await otherPage.waitForHeading(name);
    const otherForm = otherPage.section('Angaben bearbeiten');
    await otherPage.field(otherForm, 'Einheit').fill('Tausend Personen');
    await otherPage.button(otherForm, 'Angaben speichern').click();
    await otherForm.getByRole('status').filter({ hasText: 'Die Angaben sind gespeichert.' }).waitFor();
    await other.close();

    const form = page.section('Angaben bearbeiten');
    await page.field(form, 'Quelle').fill('IAB-Prognose 2024');
    await page.button(form, 'Angaben speichern').click();
    const summary = form.getByRole('alert').first();
    await summary.waitFor();
    expect(await page.isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toContain('Jemand anderes hat diesen Indikator inzwischen geändert. Ihre Eingaben sind erhalten');
    expect(await page.field(form, 'Quelle').inputValue()).toBe('IAB-Prognose 2024');

    await page.button(form, 'Aktuellen Stand laden').click();
    await form.getByRole('status').filter({ hasText: 'Der aktuelle Stand ist geladen. Ihre Eingaben sind erhalten.' }).waitFor();
    // The untouched unit shows the other browser's change; the typed source stays.
    await page.page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="unit"]')?.value === 'Tausend Personen');
    expect(await page.field(form, 'Quelle').inputValue()).toBe('IAB-Prognose 2024');
    await page.button(form, 'Angaben speichern').click();
    await form.getByRole('status').filter({ hasText: 'Die Angaben sind gespeichert.' }).waitFor();
    // Both changes are kept.
    expect(await fact(page.main(), 'Quelle').innerText()).toBe('IAB-Prognose 2024');
    expect(await fact(page.main(), 'Einheit').innerText()).toBe('Tausend Personen');
  });
});
