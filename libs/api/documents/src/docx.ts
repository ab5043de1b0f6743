import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IStylesOptions,
} from 'docx';
import JSZip from 'jszip';
import { chartSvg } from './chart-svg.ts';
import { FONT_FILES } from './fonts.ts';
import { CHART, CHART_PNG_SCALE, COLOURS, DOCX_CHART_WIDTH_PX, LABELS, LOCALES, PAGE, TYPE } from './layout.ts';
import type { ChartBlock, DocumentBlock, DocumentModel, FactsBlock, TableBlock } from './model.ts';
import { outlineOf, paragraphsOf, type OutlineEntry } from './structure.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** A font every Word and LibreOffice installation has or substitutes metrically (Liberation Sans). */
const FONT = 'Arial';
/** DOCX measures page geometry in twentieths of a point, and font sizes in half points. */
const TWIPS_PER_POINT = 20;
const halfPoints = (points: number) => points * 2;

/**
 * Renders the document as DOCX with Word's own styles (Title, Heading 1–3, Caption), so readers navigate and Word
 * rebuilds the table of contents. The table of contents is written filled in with its entries, linked to the
 * headings, so it shows in every reader without Word updating the field first.
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const labels = LABELS[model.language];
  const margin = PAGE.margin * TWIPS_PER_POINT;
  const page = {
    size: { width: Math.round(PAGE.width * TWIPS_PER_POINT), height: Math.round(PAGE.height * TWIPS_PER_POINT) },
    margin: { top: margin, bottom: margin, left: margin, right: margin },
  };
  const document = new Document({
    title: model.title,
    subject: model.subtitle,
    creator: 'Pakt',
    lastModifiedBy: 'Pakt',
    styles: styles(LOCALES[model.language]),
    // Word fills in the table of contents' page numbers when it opens the file (after asking); laying the pages out
    // here (docx/layout) would number them for every reader but takes seconds for a plan with a few tables.
    features: { updateFields: true },
    sections: [
      { properties: { page }, children: titlePage(model) },
      {
        properties: { page },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: halfPoints(TYPE.footer),
                    color: hex(COLOURS.muted),
                    children: [`${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ style: 'TOCHeading', text: model.tableOfContentsTitle }),
          new TableOfContents(model.tableOfContentsTitle, { hyperlink: true, headingStyleRange: '1-3' }),
          ...outlineOf(model.sections).flatMap((entry) => sectionChildren(entry, model)),
        ],
      },
    ],
  });
  return withCoreLanguage(await Packer.toBuffer(document), LOCALES[model.language]);
}

function styles(language: string): IStylesOptions {
  const heading = (size: number, pageBreakBefore: boolean) => ({
    run: { font: FONT, size: halfPoints(size), bold: true, color: hex(COLOURS.text) },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, pageBreakBefore },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(TYPE.body), language: { value: language } },
        paragraph: { spacing: { after: 160, line: 276 } },
      },
      title: { run: { font: FONT, size: halfPoints(TYPE.title), bold: true }, paragraph: { spacing: { before: 3600, after: 240 } } },
      // Each top-level section starts a page, as in the PDF.
      heading1: heading(TYPE.headings[0], true),
      heading2: heading(TYPE.headings[1], false),
      heading3: heading(TYPE.headings[2], false),
      caption: { run: { size: halfPoints(TYPE.caption), color: hex(COLOURS.muted) } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: halfPoints(TYPE.subtitle), color: hex(COLOURS.muted) },
        paragraph: { spacing: { after: 720 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: halfPoints(TYPE.headings[0]), bold: true },
        paragraph: { spacing: { after: 240 }, keepNext: true },
      },
    ],
  };
}

function titlePage(model: DocumentModel): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: model.title }),
    ...(model.subtitle ? [new Paragraph({ style: 'Subtitle', text: model.subtitle })] : []),
    ...model.titlePageLines.map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, size: halfPoints(TYPE.titlePageLine) })] }),
    ),
  ];
}

function sectionChildren(entry: OutlineEntry, model: DocumentModel): FileChild[] {
  return [
    new Paragraph({ heading: HEADINGS[entry.level - 1], text: entry.section.heading }),
    ...entry.section.blocks.flatMap((block) => blockChildren(block, model)),
  ];
}

function blockChildren(block: DocumentBlock, model: DocumentModel): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return paragraphsOf(block.text).map((text) => new Paragraph({ children: linesOf(text) }));
    case 'facts':
      return factsChildren(block);
    case 'table':
      return tableChildren(block);
    case 'chart':
      return chartChildren(block, model);
  }
}

/** Single line breaks inside a paragraph stay line breaks. */
function linesOf(text: string, bold?: true): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : undefined }));
}

function factsChildren(block: FactsBlock): Paragraph[] {
  return block.items.map(
    (item, index) =>
      new Paragraph({
        spacing: { after: index === block.items.length - 1 ? 160 : 40 },
        children: [new TextRun({ text: `${item.label}: `, bold: true }), ...linesOf(item.value)],
      }),
  );
}

/** The header row is marked as such, so Word repeats it on every page the table runs over. */
function tableChildren(block: TableBlock): FileChild[] {
  const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length));
  if (columns === 0) return [];
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: header,
      children: Array.from(
        { length: columns },
        (_, column) =>
          new TableCell({
            children: [new Paragraph({ spacing: { after: 0 }, children: linesOf(cells[column] ?? '', header || undefined) })],
            shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(COLOURS.tableHeader) } : undefined,
          }),
      ),
    });
  const rows = [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))];
  return [
    ...(block.caption ? [new Paragraph({ style: 'Caption', keepNext: true, text: block.caption })] : []),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    new Paragraph({ spacing: { after: 0 } }),
  ];
}

function chartChildren(block: ChartBlock, model: DocumentModel): Paragraph[] {
  const height = Math.round((DOCX_CHART_WIDTH_PX * CHART.height) / CHART.width);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: chartPng(block, model),
          transformation: { width: DOCX_CHART_WIDTH_PX, height },
          altText: { name: block.title, title: block.title, description: block.description },
        }),
      ],
    }),
    new Paragraph({ style: 'Caption', text: block.description }),
  ];
}

/** Word has no SVG in older versions and LibreOffice's support varies, so charts go in as PNG drawn by resvg. */
function chartPng(block: ChartBlock, model: DocumentModel): Buffer {
  const resvg = new Resvg(chartSvg(block, model.language), {
    fitTo: { mode: 'width', value: CHART.width * CHART_PNG_SCALE },
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: CHART.fontFamily },
  });
  return resvg.render().asPng();
}

function hex(colour: string): string {
  return colour.replace('#', '');
}

/** docx writes no dc:language into the core properties; it is added so catalogues and assistive tools see it. */
async function withCoreLanguage(file: Buffer, language: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const core = zip.file('docProps/core.xml');
  if (!core) return file;
  const xml = await core.async('string');
  zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
