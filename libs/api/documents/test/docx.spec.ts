import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE, renderDocx, type DocumentModel } from '../src/index.ts';
import { readDocx, type DocxParagraph } from './read-docx.ts';
import { SHORTAGE_CHART, sampleDocument } from './sample-document.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function withStyle(paragraphs: DocxParagraph[], style: string): string[] {
  return paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);
}

describe('renderDocx', () => {
  const model = sampleDocument();
  let docx: Awaited<ReturnType<typeof readDocx>>;

  beforeAll(async () => {
    const file = await renderDocx(model);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    docx = await readDocx(file);
  });

  it('has the content type of a Word document', () => {
    expect(DOCX_CONTENT_TYPE).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('starts with the title page in the Title and Subtitle styles', () => {
    expect(docx.paragraphs.slice(0, 4).map(({ style, text }) => ({ style, text }))).toEqual([
      { style: 'Title', text: 'Bündnisplan Fachkräftesicherung Hessen' },
      { style: 'Subtitle', text: 'Bündnisplan, Version 1' },
      { style: undefined, text: 'Bündnis für Fachkräfte Hessen' },
      { style: undefined, text: 'Beschlossen am 12.05.2021' },
    ]);
  });

  it('marks section headings with Word’s Heading 1–3 styles', () => {
    expect(withStyle(docx.paragraphs, 'Heading1')).toEqual(['Standortbestimmung', 'Handlungsempfehlungen', 'Selbstverpflichtung']);
    expect(withStyle(docx.paragraphs, 'Heading2')).toEqual([
      'Ausgangslage im Überblick',
      'Ausbildung stärken',
      'Zuwanderung erleichtern',
    ]);
    expect(withStyle(docx.paragraphs, 'Heading3')).toEqual(['Mehr Ausbildungsplätze in Süd- und Nordhessen']);
  });

  it('writes the table of contents as a TOC field already filled in with links to the headings', async () => {
    expect(docx.document).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(withStyle(docx.paragraphs, 'TOCHeading')).toEqual(['Inhalt']);
    const entries = docx.paragraphs.filter((paragraph) => /^TOC\d$/.test(paragraph.style ?? ''));
    expect(entries.map((entry) => [entry.style, entry.text])).toEqual([
      ['TOC1', 'Standortbestimmung'],
      ['TOC2', 'Ausgangslage im Überblick'],
      ['TOC1', 'Handlungsempfehlungen'],
      ['TOC2', 'Ausbildung stärken'],
      ['TOC3', 'Mehr Ausbildungsplätze in Süd- und Nordhessen'],
      ['TOC2', 'Zuwanderung erleichtern'],
      ['TOC1', 'Selbstverpflichtung'],
    ]);
    const headings = docx.paragraphs.filter((paragraph) => /^Heading\d$/.test(paragraph.style ?? ''));
    entries.forEach((entry, index) => {
      const anchor = /w:anchor="([^"]+)"/.exec(entry.xml)?.[1];
      expect(headings[index]?.xml).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    });
    // Word adds the page numbers when it opens the document.
    expect(await docx.part('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('keeps the text with German characters; blank lines make paragraphs', () => {
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('Die Lage auf dem Arbeitsmarkt: „Fachkräfte“ fehlen – vor allem in Pflege & Handwerk.');
    expect(texts).toContain('Kosten: 5 € je Stunde gemäß § 3.');
    expect(texts).toContain('Fokusgruppe: Berufliche Bildung');
  });

  it('embeds the chart as a PNG with the description as alt text, and as a caption', async () => {
    expect(docx.media).toHaveLength(1);
    const [image] = docx.media;
    expect(image?.path).toMatch(/\.png$/);
    expect(image?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // IHDR: the chart is rasterised at twice its drawing size.
    expect(image?.data.readUInt32BE(16)).toBe(1280);
    expect(docx.document).toContain(`descr="${SHORTAGE_CHART.description}"`);
    expect(docx.document).toContain(`title="${SHORTAGE_CHART.title}"`);
    expect(withStyle(docx.paragraphs, 'Caption')).toContain(SHORTAGE_CHART.description);
  });

  it('writes tables with a header row that Word repeats on each page', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)?.[0] ?? '';
    const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(withStyle(docx.paragraphs, 'Caption')).toContain('Beteiligte Organisationen');
  });

  it('numbers the pages in the footer', async () => {
    const footer = await docx.part('word/footer1.xml');
    expect(footer).toContain('Seite ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('names title and language in the core properties and the default text language', async () => {
    const core = await docx.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Bündnisplan Fachkräftesicherung Hessen</dc:title>');
    expect(core).toContain('<dc:language>de-DE</dc:language>');
    expect(await docx.part('word/styles.xml')).toMatch(/<w:lang w:val="de-DE"/);
  });
});

describe('renderDocx with unusual input', () => {
  it('renders empty sections, charts without values and a long table', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`Zeile ${i + 1}`, `Wert ${i + 1}`, 'überzählig']);
    const model: DocumentModel = sampleDocument({
      language: 'en',
      tableOfContentsTitle: 'Contents',
      sections: [
        { heading: 'Empty', blocks: [] },
        {
          heading: 'Odd blocks',
          blocks: [
            { kind: 'paragraph', text: 'First line\nsecond line' },
            { ...SHORTAGE_CHART, series: [{ name: 'Gaps', values: [null, 3, null, Number.NaN] }] },
            { ...SHORTAGE_CHART, categories: [], series: [] },
            { kind: 'table', header: ['A', 'B'], rows },
          ],
        },
      ],
    });
    const docx = await readDocx(await renderDocx(model));
    expect(withStyle(docx.paragraphs, 'Heading1')).toEqual(['Empty', 'Odd blocks']);
    const lines = docx.paragraphs.find((paragraph) => paragraph.text === 'First linesecond line');
    expect(lines?.xml).toContain('<w:br/>');
    expect(docx.media).toHaveLength(2);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)?.[0] ?? '';
    expect(table.match(/<w:tr[ >]/g)).toHaveLength(301);
    // Rows longer than the header widen the table rather than losing cells.
    expect(table).toContain('überzählig');
    expect(await docx.part('word/footer1.xml')).toContain('Page ');
    expect(await docx.part('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });

  it('renders a document without sections', async () => {
    const docx = await readDocx(await renderDocx(sampleDocument({ sections: [] })));
    expect(withStyle(docx.paragraphs, 'Title')).toEqual(['Bündnisplan Fachkräftesicherung Hessen']);
    expect(withStyle(docx.paragraphs, 'Heading1')).toEqual([]);
  });
});
