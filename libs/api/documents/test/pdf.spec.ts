import { beforeAll, describe, expect, it } from 'vitest';
import { PDF_CONTENT_TYPE, renderPdf, type DocumentModel, type DocumentSection } from '../src/index.ts';
import { outlineOf } from '../src/structure.ts';
import { nodesWithRole, pagesWithLine, readPdf, type ReadPdf } from './read-pdf.ts';
import { SHORTAGE_CHART, sampleDocument } from './sample-document.ts';

describe('renderPdf', () => {
  const model = sampleDocument();
  let pdf: ReadPdf;

  beforeAll(async () => {
    const file = await renderPdf(model);
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    pdf = await readPdf(file);
  });

  it('has the content type of a PDF', () => {
    expect(PDF_CONTENT_TYPE).toBe('application/pdf');
  });

  it('puts title, subtitle and the title page lines on page 1, without a page number', () => {
    // The title is set large and wraps.
    expect(pdf.lines(1)).toEqual([
      'Bündnisplan',
      'Fachkräftesicherung Hessen',
      'Bündnisplan, Version 1',
      'Bündnis für Fachkräfte Hessen',
      'Beschlossen am 12.05.2021',
    ]);
  });

  it('lists every heading in the table of contents with the page the heading is on, linked to it', async () => {
    const toc = pdf.lines(2);
    expect(toc[0]).toBe('Inhalt');
    const headings = outlineOf(model.sections).map((entry) => entry.section.heading);
    expect(headings).toHaveLength(7);
    for (const [index, heading] of headings.entries()) {
      const entry = toc.find((line) => line.startsWith(`${heading} `));
      expect(entry, heading).toMatch(/ \d+$/);
      const page = Number(entry?.split(' ').at(-1));
      expect(pdf.lines(page), heading).toContain(heading);
      expect(await pdf.destinationPage(`section-${index + 1}`)).toBe(page);
    }
    // Heading and page number both link to the section.
    expect(new Set(await pdf.linkTargets(2))).toEqual(new Set(headings.map((_, i) => `section-${i + 1}`)));
  });

  it('starts each top-level section on a new page and numbers all pages but the title page', () => {
    for (const heading of ['Standortbestimmung', 'Handlungsempfehlungen', 'Selbstverpflichtung']) {
      const [page] = pagesWithLine(pdf, heading).filter((number) => number > 2);
      expect(pdf.lines(page ?? 0)[0], heading).toBe(heading);
    }
    for (let page = 2; page <= pdf.pageCount; page++) {
      expect(pdf.lines(page).at(-1)).toBe(`Seite ${page} von ${pdf.pageCount}`);
    }
  });

  it('keeps German quotation marks, dashes, umlauts, € and § as text', () => {
    const text = pdf.lines(3).join('\n');
    expect(text).toContain('Die Lage auf dem Arbeitsmarkt: „Fachkräfte“ fehlen – vor allem in Pflege &');
    expect(text).toContain('Kosten: 5 € je Stunde gemäß § 3.');
  });

  it('draws the chart as vectors with its title, German axis labels, legend, and the description below it', async () => {
    const [page] = pagesWithLine(pdf, SHORTAGE_CHART.title);
    const lines = pdf.lines(page ?? 0);
    expect(lines).toEqual(
      expect.arrayContaining(['Personen', '200.000', '50.000', '2022 2024 2026 2028', 'Insgesamt Berufliche Ausbildung Akademisch']),
    );
    expect(lines.indexOf(SHORTAGE_CHART.description)).toBeGreaterThan(lines.indexOf('2022 2024 2026 2028'));
    expect(await pdf.pathCount(page ?? 0)).toBeGreaterThan(await pdf.pathCount(2));
    expect(await pdf.pathCount(page ?? 0)).toBeGreaterThanOrEqual(10);
  });

  it('wraps long text and continues it on the next pages', () => {
    const text = (page: number) => pdf.lines(page).join(' ');
    const pageOf = (sentence: string) =>
      Array.from({ length: pdf.pageCount }, (_, i) => i + 1).find((page) => text(page).includes(sentence));
    expect(pageOf('Satz 1:')).toBe(3);
    expect(pageOf('Satz 60:')).toBeGreaterThan(3);
  });

  it('writes facts as "label: value" and tables with their caption and header', () => {
    const page = pagesWithLine(pdf, 'Handlungsempfehlungen').at(-1) ?? 0;
    expect(pdf.lines(page)).toEqual(
      expect.arrayContaining([
        'Fokusgruppe: Berufliche Bildung',
        'Zeitrahmen: 2025–2027',
        'Beteiligte Organisationen',
        'Organisation Art Beitrag',
        'IHK Frankfurt Kammer Beratung ausländischer Fachkräfte',
      ]),
    );
  });

  it('has bookmarks for the sections, nested as the sections are', () => {
    expect(pdf.outline.map((node) => node.title)).toEqual(['Standortbestimmung', 'Handlungsempfehlungen', 'Selbstverpflichtung']);
    expect(pdf.outline[1]?.items.map((node) => node.title)).toEqual(['Ausbildung stärken', 'Zuwanderung erleichtern']);
    expect(pdf.outline[1]?.items[0]?.items.map((node) => node.title)).toEqual(['Mehr Ausbildungsplätze in Süd- und Nordhessen']);
  });

  it('is tagged for screen readers: headings, paragraphs, the chart as a figure with alt text, the table with header cells', async () => {
    expect((await pdf.structure(1)).map((node) => node.role)).toEqual(['P', 'P', 'P', 'P']);
    const [toc] = await pdf.structure(2);
    expect(toc?.role).toBe('TOC');
    expect(nodesWithRole(toc?.children ?? [], 'TOCI')).toHaveLength(7);
    const chartPage = await pdf.structure(3);
    expect(chartPage.map((node) => node.role)).toEqual(['H1', 'P', 'P', 'Figure', 'Caption', 'H2', 'P']);
    expect(nodesWithRole(chartPage, 'Figure')[0]?.alt).toBe(`${SHORTAGE_CHART.title}: ${SHORTAGE_CHART.description}`);
    const tablePage = await pdf.structure(pagesWithLine(pdf, 'Beteiligte Organisationen')[0] ?? 0);
    expect(tablePage.map((node) => node.role)).toEqual(['H1', 'H2', 'H3', 'P', 'P', 'P', 'H2', 'Table']);
    const [table] = nodesWithRole(tablePage, 'Table');
    expect(table?.children.map((node) => node.role)).toEqual(['Caption', 'TR', 'TR', 'TR']);
    expect(table?.children[1]?.children.map((node) => node.role)).toEqual(['TH', 'TH', 'TH']);
  });

  it('names title and language in the metadata', () => {
    expect(pdf.info).toMatchObject({ Title: model.title, Subject: model.subtitle, Language: 'de' });
  });
});

describe('renderPdf with unusual input', () => {
  it('renders a document without sections as title page and an empty table of contents', async () => {
    const pdf = await readPdf(await renderPdf(sampleDocument({ sections: [], subtitle: undefined, titlePageLines: [] })));
    expect(pdf.pageCount).toBe(2);
    expect(pdf.lines(1).join(' ')).toBe('Bündnisplan Fachkräftesicherung Hessen');
    expect(pdf.lines(2)).toEqual(['Inhalt', 'Seite 2 von 2']);
  });

  it('renders empty sections, empty text and a chart without values', async () => {
    const model = sampleDocument({
      sections: [
        { heading: 'Leer', blocks: [], subsections: [] },
        {
          heading: 'Ohne Werte',
          blocks: [
            { kind: 'paragraph', text: '\n\n  \n' },
            { kind: 'facts', items: [] },
            { kind: 'table', header: [], rows: [] },
            { ...SHORTAGE_CHART, title: 'Keine Daten', series: [{ name: 'Leer', values: [null, null, null, null] }] },
            { ...SHORTAGE_CHART, title: 'Ohne Reihen', categories: [], series: [] },
          ],
        },
      ],
    });
    const pdf = await readPdf(await renderPdf(model));
    const text = pdf.lines(4);
    expect(text).toEqual(expect.arrayContaining(['Ohne Werte', 'Keine Daten', 'Ohne Reihen', 'Keine Werte']));
    expect(pdf.lines(3)).toEqual(['Leer', 'Seite 3 von 4']);
  });

  it('repeats the header row on every page a long table runs over', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`Zeile ${i + 1}`, `Wert ${i + 1}`]);
    const model = sampleDocument({
      sections: [{ heading: 'Tabelle', blocks: [{ kind: 'table', header: ['Spalte A', 'Spalte B'], rows }] }],
    });
    const pdf = await readPdf(await renderPdf(model));
    const tablePages = Array.from({ length: pdf.pageCount - 2 }, (_, i) => i + 3);
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) {
      expect(pdf.lines(page), `page ${page}`).toContain('Spalte A Spalte B');
    }
    const allLines = tablePages.flatMap((page) => pdf.lines(page));
    expect(allLines.filter((line) => /^Zeile \d+ Wert \d+$/.test(line))).toHaveLength(150);
    // The repeated headers are artifacts: the tagged table has its header row once.
    const structure = await pdf.structure(3);
    expect(nodesWithRole(structure, 'TH')).toHaveLength(2);
    expect(nodesWithRole(structure, 'TD')).toHaveLength(300);
  });

  it('spreads a long table of contents over several pages and still numbers every entry correctly', async () => {
    const sections: DocumentSection[] = Array.from({ length: 40 }, (_, i) => ({
      heading: `Abschnitt ${i + 1}`,
      blocks: [{ kind: 'paragraph', text: 'Kurz.' }],
      subsections: [{ heading: `Unterabschnitt ${i + 1}.1`, blocks: [] }],
    }));
    const pdf = await readPdf(await renderPdf(sampleDocument({ sections })));
    const firstSectionPage = pagesWithLine(pdf, 'Abschnitt 1')[0] ?? 0;
    expect(firstSectionPage).toBeGreaterThan(3);
    const tocLines = Array.from({ length: firstSectionPage - 2 }, (_, i) => pdf.lines(i + 2)).flat();
    for (let i = 1; i <= 40; i++) {
      for (const heading of [`Abschnitt ${i}`, `Unterabschnitt ${i}.1`]) {
        const entry = tocLines.find((line) => line.startsWith(`${heading} `));
        const page = Number(entry?.split(' ').at(-1));
        expect(pdf.lines(page), heading).toContain(heading);
      }
    }
  });

  it('uses English words and number format for an English document', async () => {
    const model: DocumentModel = {
      ...sampleDocument(),
      language: 'en',
      tableOfContentsTitle: 'Contents',
      sections: [{ heading: 'Situation', blocks: [SHORTAGE_CHART] }],
    };
    const pdf = await readPdf(await renderPdf(model));
    expect(pdf.lines(2)).toEqual(['Contents', 'Situation 3', 'Page 2 of 3']);
    expect(pdf.lines(3)).toContain('200,000');
    expect(pdf.info).toMatchObject({ Language: 'en' });
  });
});
