import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { chartSvg } from './chart-svg.ts';
import { FONT_FILES } from './fonts.ts';
import { CHART, COLOURS, CONTENT_WIDTH, LABELS, PAGE, TYPE } from './layout.ts';
import type { ChartBlock, DocumentBlock, DocumentModel, FactsBlock, TableBlock } from './model.ts';
import { outlineOf, paragraphsOf, type OutlineEntry } from './structure.ts';

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const LEFT = PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;
const TABLE_PADDING = 4;
/** Width kept for the page numbers at the right of the table of contents. */
const TOC_NUMBER_WIDTH = 36;

type Pdf = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/**
 * Renders the document as an A4 PDF: title page, table of contents with page numbers and links, the sections with
 * bookmarks, and "Seite n von m" in the footer. Pages are buffered so that the table of contents, laid out on pages
 * reserved in advance, and the footers can be written once every heading's page is known. The PDF is tagged
 * (headings, paragraphs, tables, figures with alt text; rules and page numbers as artifacts) so screen readers can
 * follow it, as public bodies must offer accessible documents.
 */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: false,
    tagged: true,
    lang: model.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: model.title, Creator: 'Pakt', ...(model.subtitle ? { Subject: model.subtitle } : {}) },
  });
  const finished = collect(doc);
  doc.registerFont(REGULAR, FONT_FILES.regular);
  doc.registerFont(BOLD, FONT_FILES.bold);
  const root = doc.struct('Document');
  doc.addStructure(root);

  writeTitlePage(doc, root, model);
  const entries = outlineOf(model.sections);
  const toc = layoutTableOfContents(doc, model.tableOfContentsTitle, entries);
  const firstTocPage = pageCount(doc);
  for (let page = 0; page < toc.pages; page++) doc.addPage();
  // Added to the structure now, filled in after the body, so it is read in the order it is printed.
  const tocElement = doc.struct('TOC');
  root.add(tocElement);

  const pages = writeBody(doc, root, model, entries);
  writeTableOfContents(doc, tocElement, model.tableOfContentsTitle, toc, firstTocPage, pages);
  writeFooters(doc, model);
  doc.end();
  return finished;
}

function collect(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function pageCount(doc: Pdf): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

/** Adds a structure element (H1, P, TD, …) under `parent` whose content is what `draw` writes. */
function tag(doc: Pdf, parent: Element, type: string, draw: () => void, options: { alt?: string } = {}): Element {
  const element = doc.struct(type, options, draw);
  parent.add(element);
  return element;
}

/** Drawing that is not content (rules, backgrounds, repeated headers, page numbers), so screen readers skip it. */
function artifact(doc: Pdf, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout') {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

function writeTitlePage(doc: Pdf, root: Element, model: DocumentModel) {
  doc.addPage();
  doc.fillColor(COLOURS.text);
  tag(doc, root, 'P', () => {
    doc.font(BOLD).fontSize(TYPE.title).text(model.title, LEFT, PAGE.height / 3, { width: CONTENT_WIDTH });
  });
  if (model.subtitle) {
    const subtitle = model.subtitle;
    doc.moveDown(0.5);
    tag(doc, root, 'P', () => {
      doc.font(REGULAR).fontSize(TYPE.subtitle).text(subtitle, { width: CONTENT_WIDTH });
    });
  }
  doc.moveDown(2);
  for (const line of model.titlePageLines) {
    tag(doc, root, 'P', () => {
      doc.font(REGULAR).fontSize(TYPE.titlePageLine).text(line, { width: CONTENT_WIDTH, paragraphGap: 4 });
    });
  }
}

interface TocLayout {
  pages: number;
  /** Each entry's page (counted from the first TOC page) and top, in outline order. */
  positions: { entry: OutlineEntry; page: number; y: number; height: number }[];
}

/** Lays out the table of contents before the body exists, so the pages it needs can be reserved in advance. */
function layoutTableOfContents(doc: Pdf, title: string, entries: OutlineEntry[]): TocLayout {
  doc.font(BOLD).fontSize(TYPE.headings[0]);
  let y = PAGE.margin + doc.heightOfString(title, { width: CONTENT_WIDTH }) + 16;
  let page = 0;
  const positions = entries.map((entry) => {
    tocFont(doc, entry);
    const height = doc.heightOfString(entry.section.heading, { width: tocTextWidth(entry) }) + 6;
    if (y + height > BOTTOM) {
      page += 1;
      y = PAGE.margin;
    }
    const position = { entry, page, y, height };
    y += height;
    return position;
  });
  return { pages: page + 1, positions };
}

function tocFont(doc: Pdf, entry: OutlineEntry) {
  doc.font(entry.level === 1 ? BOLD : REGULAR).fontSize(TYPE.tableOfContents);
}

function tocIndent(entry: OutlineEntry): number {
  return (entry.level - 1) * 18;
}

function tocTextWidth(entry: OutlineEntry): number {
  return CONTENT_WIDTH - tocIndent(entry) - TOC_NUMBER_WIDTH;
}

function writeTableOfContents(
  doc: Pdf,
  tocElement: Element,
  title: string,
  toc: TocLayout,
  firstPage: number,
  pages: Map<OutlineEntry, number>,
) {
  doc.switchToPage(firstPage);
  doc.fillColor(COLOURS.text);
  tag(doc, tocElement, 'Caption', () => {
    doc.font(BOLD).fontSize(TYPE.headings[0]).text(title, LEFT, PAGE.margin, { width: CONTENT_WIDTH });
  });
  for (const { entry, page, y, height } of toc.positions) {
    doc.switchToPage(firstPage + page);
    const options = { height, goTo: entry.anchor };
    tag(doc, tocElement, 'TOCI', () => {
      tocFont(doc, entry);
      doc.text(entry.section.heading, LEFT + tocIndent(entry), y, { ...options, width: tocTextWidth(entry) });
      const number = String(pages.get(entry) ?? '');
      const numberLeft = PAGE.width - PAGE.margin - TOC_NUMBER_WIDTH;
      doc.text(number, numberLeft, y, { ...options, width: TOC_NUMBER_WIDTH, align: 'right' });
    });
  }
  tocElement.end();
}

/** Writes every section and returns the (1-based) page each heading ended up on. */
function writeBody(doc: Pdf, root: Element, model: DocumentModel, entries: OutlineEntry[]): Map<OutlineEntry, number> {
  const pages = new Map<OutlineEntry, number>();
  const outlineItems: PDFKit.PDFOutline[] = [];
  for (const entry of entries) {
    writeHeading(doc, root, entry);
    pages.set(entry, pageCount(doc));
    const parent = entry.level === 1 ? doc.outline : (outlineItems[entry.level - 2] ?? doc.outline);
    outlineItems[entry.level - 1] = parent.addItem(entry.section.heading);
    for (const block of entry.section.blocks) writeBlock(doc, root, block, model);
  }
  return pages;
}

function writeHeading(doc: Pdf, root: Element, entry: OutlineEntry) {
  const size = TYPE.headings[entry.level - 1] ?? TYPE.body;
  doc.font(BOLD).fontSize(size);
  const height = doc.heightOfString(entry.section.heading, { width: CONTENT_WIDTH });
  // Each top-level section starts a page; lower headings move on when fewer than three lines would follow them.
  if (entry.level === 1) {
    doc.addPage();
  } else {
    doc.moveDown(0.8);
    ensureSpace(doc, height + 3 * lineHeight(doc, TYPE.body));
  }
  doc.addNamedDestination(entry.anchor);
  tag(doc, root, `H${entry.level}`, () => {
    doc.font(BOLD).fontSize(size).fillColor(COLOURS.text);
    doc.text(entry.section.heading, LEFT, doc.y, { width: CONTENT_WIDTH, paragraphGap: 6 });
  });
}

function writeBlock(doc: Pdf, root: Element, block: DocumentBlock, model: DocumentModel) {
  switch (block.kind) {
    case 'paragraph':
      for (const paragraph of paragraphsOf(block.text)) {
        ensureSpace(doc, 2 * lineHeight(doc, TYPE.body));
        tag(doc, root, 'P', () => {
          doc.font(REGULAR).fontSize(TYPE.body).fillColor(COLOURS.text);
          doc.text(paragraph, LEFT, doc.y, { width: CONTENT_WIDTH, paragraphGap: 8, lineGap: 2 });
        });
      }
      return;
    case 'facts':
      return writeFacts(doc, root, block);
    case 'table':
      return writeTable(doc, root, block);
    case 'chart':
      return writeChart(doc, root, block, model);
  }
}

function writeFacts(doc: Pdf, root: Element, block: FactsBlock) {
  for (const item of block.items) {
    ensureSpace(doc, lineHeight(doc, TYPE.body));
    tag(doc, root, 'P', () => {
      doc.fontSize(TYPE.body).fillColor(COLOURS.text);
      doc.font(BOLD).text(`${item.label}: `, LEFT, doc.y, { width: CONTENT_WIDTH, continued: true });
      doc.font(REGULAR).text(item.value, { paragraphGap: 3, lineGap: 2 });
    });
  }
  doc.moveDown(0.5);
}

function writeChart(doc: Pdf, root: Element, block: ChartBlock, model: DocumentModel) {
  const height = (CONTENT_WIDTH * CHART.height) / CHART.width;
  doc.font(REGULAR).fontSize(TYPE.caption);
  const descriptionHeight = doc.heightOfString(block.description, { width: CONTENT_WIDTH });
  doc.moveDown(0.5);
  ensureSpace(doc, height + descriptionHeight + 8);
  const top = doc.y;
  tag(
    doc,
    root,
    'Figure',
    () => {
      // @types/svg-to-pdfkit declares the document parameter as the PDFDocument class rather than an instance.
      SVGtoPDF(doc as unknown as typeof PDFDocument, chartSvg(block, model.language), LEFT, top, {
        width: CONTENT_WIDTH,
        height,
        assumePt: true,
        fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
      });
    },
    { alt: `${block.title}: ${block.description}` },
  );
  tag(doc, root, 'Caption', () => {
    doc.font(REGULAR).fontSize(TYPE.caption).fillColor(COLOURS.muted);
    doc.text(block.description, LEFT, top + height + 6, { width: CONTENT_WIDTH, paragraphGap: 10 });
  });
  doc.fillColor(COLOURS.text);
}

/**
 * Tables are drawn cell by cell, as PDFKit's own tables don't repeat their header: a row that doesn't fit on the
 * page moves to the next one, under a repeated header row. Column widths follow their content.
 */
function writeTable(doc: Pdf, root: Element, block: TableBlock) {
  const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length));
  if (columns === 0) return;
  const widths = columnWidths(doc, [block.header, ...block.rows], columns);
  const header = block.header.length > 0 ? { cells: block.header, height: rowHeight(doc, block.header, widths, BOLD) } : null;
  const headerHeight = header?.height ?? 0;
  const table = doc.struct('Table');
  root.add(table);

  doc.moveDown(0.5);
  if (block.caption) {
    const caption = block.caption;
    doc.font(BOLD).fontSize(TYPE.caption);
    const captionHeight = doc.heightOfString(caption, { width: CONTENT_WIDTH });
    // The caption stays with the header and the first row.
    ensureSpace(doc, captionHeight + headerHeight + 2 * lineHeight(doc, TYPE.table));
    tag(doc, table, 'Caption', () => {
      doc.font(BOLD).fontSize(TYPE.caption).fillColor(COLOURS.text);
      doc.text(caption, LEFT, doc.y, { width: CONTENT_WIDTH, paragraphGap: 4 });
    });
  }
  ensureSpace(doc, headerHeight + lineHeight(doc, TYPE.table) + 2 * TABLE_PADDING);
  if (header) drawRow(doc, table, header.cells, widths, header.height, 'TH');
  const maxRowHeight = BOTTOM - PAGE.margin - headerHeight;
  for (const row of block.rows) {
    // A row taller than a whole page is cut off with "…" rather than breaking the page layout.
    const height = Math.min(rowHeight(doc, row, widths, REGULAR), maxRowHeight);
    if (doc.y + height > BOTTOM) {
      doc.addPage();
      if (header) drawRow(doc, null, header.cells, widths, header.height, 'TH');
    }
    drawRow(doc, table, row, widths, height, 'TD');
  }
  table.end();
  doc.x = LEFT;
  doc.moveDown(0.8);
}

function columnWidths(doc: Pdf, rows: string[][], columns: number): number[] {
  doc.font(REGULAR).fontSize(TYPE.table);
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => doc.widthOfString(row[column] ?? '')), 0),
  );
  // Short columns get what they need; long text is capped so that no column squeezes the others to nothing.
  const weights = natural.map((width) => Math.min(Math.max(width + 2 * TABLE_PADDING, 40), CONTENT_WIDTH / 2));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => (weight / total) * CONTENT_WIDTH);
}

function rowHeight(doc: Pdf, cells: string[], widths: number[], font: string): number {
  doc.font(font).fontSize(TYPE.table);
  const heights = widths.map((width, column) =>
    doc.heightOfString(cells[column] ?? '', { width: width - 2 * TABLE_PADDING }),
  );
  return Math.max(lineHeight(doc, TYPE.table), ...heights) + 2 * TABLE_PADDING;
}

/** Draws a row; without a table to add it to (a header repeated on a new page) all of it is an artifact. */
function drawRow(
  doc: Pdf,
  table: Element | null,
  cells: string[],
  widths: number[],
  height: number,
  cellType: 'TH' | 'TD',
) {
  const top = doc.y;
  const font = cellType === 'TH' ? BOLD : REGULAR;
  const lefts = widths.map((_, column) => LEFT + widths.slice(0, column).reduce((sum, width) => sum + width, 0));
  artifact(doc, () => {
    if (cellType === 'TH') doc.rect(LEFT, top, CONTENT_WIDTH, height).fill(COLOURS.tableHeader);
    doc.lineWidth(0.5).strokeColor(COLOURS.rule);
    widths.forEach((width, column) => doc.rect(lefts[column] ?? LEFT, top, width, height).stroke());
  });
  const writeCell = (column: number) => {
    const width = widths[column] ?? 0;
    doc.font(font).fontSize(TYPE.table).fillColor(COLOURS.text);
    doc.text(cells[column] ?? '', (lefts[column] ?? LEFT) + TABLE_PADDING, top + TABLE_PADDING, {
      width: width - 2 * TABLE_PADDING,
      height: height - 2 * TABLE_PADDING,
      ellipsis: true,
    });
  };
  if (table) {
    const row = doc.struct('TR');
    table.add(row);
    widths.forEach((_, column) => tag(doc, row, cellType, () => writeCell(column)));
    row.end();
  } else {
    artifact(doc, () => widths.forEach((_, column) => writeCell(column)));
  }
  doc.x = LEFT;
  doc.y = top + height;
}

/** Starts a new page when less than `height` is left on this one (a heading with its first lines, a table row). */
function ensureSpace(doc: Pdf, height: number) {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function lineHeight(doc: Pdf, size: number): number {
  doc.fontSize(size);
  return doc.currentLineHeight(true);
}

/** Page numbers go on every page but the title page; the bottom margin is lifted so PDFKit doesn't add a page. */
function writeFooters(doc: Pdf, model: DocumentModel) {
  const labels = LABELS[model.language];
  const total = pageCount(doc);
  for (let page = 1; page < total; page++) {
    doc.switchToPage(page);
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () => {
        doc.font(REGULAR).fontSize(TYPE.footer).fillColor(COLOURS.muted);
        doc.text(`${labels.page} ${page + 1} ${labels.of} ${total}`, LEFT, PAGE.height - PAGE.footerOffset, {
          width: CONTENT_WIDTH,
          align: 'center',
          lineBreak: false,
        });
      },
      'Pagination',
    );
    doc.page.margins.bottom = PAGE.margin;
  }
}
